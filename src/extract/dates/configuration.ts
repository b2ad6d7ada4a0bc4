/**
 * The date rules, in the order they run: one chrono-node configuration (chrono's `Parser`/`Refiner`
 * API). Every rule is a file under parsers/ or refiners/ and stamps its name on what it dates.
 */
import * as chrono from 'chrono-node';
import { EarlierTodayParser } from './parsers/earlier-today.ts';
import { MonthAloneParser } from './parsers/month-alone.ts';
import { MonthDayRangeParser } from './parsers/month-day-range.ts';
import { NamedYearParser } from './parsers/named-year.ts';
import { NextOrPreviousParser } from './parsers/next-or-previous.ts';
import { OffsetParser } from './parsers/offset.ts';
import { PeriodOfYearParser } from './parsers/period-of-year.ts';
import { SeasonParser } from './parsers/season.ts';
import { UnitsAwayParser } from './parsers/units-away.ts';
import { YearParser } from './parsers/year.ts';
import { allCapitals } from './refiners/all-capitals.ts';
import { bareMayOrMarch } from './refiners/bare-may-or-march.ts';
import { calendar } from './refiners/calendar.ts';
import { onChronoResultsOnly } from './refiners/chrono-stock.ts';
import { clockOffset } from './refiners/clock-offset.ts';
import { compoundAdjective } from './refiners/compound-adjective.ts';
import { dayWord } from './refiners/day-word.ts';
import { duration } from './refiners/duration.ts';
import { halfCount } from './refiners/half-count.ts';
import { inUnitsAhead } from './refiners/in-units-ahead.ts';
import { lowercaseMonth } from './refiners/lowercase-month.ts';
import { notADate } from './refiners/not-a-date.ts';
import { resolveOverlaps } from './refiners/overlaps.ts';
import { partOfMonth } from './refiners/part-of-month.ts';
import { possessiveMay } from './refiners/possessive-may.ts';
import { quotedWord } from './refiners/quoted-word.ts';
import { rangeYear } from './refiners/range-year.ts';
import { relativeUnit } from './refiners/relative-unit.ts';
import { relativeWeek } from './refiners/relative-week.ts';
import { showTitle } from './refiners/show-title.ts';
import { todayAsName } from './refiners/today-as-name.ts';
import { unanchoredOffset } from './refiners/unanchored-offset.ts';
import { vagueCount } from './refiners/vague-count.ts';
import { weekend } from './refiners/weekend.ts';
import type { NamedRefiner } from './rule.ts';

/**
 * chrono's casual English parsers come first, unchanged (they read American month/day order: news is
 * mostly US); ours follow, for what chrono leaves out or reads otherwise. Among ours the order only
 * breaks ties at one offset; `month-alone` is a fallback (see the `overlaps` refiner).
 */
export const OWN_PARSERS = [
  new YearParser(),
  new SeasonParser(),
  new PeriodOfYearParser(),
  new OffsetParser(),
  new NextOrPreviousParser(),
  new EarlierTodayParser(),
  new UnitsAwayParser(),
  new NamedYearParser(),
  new MonthDayRangeParser(),
  new MonthAloneParser(),
] as const;

/** Filters of chrono's results: each drops words chrono dates that are not dates in news. Order-free. */
export const FILTERS: readonly NamedRefiner[] = [
  lowercaseMonth,
  bareMayOrMarch,
  possessiveMay,
  notADate,
  allCapitals,
  todayAsName,
  quotedWord,
  clockOffset,
  compoundAdjective,
  showTitle,
  duration,
  vagueCount,
  halfCount,
];

/**
 * Resolvers of chrono's results, in order: each dates the results of its shape that no earlier one
 * dated. ORDER MATTERS: the relative shapes ("in three weeks", "two weeks ago", "last month") must be
 * read before `calendar`, which dates whatever components chrono set and drops the rest.
 */
export const RESOLVERS: readonly NamedRefiner[] = [
  inUnitsAhead,
  relativeWeek,
  weekend,
  relativeUnit,
  dayWord,
  partOfMonth,
  calendar,
];

/**
 * Refiners over every rule's results, in order. ORDER MATTERS: overlaps are settled once every
 * result is dated; an offset from an undated event is counted from the sentence's own date only once
 * that date is known; a range's shared year is applied last.
 */
export const FINISHERS: readonly NamedRefiner[] = [resolveOverlaps, unanchoredOffset, rangeYear];

export const DATE_RULES: readonly NamedRefiner[] = [...FILTERS, ...RESOLVERS, ...FINISHERS];

/** The configured chrono: chrono's parsers then ours; chrono's refiners (on its results only), then ours. */
export function createDateParser(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.push(...OWN_PARSERS);
  parser.refiners = [...parser.refiners.map(onChronoResultsOnly), ...DATE_RULES];
  return parser;
}

import type * as chrono from 'chrono-node';
import {
  dayValue,
  monthValue,
  truncateToDay,
  utcDay,
  yearlessDay,
  yearlessMonth,
  yearValue,
} from '../../../core/calendar.ts';
import type { DateValue } from '../../../core/types.ts';
import { resolveWeekday, yearFor, yearForModifiedMonth } from '../conventions.ts';
import { chronoResolver } from '../rule.ts';
import type { Tense } from '../tense.ts';

/** undefined: not a date at all (drop it); null: a date we cannot place without a reference. */
function resolveComponents(
  component: chrono.ParsedComponents,
  lower: string,
  tense: Tense,
  reference: Date | null,
  rangeStart: DateValue | null | undefined,
  rangeEnd: DateValue | null | undefined,
): DateValue | null | undefined {
  const known = (k: chrono.Component) => component.isCertain(k);
  const month = component.get('month');
  const day = component.get('day');
  const year = component.get('year');
  if (known('month') && month !== null) {
    if (known('year') && year !== null) {
      if (known('day') && day !== null) return dayValue(utcDay(year, month, day));
      return monthValue(year, month);
    }
    // A range's end without a year takes the year its start was given, and a start the end's.
    if (rangeStart?.yearKnown && known('day') && day !== null) {
      return dayValue(utcDay(Number(rangeStart.iso.slice(0, 4)), month, day));
    }
    if (rangeEnd?.yearKnown) {
      const endYear = Number(rangeEnd.iso.slice(0, 4));
      const endMonth = Number(rangeEnd.iso.slice(5, 7)) || 12;
      const startYear = month > endMonth ? endYear - 1 : endYear;
      return known('day') && day !== null
        ? dayValue(utcDay(startYear, month, day))
        : monthValue(startYear, month);
    }
    if (!reference) return known('day') && day !== null ? yearlessDay(month, day) : yearlessMonth(month);
    const modifier = /^(last|next|this)\s+[a-z]+\.?$/.exec(lower)?.[1];
    if (modifier && !known('day')) return monthValue(yearForModifiedMonth(month, modifier, reference), month);
    const resolvedYear = yearFor(month, known('day') ? day : null, reference, tense);
    if (known('day') && day !== null) return dayValue(utcDay(resolvedYear, month, day));
    return monthValue(resolvedYear, month);
  }
  if (known('weekday')) {
    const weekday = component.get('weekday');
    if (weekday === null) return undefined;
    if (!reference) return null;
    const modifier = /\b(last|past|previous|next|coming|this)\s+\w+day\b/.exec(lower)?.[1] ?? '';
    return dayValue(resolveWeekday((weekday + 6) % 7, reference, modifier, tense));
  }
  if (known('year') && year !== null && !known('day')) return yearValue(year);
  if (known('hour')) {
    // A clock time alone ("at 9:06 a.m.") happened on the day the article speaks from.
    if (!/[ap]\.?m\b|\bo'clock\b/.test(lower)) return undefined;
    return reference ? dayValue(reference) : null;
  }
  if (known('day') && known('month') && known('year')) return dayValue(truncateToDay(component.date()));
  return undefined;
}

/**
 * `calendar`: the rest of chrono's dates, by their components — a month and day with or without a
 * year (the year nearest the reference that fits the tense), a weekday (the latest one, or the next
 * when the clause is upcoming; "last"/"next"/"this" move it), a clock time (the reference day). A range
 * ("March 26-31", "February 5 through March 1, 2013") is dated at both ends, the end first so that a
 * start without a year can take the end's. What it cannot read is dropped: it runs last.
 */
export const calendar = chronoResolver('calendar', ({ result, sentence, lower: bare, reference, tense }) => {
  // chrono leaves "last" out of "last May": it is read from the words before.
  const precedingModifier = /\b(last|next|this)\s+$/i.exec(
    sentence.slice(Math.max(0, result.index - 6), result.index),
  );
  const lower = precedingModifier ? `${(precedingModifier[1] ?? '').toLowerCase()} ${bare}` : bare;
  const rangeEnd = result.end ? resolveComponents(result.end, lower, tense(), reference, null, null) : null;
  const start = resolveComponents(result.start, lower, tense(), reference, null, rangeEnd);
  if (!result.end) return start === undefined ? 'drop' : { start };
  const end = resolveComponents(result.end, lower, tense(), reference, start, null);
  if (start === undefined && end === undefined) return 'drop';
  return { start, end };
});

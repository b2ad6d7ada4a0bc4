/**
 * The user's "when" words ("November", "last week", "2022-11-14", "between March and May 2020") as an
 * inclusive range of two DateValues; events are matched with `dateInRange` (src/core/calendar.ts).
 */
import {
  type DateRange,
  dayValue,
  monthValue,
  truncateToDay,
  utcDay,
  yearlessMonth,
  yearValue,
} from '../core/calendar.ts';
import type { DateValue } from '../core/types.ts';
import { resolveSeason, yearFor } from '../extract/dates/conventions.ts';
import { findDateMentions } from '../extract/dates/index.ts';
import { MONTH_NAME_ALTERNATION, MONTH_NAMES } from '../extract/lexicon/months.ts';
import { SEASON_ALTERNATION, SEASON_MONTHS } from '../extract/lexicon/seasons.ts';

export { type DateRange, dateInRange } from '../core/calendar.ts';

/**
 * A user's "when" words as an inclusive range, resolved against `reference` and preferring the past,
 * since the corpus reports things that happened. `reference` is the day the user speaks from: today,
 * or — for an archive — its newest article's date; pass null to leave years open, so that "November"
 * matches every November (`--11`).
 * - "2022-11-14" → that day; "2022-11" → that month; "2014" → that year;
 * - "November" → the latest November that has begun (with `reference` null: `--11`, any year);
 * - "November 14" with `reference` null → `--11-14`;
 * - "last week" / "this week" → that week (start = end = its Monday, precision week); "yesterday",
 *   "Monday" → that day; "last year", "last month" → that year, month (null without a reference);
 * - "between March and May 2020", "from March to May 2020", "March 2020 to June 2021" → start and end
 *   at their own precisions (the start takes the end's year when it gives none);
 * - "since June" → from then to the reference (or year 9999 without one); "before 2015" → from 1900;
 * - "spring 2020", "last summer" → its three months; "the 1990s" → 1990 to 1999.
 * Returns null when the words hold no date: callers then drop the filter and can say so.
 */
export function parseWhen(words: string, reference: Date | null): DateRange | null {
  const text = words.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const ref = reference ? truncateToDay(reference) : null;
  const decade = /^(?:in\s+)?(?:the\s+)?((?:1[89]|20)\d)0s$/i.exec(text);
  if (decade) return { start: yearValue(Number(`${decade[1]}0`)), end: yearValue(Number(`${decade[1]}9`)) };
  const season = seasonRange(text, ref);
  if (season) return season;
  const between =
    /^(?:between|from)\s+(.+?)\s+(?:and|to|until|till|through|-|–)\s+(.+)$/i.exec(text) ??
    /^(.+?)\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b)\s*(.+)$/i.exec(text);
  if (between && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(text)) {
    const [, left = '', right = ''] = between;
    const end = parseSingleWhen(right, ref);
    // "March and May 2020": the start borrows the end's year when it gives none.
    const endYear = end?.yearKnown ? end.iso.slice(0, 4) : null;
    const leftWithYear = endYear && !/\b\d{4}\b/.test(left) ? `${left} ${endYear}` : left;
    const start = parseSingleWhen(leftWithYear, ref) ?? parseSingleWhen(left, ref);
    if (start && end) return { start, end };
  }
  const since = /^(?:since|after|from)\s+(.+)$/i.exec(text);
  if (since) {
    const start = parseSingleWhen(since[1] ?? '', ref);
    if (start) return { start, end: ref ? dayValue(ref) : yearValue(9999) };
  }
  const until = /^(?:before|until|till|up to)\s+(.+)$/i.exec(text);
  if (until) {
    const end = parseSingleWhen(until[1] ?? '', ref);
    if (end) return { start: yearValue(1900), end };
  }
  const single = parseSingleWhen(text.replace(/^(?:in|on|during|around|at)\s+/i, ''), ref);
  return single ? { start: single, end: single } : null;
}

const SEASON_WHEN = new RegExp(
  String.raw`^(?:in\s+)?(?:(this|last|next|the)\s+)?(${SEASON_ALTERNATION})(?:\s+(?:of\s+)?((?:1[89]|20)\d\d))?$`,
  'i',
);

/** "spring 2020", "last summer", "this fall": the season's three months; null for anything else. */
function seasonRange(text: string, reference: Date | null): DateRange | null {
  const match = SEASON_WHEN.exec(text);
  if (!match) return null;
  const season = (match[2] ?? '').toLowerCase();
  const [first, last] = SEASON_MONTHS[season] ?? [1, 12];
  let year: number;
  if (match[3]) year = Number(match[3]);
  else if (reference) year = resolveSeason(season, (match[1] ?? '').toLowerCase(), reference, 'past');
  else return null;
  return { start: monthValue(year, first), end: monthValue(year, last) };
}

const MONTH_WORDS = new RegExp(String.raw`\b(${MONTH_NAME_ALTERNATION})\b`, 'gi');

function parseSingleWhen(words: string, reference: Date | null): DateValue | null {
  const text = words.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso) {
    const [, y, m, d] = iso;
    if (d) return dayValue(utcDay(Number(y), Number(m), Number(d)));
    if (m) return monthValue(Number(y), Number(m));
    return yearValue(Number(y));
  }
  const monthOnly = MONTH_NAMES.findIndex((m) => m.toLowerCase() === text.toLowerCase());
  if (monthOnly >= 0) {
    if (!reference) return yearlessMonth(monthOnly + 1);
    return monthValue(yearFor(monthOnly + 1, null, reference, 'past'), monthOnly + 1);
  }
  // Users type in lower case: capitalise month names so the news-oriented rules accept them.
  const capitalised = text.replace(MONTH_WORDS, (w) => (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase());
  const mentions = findDateMentions(capitalised, { reference }).filter((m) => m.date !== null);
  return mentions[0]?.date ?? null;
}

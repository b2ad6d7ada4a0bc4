/**
 * How news places words that leave out part of a date, against the day the article speaks from: a
 * weekday, a month or a season without a year is the nearest one in the direction the tense allows.
 */
import { addDays, mondayOf, utcDay, weekdayIndex } from '../../core/calendar.ts';
import { SEASON_MONTHS } from '../lexicon/seasons.ts';
import type { Tense } from './tense.ts';

/** The weekday (Monday = 0) nearest the reference in the direction the tense allows. */
export function resolveWeekday(weekday: number, reference: Date, modifier: string, tense: Tense): Date {
  const today = weekdayIndex(reference);
  const back = (today - weekday + 7) % 7; // days back to the latest such weekday, 0 = today
  const forward = (weekday - today + 7) % 7;
  if (modifier === 'last' || modifier === 'past' || modifier === 'previous')
    return addDays(reference, -(back === 0 ? 7 : back));
  if (modifier === 'next' || modifier === 'coming') return addDays(reference, forward === 0 ? 7 : forward);
  if (modifier === 'this') {
    // "this Friday": within the reference's week, whichever side.
    return addDays(mondayOf(reference), weekday);
  }
  return tense === 'future' ? addDays(reference, forward) : addDays(reference, -back);
}

/** The year for a month (and day) without one, nearest the reference in the direction of the tense. */
export function yearFor(month: number, day: number | null, reference: Date, tense: Tense): number {
  const year = reference.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => ({
    y,
    // A month alone counts from its first day for the future and its last day for the past.
    start: utcDay(y, month, day ?? 1),
    end: day === null ? utcDay(y, month + 1, 0) : utcDay(y, month, day),
  }));
  if (tense === 'past') {
    const fitting = candidates.filter((c) => c.start.getTime() <= reference.getTime());
    return (fitting.at(-1) ?? candidates[1] ?? { y: year }).y;
  }
  if (tense === 'future') {
    const fitting = candidates.filter((c) => c.end.getTime() >= reference.getTime());
    return (fitting[0] ?? candidates[1] ?? { y: year }).y;
  }
  let best = year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const distance =
      c.start.getTime() > reference.getTime()
        ? c.start.getTime() - reference.getTime()
        : Math.max(0, reference.getTime() - c.end.getTime());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = c.y;
    }
  }
  return best;
}

/** The year of "last May" (the latest May before this month), "next May" and "this May". */
export function yearForModifiedMonth(month: number, modifier: string, reference: Date): number {
  const refMonth = reference.getUTCMonth() + 1;
  const year = reference.getUTCFullYear();
  if (modifier === 'last') return month < refMonth ? year : year - 1;
  if (modifier === 'next') return month > refMonth ? year : year + 1;
  return year;
}

/** The year a season belongs to ("this spring", "last winter", "in the fall" in a past report). */
export function resolveSeason(season: string, modifier: string, reference: Date, tense: Tense): number {
  const [startMonth, endMonth] = SEASON_MONTHS[season] ?? [1, 12];
  const month = reference.getUTCMonth() + 1;
  const year = reference.getUTCFullYear();
  // Winter straddles the new year: January and February belong to the winter that began the December before.
  const inSeasonYear = season === 'winter' && month <= 2 ? year - 1 : year;
  const current = season === 'winter' ? month === 12 || month <= 2 : month >= startMonth && month <= endMonth;
  const before = !current && (season === 'winter' ? false : month < startMonth);
  if (modifier === 'this' || current) {
    if (modifier === 'last') return inSeasonYear - 1;
    if (modifier === 'next') return inSeasonYear + 1;
    if (modifier === 'this' || current) {
      if (!current && modifier === 'this') return year;
      return inSeasonYear;
    }
  }
  if (modifier === 'last' || modifier === 'past')
    return before ? year - 1 : season === 'winter' ? year - 1 : year;
  if (modifier === 'next' || modifier === 'coming') return before ? year : year + 1;
  if (tense === 'future') return before ? year : year + 1;
  // Past or neutral: the latest such season that has begun.
  return before ? year - 1 : season === 'winter' ? year - 1 : year;
}

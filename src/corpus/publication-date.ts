import * as chrono from 'chrono-node';

/** A publication date as read: YYYY-MM-DD, or null with the reason when a value was given but cannot be used. */
export type PublicationDate = { iso: string; problem?: undefined } | { iso: null; problem: string | null };

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A publication date in the forms people and exports write it — 2023-12-31 (with or without a time),
 * 31/12/2023, 31.12.2023, 2023/12/31, "Dec 31, 2023", "31 December 2023", an RSS date
 * ("Sun, 31 Dec 2023 10:00:00 GMT") — as the day written (not moved to UTC). Only a date that says its
 * day, month and year is kept: "2022" or "March 2023" is never filled in to a day. Two numbers that
 * could each be the month (03/04/2023) are refused rather than guessed. Worded dates are read by
 * chrono-node (strict mode: no "yesterday").
 */
export function readPublicationDate(value: unknown): PublicationDate {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { iso: null, problem: 'it is not a valid date' }
      : { iso: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') return { iso: null, problem: 'it is a number, not a date with a day' };
  if (typeof value !== 'string' || value.trim() === '') return { iso: null, problem: null };
  const text = value.trim();
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(text) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (iso) {
    const day = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return day ? { iso: day } : { iso: null, problem: 'no such day' };
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (a <= 12 && b <= 12 && a !== b) {
      return {
        iso: null,
        problem: `it could be ${isoOf(year, b, a) ?? '?'} or ${isoOf(year, a, b) ?? '?'} (day or month first?)`,
      };
    }
    const day = a > 12 ? isoOf(year, b, a) : isoOf(year, a, b);
    return day ? { iso: day } : { iso: null, problem: 'no such day' };
  }
  const [parsed] = chrono.strict.parse(text, new Date(0));
  const start = parsed?.start;
  if (start?.isCertain('day') && start.isCertain('month') && start.isCertain('year')) {
    const day = isoOf(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
    if (day) return { iso: day };
  }
  return { iso: null, problem: 'it does not say a day, month and year that can be read' };
}

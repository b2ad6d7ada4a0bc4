/**
 * Calendar arithmetic on whole UTC days, and the `DateValue`s built from it: the date rules
 * (src/extract/dates), the user's "when" (src/answer) and the event filters all count days here.
 */
import type { DatePrecision, DateValue } from './types.ts';

const DAY_MS = 86_400_000;

/** A day as a UTC-midnight Date. */
export const utcDay = (year: number, month: number, day: number): Date =>
  new Date(Date.UTC(year, month - 1, day));
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const isoDay = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
/** Monday = 0 … Sunday = 6. */
export const weekdayIndex = (date: Date): number => (date.getUTCDay() + 6) % 7;
export const mondayOf = (date: Date): Date => addDays(date, -weekdayIndex(date));
/** A Date (any time of day) as the UTC midnight of its own UTC calendar day. */
export const truncateToDay = (date: Date): Date =>
  utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

export const dayValue = (date: Date): DateValue => ({ iso: isoDay(date), precision: 'day', yearKnown: true });
export const weekValue = (date: Date): DateValue => ({
  iso: isoDay(mondayOf(date)),
  precision: 'week',
  yearKnown: true,
});
export const monthValue = (year: number, month: number): DateValue => {
  // Normalise month overflow (month 0 = December of the year before, 13 = January after).
  const normalised = new Date(Date.UTC(year, month - 1, 1));
  return {
    iso: `${pad(normalised.getUTCFullYear(), 4)}-${pad(normalised.getUTCMonth() + 1)}`,
    precision: 'month',
    yearKnown: true,
  };
};
export const yearValue = (year: number): DateValue => ({
  iso: pad(year, 4),
  precision: 'year',
  yearKnown: true,
});
export const yearlessDay = (month: number, day: number): DateValue => ({
  iso: `--${pad(month)}-${pad(day)}`,
  precision: 'day',
  yearKnown: false,
});
export const yearlessMonth = (month: number): DateValue => ({
  iso: `--${pad(month)}`,
  precision: 'month',
  yearKnown: false,
});

/** Parses YYYY-MM-DD into a UTC day; null for anything else. */
export function referenceDay(date: string | null | undefined): Date | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
  return Number.isNaN(day.getTime()) ? null : day;
}

export type Unit = 'day' | 'week' | 'month' | 'year';

/** Shifts a day by a count of units; months and years keep the day of month where it exists. */
export function shift(date: Date, count: number, unit: Unit): Date {
  if (unit === 'day') return addDays(date, count);
  if (unit === 'week') return addDays(date, 7 * count);
  const months = unit === 'month' ? count : 12 * count;
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return utcDay(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(date.getUTCDate(), lastDay));
}

/** A day at the precision a unit of offset gives (weeks and days are days; months months; years years). */
export function atUnitPrecision(date: Date, unit: Unit): DateValue {
  if (unit === 'month') return monthValue(date.getUTCFullYear(), date.getUTCMonth() + 1);
  if (unit === 'year') return yearValue(date.getUTCFullYear());
  return dayValue(date);
}

export const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** Shifts a resolved value (from an anchor) by an offset, keeping the coarser of the two precisions. */
export function shiftValue(value: DateValue, count: number, unit: Unit): DateValue | null {
  if (!value.yearKnown) return null;
  const [y, m, d] = value.iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return null;
  const base = utcDay(y, m ?? 1, d ?? 1);
  const shifted = shift(base, count, unit);
  const rank = PRECISION_RANK;
  const unitPrecision: DatePrecision = unit === 'day' || unit === 'week' ? 'day' : unit;
  // "seven days after" something known only by its year (or month) is still that year (or month).
  if (
    rank[value.precision] > rank[unit === 'week' ? 'week' : unitPrecision] &&
    !(unit === 'month' && value.precision === 'week')
  )
    return value;
  const precision = rank[value.precision] > rank[unitPrecision] ? value.precision : unitPrecision;
  if (precision === 'year') return yearValue(shifted.getUTCFullYear());
  if (precision === 'month') return monthValue(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1);
  if (precision === 'week') return weekValue(shifted);
  return dayValue(shifted);
}

/** The first and last day a value covers, as YYYY-MM-DD, or MM-DD for values without a year. */
export function dateBounds(value: DateValue): { first: string; last: string } {
  const iso = value.iso;
  if (!value.yearKnown) {
    const [, month = '01', day] = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso) ?? [];
    if (day) return { first: `${month}-${day}`, last: `${month}-${day}` };
    const lastDay = new Date(Date.UTC(2000, Number(month), 0)).getUTCDate(); // leap year: Feb 29 allowed
    return { first: `${month}-01`, last: `${month}-${pad(lastDay)}` };
  }
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (value.precision === 'year' || m === undefined)
    return { first: `${pad(y, 4)}-01-01`, last: `${pad(y, 4)}-12-31` };
  if (value.precision === 'month' || d === undefined) {
    return { first: isoDay(utcDay(y, m, 1)), last: isoDay(utcDay(y, m + 1, 0)) };
  }
  const day = utcDay(y, m, d);
  if (value.precision === 'week')
    return { first: isoDay(mondayOf(day)), last: isoDay(addDays(mondayOf(day), 6)) };
  return { first: isoDay(day), last: isoDay(day) };
}

export interface DateRange {
  /** Inclusive lower bound, at its own precision. */
  start: DateValue;
  /** Inclusive upper bound, at its own precision (the whole month for a month, and so on). */
  end: DateValue;
}

/**
 * Whether a date falls in a range: the two overlap, and the date is no vaguer than the range
 * (an event dated only "2014" is not shown for "November 2014", but is for "2014" or "2013 to 2015").
 * Values without a year are compared by month and day alone.
 */
export function dateInRange(value: DateValue, range: DateRange): boolean {
  const rangePrecision = Math.max(PRECISION_RANK[range.start.precision], PRECISION_RANK[range.end.precision]);
  if (PRECISION_RANK[value.precision] > rangePrecision) return false;
  const v = dateBounds(value);
  const first = dateBounds(range.start).first;
  const last = dateBounds(range.end).last;
  if (!value.yearKnown || !range.start.yearKnown || !range.end.yearKnown) {
    const strip = (s: string) => s.slice(-5);
    const [a, b, lo, hi] = [strip(v.first), strip(v.last), strip(first), strip(last)];
    if (value.yearKnown && range.start.yearKnown === false && v.first.slice(0, 4) !== v.last.slice(0, 4))
      return true;
    return lo <= hi ? a <= hi && b >= lo : a <= hi || b >= lo;
  }
  return v.first <= last && v.last >= first;
}

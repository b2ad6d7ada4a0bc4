import type { DateValue } from '../core/types.ts';

/**
 * The first and last day a DateValue can mean, as sortable strings. Dates whose year is not
 * stated become month-day strings ("11-14"), which are compared only with other month-days.
 */
export interface DayInterval {
  start: string;
  end: string;
  yearKnown: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dateInterval(date: DateValue): DayInterval {
  if (!date.yearKnown) {
    const [, mm, dd] = /^--(\d{2})(?:-(\d{2}))?$/.exec(date.iso) ?? [];
    const month = mm ?? '01';
    return dd
      ? { start: `${month}-${dd}`, end: `${month}-${dd}`, yearKnown: false }
      : { start: `${month}-01`, end: `${month}-31`, yearKnown: false };
  }
  const [y, m, d] = date.iso.split('-').map(Number);
  const year = y ?? 1970;
  switch (date.precision) {
    case 'year':
      return { start: `${year}-01-01`, end: `${year}-12-31`, yearKnown: true };
    case 'month': {
      const month = m ?? 1;
      return {
        start: `${year}-${pad(month)}-01`,
        end: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`,
        yearKnown: true,
      };
    }
    case 'week': {
      const monday = new Date(Date.UTC(year, (m ?? 1) - 1, d ?? 1));
      const sunday = new Date(monday.getTime() + 6 * 86_400_000);
      return { start: date.iso, end: sunday.toISOString().slice(0, 10), yearKnown: true };
    }
    default:
      return { start: date.iso, end: date.iso, yearKnown: true };
  }
}

/** Do two intervals share a day? A year-less side compares month and day only. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  if (a.yearKnown && b.yearKnown) return a.start <= b.end && b.start <= a.end;
  const md = (s: string): string => (s.length > 5 ? s.slice(5) : s);
  const [as, ae, bs, be] = [md(a.start), md(a.end), md(b.start), md(b.end)];
  // Spans that cross a year end (or whole years) cover every month-day.
  if (
    as > ae ||
    bs > be ||
    a.end.slice(0, 4) !== a.start.slice(0, 4) ||
    b.end.slice(0, 4) !== b.start.slice(0, 4)
  )
    return true;
  return as <= be && bs <= ae;
}

import type { Citation, DateValue } from '../core/types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const monthName = (mm: string | undefined): string => MONTHS[Number(mm) - 1] ?? '?';

/** A date as precise as it is known: "14 Nov 2022", "Nov 2022", "2022", "week of 14 Nov 2022", "14 Nov, year not stated". */
export function formatDate(date: DateValue): string {
  if (!date.yearKnown) {
    const [, mm, dd] = /^--(\d{2})(?:-(\d{2}))?$/.exec(date.iso) ?? [];
    const shown = dd ? `${Number(dd)} ${monthName(mm)}` : monthName(mm);
    return `${shown}, year not stated`;
  }
  const [yyyy, mm, dd] = date.iso.split('-');
  switch (date.precision) {
    case 'year':
      return yyyy ?? date.iso;
    case 'month':
      return `${monthName(mm)} ${yyyy}`;
    case 'week':
      return `week of ${Number(dd)} ${monthName(mm)} ${yyyy}`;
    default:
      return `${Number(dd)} ${monthName(mm)} ${yyyy}`;
  }
}

/** The publication date of an article as a DateValue, or null. */
export function publicationDate(date: string | null): DateValue | null {
  return date ? { iso: date, precision: 'day', yearKnown: true } : null;
}

/** "Title — Outlet, 14 Nov 2022, ¶3" (plain text; the link is the citation's url or source). */
export function formatCitation(citation: Citation): string {
  const published = publicationDate(citation.date);
  const parts = [citation.title, citation.outlet, published ? formatDate(published) : null].filter(Boolean);
  return `${parts.join(' — ')}, ¶${citation.paragraph}`;
}

/** Where a person can read the passage: the article's URL, else the file it came from. */
export function citationLink(citation: Citation): string {
  return citation.url ?? citation.source;
}

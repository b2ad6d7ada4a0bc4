/** Month names, once: the date rules build their patterns from these lists. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The abbreviations news writes ("Sept. 5"); "May" and "June" have none. */
export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Alternation of every full name and abbreviation, for regular expressions. */
export const MONTH_ALTERNATION = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|');
/** Alternation of the full names only. */
export const MONTH_NAME_ALTERNATION = MONTH_NAMES.join('|');

/** 1–12 for a month's name or abbreviation in any case; null for anything else. */
export function monthNumber(name: string): number | null {
  const prefix = name.toLowerCase().slice(0, 3);
  if (prefix.length < 3) return null;
  const index = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(prefix));
  return index >= 0 ? index + 1 : null;
}

/** Counts written as words in offsets ("two days later", "a couple of weeks ago"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  'a couple of': 2,
  'a couple': 2,
  'a dozen': 12,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** Words that count as a unit in offsets only ("the day before": one day). */
const OFFSET_ONLY: Readonly<Record<string, number>> = { the: 1, couple: 2, dozen: 12 };

/** A count as a pattern: one of the words above (longest first) or up to three digits. */
export const COUNT = `(?:${Object.keys(COUNT_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')}|\\d{1,3})`;

/** The number a count's words stand for; null when they are not a count. */
export function countOf(words: string): number | null {
  const lower = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(lower)) return Number(lower);
  return COUNT_WORDS[lower] ?? OFFSET_ONLY[lower] ?? null;
}

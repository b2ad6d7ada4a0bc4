import { chronoFilter } from '../rule.ts';
/** `compound-adjective`: "months-long", "year-old" — not a date. */
export const compoundAdjective = chronoFilter('compound-adjective', ({ text, sentence, result }) =>
  /^-[a-z]/i.test(sentence.slice(result.index + text.length, result.index + text.length + 2)),
);

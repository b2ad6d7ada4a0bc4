import { chronoFilter } from '../rule.ts';
/** `vague-count`: "a few weeks ago", "several years ago" — too vague to place. */
export const vagueCount = chronoFilter('vague-count', ({ lower }) =>
  /\b(?:few|several|many|some|couple of (?:days|weeks))\b/.test(lower),
);

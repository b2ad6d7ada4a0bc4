import { chronoFilter } from '../rule.ts';
/** `show-title`: "This Week", "Next Year" with both words capitalised are titles of shows and books. */
export const showTitle = chronoFilter('show-title', ({ text }) =>
  /^(?:This|Last|Next) (?:Week|Weekend|Month|Year)\b/.test(text),
);

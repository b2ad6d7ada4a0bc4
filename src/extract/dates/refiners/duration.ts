import { COUNT } from '../../lexicon/counts.ts';
import { chronoFilter } from '../rule.ts';

const NEXT_OR_LAST_COUNT = new RegExp(String.raw`^(?:the\s+)?(?:next|last|past|coming)\s+(?:${COUNT})\s`);

/**
 * `duration`: stretches of time, not times something happened — "over the next six weeks", "the last
 * two years", "over the past year", "in the last week" ("this past Sunday", "this past weekend" are
 * points in time and stay).
 */
export const duration = chronoFilter('duration', ({ lower, sentence, result }) => {
  if (NEXT_OR_LAST_COUNT.test(lower)) return true;
  const precededByThe = /\bthe\s+$/i.test(sentence.slice(Math.max(0, result.index - 5), result.index));
  const thisPast = /\bthis\s+$/i.test(sentence.slice(Math.max(0, result.index - 6), result.index));
  if (
    (/^(?:the\s+)?past\b/.test(lower) && !thisPast) ||
    (precededByThe && /^last\s+(?:week|month|year)/.test(lower))
  )
    return true;
  return /^(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b/.test(lower);
});

import type { Highlight } from '../core/types.ts';
import { normaliseText } from './query.ts';

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Edit distance of two short words, stopping early once it exceeds `limit`. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

/** Does a word of the text answer a query term: the same word, another form of it, or a typo of it? */
export function wordMatchesTerm(word: string, term: string): boolean {
  if (word === term) return true;
  const stem = Math.min(term.length, word.length, 6);
  if (stem >= 4 && word.slice(0, stem) === term.slice(0, stem) && Math.abs(word.length - term.length) <= 3)
    return true;
  if (term.length >= 5) return withinEdits(word, term, term.length >= 8 ? 2 : 1);
  return false;
}

/**
 * One query's terms, with what each word of the texts it meets answered remembered: the same words
 * come back in every candidate, and comparing a word with a misspelt term (an edit distance) is the
 * costly part of marking and of coverage.
 */
export class TermMatcher {
  readonly terms: readonly string[];
  readonly #memo = new Map<string, number>();

  constructor(terms: readonly string[]) {
    // Up to 31 terms fit a bit mask; a longer query only compares its first 31 words this way.
    this.terms = terms.slice(0, 31);
  }

  /** A bit per term the word answers. */
  mask(word: string): number {
    let mask = this.#memo.get(word);
    if (mask === undefined) {
      mask = 0;
      for (let i = 0; i < this.terms.length; i++)
        if (wordMatchesTerm(word, this.terms[i] ?? '')) mask |= 1 << i;
      this.#memo.set(word, mask);
    }
    return mask;
  }
}

const bitCount = (n: number): number => {
  let count = 0;
  for (let m = n; m !== 0; m &= m - 1) count++;
  return count;
};

/** The ranges of `text` whose words answer one of the query's terms: what a reply shows in bold. */
export function highlightTerms(text: string, terms: readonly string[], matcher?: TermMatcher): Highlight[] {
  if (terms.length === 0) return [];
  const highlights: Highlight[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = normaliseText(match[0]).replace(/[’]/g, "'");
    if (matcher ? matcher.mask(word) !== 0 : terms.some((term) => wordMatchesTerm(word, term))) {
      const start = match.index ?? 0;
      const previous = highlights.at(-1);
      // Neighbouring marked words become one range, so "**settle problems**" reads as one phrase.
      if (previous && /^[\s,;:'"’-]*$/.test(text.slice(previous.end, start)) && start - previous.end <= 2) {
        previous.end = start + match[0].length;
      } else {
        highlights.push({ start, end: start + match[0].length });
      }
    }
  }
  return highlights;
}

/** The share of the query's terms that some word of the text answers (1 when all are there). */
export function termCoverage(text: string, terms: readonly string[], matcher?: TermMatcher): number {
  if (terms.length === 0) return 0;
  const words = new Set((normaliseText(text).match(WORD) ?? []).map((w) => w.replace(/[’]/g, "'")));
  if (matcher && matcher.terms.length === terms.length) {
    let mask = 0;
    for (const word of words) mask |= matcher.mask(word);
    return bitCount(mask) / terms.length;
  }
  let found = 0;
  for (const term of terms) {
    if (words.has(term)) found++;
    else
      for (const word of words)
        if (wordMatchesTerm(word, term)) {
          found++;
          break;
        }
  }
  return found / terms.length;
}

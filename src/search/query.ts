/**
 * Turning what a person typed into words a search can use. Anything goes in — 2,000 characters,
 * only punctuation, regex or Fuse extended-search syntax, another script — and nothing throws.
 */

/** Longest query we search with, in words: a pasted paragraph is found by its first sentences. */
const MAX_QUERY_WORDS = 40;
/**
 * A query word is read up to this many characters: no word of any language is longer, and what a
 * search costs grows with a word's length (900 letters with no space took Fuse.js a second).
 */
const MAX_WORD_CHARS = 40;
/** Fuse.js matches words of at least this many letters (its minMatchCharLength). */
export const MIN_FUZZY_WORD_LENGTH = 3;
/** Longest text we read of a query at all. */
const MAX_QUERY_CHARS = 2_000;

const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about above after ' +
    'before between through during without within as is are was were be been being am do does did done have has ' +
    "had having it its it's this that these those there here what which who whom whose when where why how " +
    'i me my we us our you your he him his she her they them their not no yes than then too very can could ' +
    'will would shall should may might must just also only if else out up down off again further once all any ' +
    'both each few more most other some such own same s t said says say'
  ).split(' '),
);

/** Letters and digits in any script (Fuse's default token class), with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .toLowerCase();
}

export function wordsOf(text: string): string[] {
  return normaliseText(text.slice(0, MAX_QUERY_CHARS)).match(WORD) ?? [];
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

export interface CleanQuery {
  /** All words, in order, lower-cased (for phrase checks). */
  words: string[];
  /** The words that carry meaning (stopwords out, unless nothing else is left). */
  terms: string[];
  /**
   * No word a fuzzy search can weigh: all stopwords, or shorter than fuzzy matching allows ("to go in
   * with a"). Only the exact phrase can find it.
   */
  onlyCommonWords: boolean;
  /** The query as one plain string of its words: safe to hand to any search library. */
  text: string;
}

export function cleanQuery(raw: string): CleanQuery {
  const words = wordsOf(raw)
    .slice(0, MAX_QUERY_WORDS)
    .map((w) => (w.length > MAX_WORD_CHARS ? [...w].slice(0, MAX_WORD_CHARS).join('') : w));
  const content = words.filter((w) => !STOPWORDS.has(w));
  const terms = [...new Set(content.length > 0 ? content : words)];
  const onlyCommonWords = words.length > 0 && content.every((w) => w.length < MIN_FUZZY_WORD_LENGTH);
  return { words, terms, onlyCommonWords, text: words.join(' ') };
}

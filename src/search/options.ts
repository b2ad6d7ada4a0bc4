import type { IFuseOptions } from 'fuse.js';
import { MIN_FUZZY_WORD_LENGTH } from './query.ts';

/**
 * Every search setting in one place. Fuse.js matches near the start of a field by default
 * (location 0, distance 100): news quotes are long, so location is ignored. Token search scores each
 * query word on its own, fuzzily (typos), weighted by how rare the word is (TF-IDF).
 */
export const FUSE_OPTIONS = Object.freeze({
  ignoreLocation: true,
  useTokenSearch: true,
  tokenMatch: 'any',
  threshold: 0.34,
  includeScore: true,
  // The marks come from highlightTerms (whole words, typos included); Fuse's own match ranges would
  // only cost time: they are computed for every candidate.
  includeMatches: false,
  minMatchCharLength: MIN_FUZZY_WORD_LENGTH,
  ignoreDiacritics: true,
  shouldSort: true,
}) satisfies IFuseOptions<unknown>;

/**
 * Up to this many items, Fuse.js reads them all; beyond it, a word index picks candidates first.
 * Fuse.js costs 30–100 µs an item and query here (long paragraphs at the top of that range), so a
 * full scan stays under ~50 ms only for a few hundred items.
 */
export const FULL_SCAN_LIMIT = 500;
/**
 * Candidates the word index hands to Fuse.js for re-ranking on a large corpus. On abp-9000's
 * 222,000 paragraphs, 300 phrase queries of 3–6 words with one misspelt: the source paragraph is in
 * the top 5 for 75% of them with 50, 70 or 100 candidates, in 6 ms median / 10 ms p95 with 70
 * against 8 / 14 ms with 100. The word index's ranking does most of the work; 70 leaves a margin.
 */
export const CANDIDATES = 70;
/** A result must contain at least this share of the query's words (typos and other forms count). */
export const MIN_TERM_COVERAGE = 0.5;
/**
 * A query word longer than this is not corrected (its one-edit spellings are not tried): a real
 * misspelt word is shorter, and the spellings of a word grow with its length times its distinct
 * letters — 1,000 CJK characters with no space made two million strings of 1,000 characters each.
 */
export const MAX_CORRECTED_WORD_LENGTH = 24;

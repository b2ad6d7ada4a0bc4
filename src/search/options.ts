import type { IFuseOptions } from 'fuse.js';

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
  minMatchCharLength: 3,
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
 * Candidates the word index hands to Fuse.js for re-ranking on a large corpus. Measured on abp-9000
 * paragraphs (phrase queries, one word misspelt): the source passage is among the word index's top
 * 100 for 90% of queries, top 300 for 95% — but Fuse.js then ranks the same share into its top 5
 * either way, at a third of the time.
 */
export const CANDIDATES = 100;
/** A result must contain at least this share of the query's words (typos and other forms count). */
export const MIN_TERM_COVERAGE = 0.5;

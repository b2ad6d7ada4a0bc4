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
  includeMatches: true,
  minMatchCharLength: 3,
  ignoreDiacritics: true,
  shouldSort: true,
}) satisfies IFuseOptions<unknown>;

/** Up to this many items, Fuse.js reads them all; beyond it, a word index picks candidates first. */
export const FULL_SCAN_LIMIT = 4_000;
/** Candidates the word index hands to Fuse.js for re-ranking on a large corpus. */
export const CANDIDATES = 300;
/** A result must contain at least this share of the query's words (typos and other forms count). */
export const MIN_TERM_COVERAGE = 0.5;

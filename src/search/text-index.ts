import Fuse, { type FuseOptionKey } from 'fuse.js';
import type { Highlight } from '../core/types.ts';
import { highlightTerms, TermMatcher, termCoverage } from './highlight.ts';
import { CANDIDATES, FULL_SCAN_LIMIT, FUSE_OPTIONS, MIN_TERM_COVERAGE } from './options.ts';
import { type CleanQuery, wordsOf } from './query.ts';
import { indexTerms } from './terms.ts';
import { WordIndex, type WordIndexState } from './word-index.ts';

export interface SearchField<T> {
  name: string;
  weight: number;
  get: (item: T) => string | null;
}

export interface Hit<T> {
  item: T;
  /** 0 best … 1 worst. */
  score: number;
  highlights: Highlight[];
}

export interface SearchOptions<T> {
  limit: number;
  filter?: (item: T) => boolean;
}

/** Consecutive query words found in this order in the text: a quote or phrase pasted back. */
export function containsPhrase(text: string, words: readonly string[]): boolean {
  if (words.length < 3) return false;
  return ` ${wordsOf(text).join(' ')} `.includes(` ${words.join(' ')} `);
}

/**
 * A quick test for the query words in order, with anything but letters and digits between them, on the
 * raw text (normalised words say "it's", the text may say "it’s"); `containsPhrase` then decides.
 */
export function phrasePattern(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['-]/g, "['’‘-]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * A pasted phrase is looked for among at most this many items holding all its words: past that, its
 * words are too common for the phrase to be worth a scan (BM25 alone decides).
 */
const PHRASE_CHECK_LIMIT = 5_000;

/** Fewer common words than this ("to the") are too short to be anyone's phrase. */
export const MIN_PHRASE_WORDS = 3;

/**
 * Exact phrase matches score in [0, PHRASE_BAND), every other match in [PHRASE_BAND, 1]: a quote
 * pasted back is that quote, however short another quote sharing one of its words is ("I'm back.").
 */
export const PHRASE_BAND = 0.2;

const recentTerms = new Map<string, string[]>();
const RECENT_LIMIT = 512;

/**
 * The index terms of a field's text, remembered for the last few hundred texts: the paragraph a quote
 * sits in is the context of each of its quotes and a passage of its own, and is tokenized once.
 */
function termsOfField(text: string): string[] {
  const known = recentTerms.get(text);
  if (known) return known;
  const terms = indexTerms(text);
  if (text.length > 80) {
    if (recentTerms.size >= RECENT_LIMIT) recentTerms.clear();
    recentTerms.set(text, terms);
  }
  return terms;
}

/**
 * A searchable collection: Fuse.js ranks (fuzzy, typo-tolerant, per-word TF-IDF) and marks matches;
 * on large collections a word index (BM25, with misspelt words corrected one edit away) first narrows
 * the items to a few hundred candidates, because Fuse.js reads every item it is given.
 */
export class TextIndex<T> {
  readonly #fields: SearchField<T>[];
  readonly #highlightField: SearchField<T>;
  readonly #slots: (T | undefined)[] = [];
  #words = new WordIndex();
  #live = 0;
  #fullScan: Fuse<T> | null = null;

  readonly #candidates: number;

  constructor(fields: SearchField<T>[], options: { candidates?: number } = {}) {
    const first = fields[0];
    if (!first) throw new Error('a TextIndex needs at least one field');
    this.#fields = fields;
    this.#highlightField = first;
    this.#candidates = options.candidates ?? CANDIDATES;
  }

  get size(): number {
    return this.#live;
  }

  /** Slots in use, removed ones included: what a saved word index must cover. */
  get slotCount(): number {
    return this.#slots.length;
  }

  /** Each field tokenized on its own: a field shared by several items (a quote's paragraph) once. */
  #terms(item: T): string[] {
    const terms: string[] = [];
    for (const field of this.#fields) {
      const value = field.get(item);
      if (value) for (const term of termsOfField(value)) terms.push(term);
    }
    return terms;
  }

  add(items: Iterable<T>): void {
    for (const item of items) {
      const slot = this.#slots.length;
      this.#slots.push(item);
      this.#words.addTerms(slot, this.#terms(item));
      this.#live++;
    }
    this.#fullScan = null;
  }

  /**
   * Fills an empty index from items whose word index was saved earlier (`exportWords`), in the same
   * order: no item is tokenized again. Slots the saved index had removed are given as `undefined`.
   */
  attach(items: readonly (T | undefined)[], saved: WordIndexState): void {
    if (this.#slots.length > 0) throw new Error('attach needs an empty index');
    if (items.length !== saved.lengths.length) {
      throw new Error(`the saved word index covers ${saved.lengths.length} items, not ${items.length}`);
    }
    const words = WordIndex.fromState(saved);
    items.forEach((item, slot) => {
      this.#slots.push(item);
      if (item === undefined) words.remove(slot);
      else this.#live++;
    });
    this.#words = words;
    this.#fullScan = null;
  }

  exportWords(): WordIndexState {
    return this.#words.exportState();
  }

  removeWhere(predicate: (item: T) => boolean): void {
    this.#slots.forEach((item, slot) => {
      if (item !== undefined && predicate(item)) {
        this.#slots[slot] = undefined;
        this.#words.remove(slot);
        this.#live--;
      }
    });
    this.#fullScan = null;
  }

  *items(): Iterable<T> {
    for (const item of this.#slots) if (item !== undefined) yield item;
  }

  #fuseKeys(): FuseOptionKey<T>[] {
    return fuseKeys(this.#fields);
  }

  /** The items Fuse.js should rank; null means all of them (a small collection). */
  candidates(query: CleanQuery, filter?: (item: T) => boolean): T[] | null {
    if (this.#live <= FULL_SCAN_LIMIT) return filter ? [...this.items()].filter(filter) : null;
    const accept = (slot: number): boolean => {
      const item = this.#slots[slot];
      return item !== undefined && (!filter || filter(item));
    };
    const slots = this.#words.search(query.words, this.#candidates, accept);
    // BM25 favours short items: a long quote holding the pasted phrase can rank below 70 short ones
    // that share its words. The items holding the phrase itself join the candidates.
    if (query.words.length >= MIN_PHRASE_WORDS) {
      const chosen = new Set(slots);
      const rough = phrasePattern(query.words);
      for (const slot of this.#words.docsWithEvery(query.words, PHRASE_CHECK_LIMIT) ?? []) {
        if (chosen.has(slot) || !accept(slot)) continue;
        const text = this.#highlightField.get(this.#slots[slot] as T) ?? '';
        if (rough.test(text) && containsPhrase(text, query.words)) slots.push(slot);
      }
    }
    const out: T[] = [];
    for (const slot of slots) {
      const item = this.#slots[slot];
      if (item !== undefined) out.push(item);
    }
    return out;
  }

  search(query: CleanQuery, options: SearchOptions<T>): Hit<T>[] {
    if (query.terms.length === 0 || this.#live === 0) return [];
    if (query.onlyCommonWords) return this.#phraseScan(query, options);
    const candidates = this.candidates(query, options.filter);
    let fuse: Fuse<T>;
    if (candidates === null) {
      this.#fullScan ??= new Fuse([...this.items()], { ...FUSE_OPTIONS, keys: this.#fuseKeys() });
      fuse = this.#fullScan;
    } else {
      if (candidates.length === 0) return [];
      fuse = new Fuse(candidates, { ...FUSE_OPTIONS, keys: this.#fuseKeys() });
    }
    return this.rank(fuse, query, options.limit);
  }

  /**
   * A query made only of common or two-letter words ("it is up to the") has nothing for the word
   * index or Fuse.js to weigh, but pasted back it is still a phrase: the items whose main field holds
   * those words, in that order, shortest first (the tighter the text around the phrase, the likelier
   * it is the one). One regular-expression pass over the texts, then the exact word check.
   */
  #phraseScan(query: CleanQuery, options: SearchOptions<T>): Hit<T>[] {
    if (query.words.length < MIN_PHRASE_WORDS) return [];
    const rough = phrasePattern(query.words);
    const found: { item: T; length: number }[] = [];
    for (const item of this.items()) {
      if (options.filter && !options.filter(item)) continue;
      const text = this.#highlightField.get(item) ?? '';
      if (rough.test(text) && containsPhrase(text, query.words)) found.push({ item, length: text.length });
    }
    found.sort((a, b) => a.length - b.length);
    const matcher = new TermMatcher(query.terms);
    return found.slice(0, options.limit).map(({ item }, rank) => {
      const text = this.#highlightField.get(item) ?? '';
      // Exact matches, in order, scored as a phrase match is (0 best).
      const score = (PHRASE_BAND * rank) / found.length;
      return { item, score, highlights: highlightTerms(text, query.terms, matcher) };
    });
  }

  /** Fuse.js alone over every item, with no word index: the baseline the benchmark compares with. */
  searchFullScan(query: CleanQuery, limit: number): Hit<T>[] {
    if (query.terms.length === 0 || this.#live === 0) return [];
    this.#fullScan ??= new Fuse([...this.items()], { ...FUSE_OPTIONS, keys: this.#fuseKeys() });
    return this.rank(this.#fullScan, query, limit);
  }

  private rank(fuse: Fuse<T>, query: CleanQuery, limit: number): Hit<T>[] {
    return rankWithFuse(this.#fields, fuse, query, limit);
  }
}

/**
 * Fuse.js's ranking of the items it holds, kept only where they contain at least half of what was
 * asked, the asker's exact words in order first; marks computed for the returned hits only.
 */
export function rankWithFuse<T>(
  fields: readonly SearchField<T>[],
  fuse: Fuse<T>,
  query: CleanQuery,
  limit: number,
): Hit<T>[] {
  const highlightField = fields[0];
  if (!highlightField) return [];
  const pattern = query.terms.join(' ');
  // Fuse.js scores every item it holds either way; only the best few are checked word by word,
  // and past those only an item holding the asker's exact words, in order, is kept.
  const ranked = fuse.search(pattern);
  const checked = Math.max(limit * 3, 30);
  const rough = query.words.length >= MIN_PHRASE_WORDS ? phrasePattern(query.words) : null;
  const hits: Hit<T>[] = [];
  const matcher = new TermMatcher(query.terms);
  for (const [position, result] of ranked.entries()) {
    const text = highlightField.get(result.item) ?? '';
    if (position >= checked && !rough?.test(text)) continue;
    // Fuse's fuzzy score alone lets a long paragraph "match" on near-misses ("ground" ~ "around"):
    // a result must contain, as words, at least half of what was asked.
    const everything = fields.map((f) => f.get(result.item) ?? '').join(' ');
    const coverage = termCoverage(everything, query.terms, matcher);
    if (coverage < MIN_TERM_COVERAGE) continue;
    let score = ((result.score ?? 1) + (1 - coverage)) / 2;
    // The asker's exact words, in order, outrank any scattered match.
    score = containsPhrase(text, query.words) ? score * PHRASE_BAND : PHRASE_BAND + score * (1 - PHRASE_BAND);
    hits.push({ item: result.item, score, highlights: [] });
  }
  hits.sort((a, b) => a.score - b.score);
  // Marks only for what is returned: they cost as much as the scoring above.
  const shown = hits.slice(0, limit);
  for (const hit of shown)
    hit.highlights = highlightTerms(highlightField.get(hit.item) ?? '', query.terms, matcher);
  return shown;
}

/** The fields as Fuse.js keys. */
export function fuseKeys<T>(fields: readonly SearchField<T>[]): FuseOptionKey<T>[] {
  return fields.map((f) => ({
    name: f.name,
    weight: f.weight,
    getFn: (item: T) => f.get(item) ?? '',
  }));
}

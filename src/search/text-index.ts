import { Charset, Index } from 'flexsearch';
import Fuse, { type FuseOptionKey } from 'fuse.js';
import type { Highlight } from '../core/types.ts';
import { highlightTerms, termCoverage } from './highlight.ts';
import { CANDIDATES, FULL_SCAN_LIMIT, FUSE_OPTIONS, MIN_TERM_COVERAGE } from './options.ts';
import { type CleanQuery, wordsOf } from './query.ts';

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
function containsPhrase(text: string, words: readonly string[]): boolean {
  if (words.length < 3) return false;
  return ` ${wordsOf(text).join(' ')} `.includes(` ${words.join(' ')} `);
}

/**
 * A searchable collection: Fuse.js ranks (fuzzy, typo-tolerant, per-word TF-IDF) and marks matches;
 * on large collections a FlexSearch word index first narrows the items to a few hundred candidates,
 * because Fuse.js reads every item it is given.
 */
export class TextIndex<T> {
  readonly #fields: SearchField<T>[];
  readonly #highlightField: SearchField<T>;
  readonly #slots: (T | undefined)[] = [];
  readonly #words = new Index({ tokenize: 'strict', encoder: Charset.LatinBalance, resolution: 9 });
  #live = 0;
  #fullScan: Fuse<T> | null = null;

  constructor(fields: SearchField<T>[]) {
    const first = fields[0];
    if (!first) throw new Error('a TextIndex needs at least one field');
    this.#fields = fields;
    this.#highlightField = first;
  }

  get size(): number {
    return this.#live;
  }

  add(items: Iterable<T>): void {
    for (const item of items) {
      const slot = this.#slots.length;
      this.#slots.push(item);
      this.#words.add(slot, this.#fields.map((f) => f.get(item) ?? '').join(' \n '));
      this.#live++;
    }
    this.#fullScan = null;
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
    return this.#fields.map((f) => ({
      name: f.name,
      weight: f.weight,
      getFn: (item: T) => f.get(item) ?? '',
    }));
  }

  #candidates(query: CleanQuery, filter: ((item: T) => boolean) | undefined): T[] | null {
    if (!filter && this.#live <= FULL_SCAN_LIMIT) return null;
    if (filter) {
      const kept = [...this.items()].filter(filter);
      if (kept.length <= FULL_SCAN_LIMIT) return kept;
    }
    const slots = new Set<number>();
    const take = (ids: readonly unknown[]): void => {
      for (const id of ids) if (typeof id === 'number') slots.add(id);
    };
    take(this.#words.search(query.terms.join(' '), { limit: CANDIDATES, suggest: true }) as unknown[]);
    // A misspelt word finds nothing in a word index: each word alone keeps the others' candidates.
    if (slots.size < CANDIDATES && query.terms.length > 1) {
      for (const term of query.terms) {
        take(this.#words.search(term, { limit: Math.ceil(CANDIDATES / query.terms.length) }) as unknown[]);
      }
    }
    const out: T[] = [];
    for (const slot of slots) {
      const item = this.#slots[slot];
      if (item !== undefined && (!filter || filter(item))) out.push(item);
    }
    return out;
  }

  search(query: CleanQuery, options: SearchOptions<T>): Hit<T>[] {
    if (query.terms.length === 0 || this.#live === 0) return [];
    const candidates = this.#candidates(query, options.filter);
    let fuse: Fuse<T>;
    if (candidates === null) {
      this.#fullScan ??= new Fuse([...this.items()], { ...FUSE_OPTIONS, keys: this.#fuseKeys() });
      fuse = this.#fullScan;
    } else {
      if (candidates.length === 0) return [];
      fuse = new Fuse(candidates, { ...FUSE_OPTIONS, keys: this.#fuseKeys() });
    }
    const pattern = query.terms.join(' ');
    const ranked = fuse.search(pattern, { limit: Math.max(options.limit * 3, 30) });
    const hits: Hit<T>[] = [];
    for (const result of ranked) {
      const text = this.#highlightField.get(result.item) ?? '';
      // Fuse's fuzzy score alone lets a long paragraph "match" on near-misses ("ground" ~ "around"):
      // a result must contain, as words, at least half of what was asked.
      const everything = this.#fields.map((f) => f.get(result.item) ?? '').join(' ');
      const coverage = termCoverage(everything, query.terms);
      if (coverage < MIN_TERM_COVERAGE) continue;
      let score = ((result.score ?? 1) + (1 - coverage)) / 2;
      if (containsPhrase(text, query.words)) score *= 0.5;
      hits.push({ item: result.item, score, highlights: highlightTerms(text, query.terms) });
    }
    hits.sort((a, b) => a.score - b.score);
    return hits.slice(0, options.limit);
  }
}

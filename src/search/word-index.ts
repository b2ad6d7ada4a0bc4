import { indexTerms, oneEditAway, queryTerm } from './terms.ts';

/**
 * A word index (term → the items holding it) that picks the few hundred items worth ranking out of
 * hundreds of thousands, in a millisecond or two. Postings live in flat typed arrays so that a whole
 * archive's index is a few tens of megabytes, is written to disk as-is and read back in milliseconds
 * (rebuilding it means tokenizing every item again). Items added after that go to small per-term
 * lists, so adding an article costs only its own words.
 *
 * Scoring is BM25: a word counts more the rarer it is and the shorter the item holding it.
 */

/** What goes to disk: the vocabulary and its postings in compressed-sparse-row form. */
export interface WordIndexState {
  /** The terms, joined by "\n" (a term never contains one), in term-id order. */
  terms: string;
  /** Postings of term t are docs[offsets[t] … offsets[t + 1]). */
  offsets: Uint32Array;
  docs: Uint32Array;
  /** How often the term occurs in that doc, capped at 255. */
  counts: Uint8Array;
  /** Terms per doc, capped at 65,535; its length is the number of doc ids in use. */
  lengths: Uint16Array;
  /** 1 where the doc was removed. */
  removed: Uint8Array;
}

export interface WeightedTerm {
  termId: number;
  weight: number;
}

const K1 = 1.2;
const B = 0.75;
/** A query word the index has never seen, or has seen only this rarely, is also tried one edit away. */
const RARE_DOC_COUNT = 3;
const MAX_CORRECTIONS = 4;
/** A log longer than this is folded into the flat arrays before a query rather than read through. */
const LOG_SCAN_LIMIT = 50_000;

function growU32(array: Uint32Array, needed: number): Uint32Array {
  if (needed <= array.length) return array;
  const next = new Uint32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

function grow<A extends Uint8Array | Uint16Array | Float32Array>(
  array: A,
  needed: number,
  make: (n: number) => A,
): A {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, array.length * 2, 1024));
  next.set(array);
  return next;
}

export class WordIndex {
  readonly #termIds = new Map<string, number>();
  #terms: string[] = [];
  #baseOffsets: Uint32Array = new Uint32Array(1);
  #baseDocs: Uint32Array = new Uint32Array(0);
  #baseCounts: Uint8Array = new Uint8Array(0);
  /**
   * Postings added since the base was made, in the order added: three parallel growable arrays.
   * A log costs 9 bytes a posting (per-term JS arrays cost several times that, in memory and in
   * garbage collection, when a whole archive is indexed at once). Queries read a short log as it is;
   * a long one is folded into the base first.
   */
  #logTerms: Uint32Array = new Uint32Array(4096);
  #logDocs: Uint32Array = new Uint32Array(4096);
  #logCounts = new Uint8Array(4096);
  #logSize = 0;
  /** Per term id, how many of its postings are in the log. */
  #logFrequency: Uint32Array = new Uint32Array(1024);
  #lengths = new Uint16Array(1024);
  #removed = new Uint8Array(1024);
  #docEnd = 0;
  #liveDocs = 0;
  #liveLength = 0;
  #scores = new Float32Array(1024);
  /** Reused by addTerms to count a doc's terms. */
  readonly #counting = new Map<string, number>();

  get docCount(): number {
    return this.#liveDocs;
  }

  get termCount(): number {
    return this.#terms.length;
  }

  /** Indexes a text under a doc id; ids must be new and increasing (they are TextIndex slots). */
  add(doc: number, text: string): void {
    this.addTerms(doc, indexTerms(text));
  }

  /** Indexes a doc given its index terms (from `indexTerms`, repeats kept). */
  addTerms(doc: number, terms: readonly string[]): void {
    if (doc < this.#docEnd) throw new Error(`doc ${doc} is already indexed`);
    this.#lengths = grow(this.#lengths, doc + 1, (n) => new Uint16Array(n));
    this.#removed = grow(this.#removed, doc + 1, (n) => new Uint8Array(n));
    this.#lengths[doc] = Math.min(terms.length, 65_535);
    this.#docEnd = doc + 1;
    this.#liveDocs++;
    this.#liveLength += terms.length;
    const counts = this.#counting;
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let id = this.#termIds.get(term);
      if (id === undefined) {
        id = this.#terms.length;
        this.#terms.push(term);
        this.#termIds.set(term, id);
        this.#logFrequency = growU32(this.#logFrequency, id + 1);
      }
      const at = this.#logSize++;
      if (at >= this.#logDocs.length) {
        this.#logTerms = growU32(this.#logTerms, at + 1);
        this.#logDocs = growU32(this.#logDocs, at + 1);
        this.#logCounts = grow(this.#logCounts, at + 1, (n) => new Uint8Array(n));
      }
      this.#logTerms[at] = id;
      this.#logDocs[at] = doc;
      this.#logCounts[at] = Math.min(count, 255);
      this.#logFrequency[id] = (this.#logFrequency[id] ?? 0) + 1;
    }
    counts.clear();
  }

  remove(doc: number): void {
    if (doc >= this.#docEnd || this.#removed[doc] === 1) return;
    this.#removed[doc] = 1;
    this.#liveDocs--;
    this.#liveLength -= this.#lengths[doc] ?? 0;
  }

  #docFrequency(termId: number): number {
    const base =
      termId + 1 < this.#baseOffsets.length
        ? (this.#baseOffsets[termId + 1] ?? 0) - (this.#baseOffsets[termId] ?? 0)
        : 0;
    return base + (this.#logFrequency[termId] ?? 0);
  }

  /** The query's words as index terms; a misspelt (unknown or very rare) word brings its near spellings. */
  resolve(words: readonly string[]): WeightedTerm[] {
    const weights = new Map<number, number>();
    const put = (termId: number, weight: number): void => {
      weights.set(termId, Math.max(weights.get(termId) ?? 0, weight));
    };
    for (const word of words) {
      const term = queryTerm(word);
      if (term === null) continue;
      const id = this.#termIds.get(term);
      if (id !== undefined) put(id, 1);
      const frequency = id === undefined ? 0 : this.#docFrequency(id);
      if (frequency >= RARE_DOC_COUNT || word.length < 4) continue;
      const near: { id: number; frequency: number }[] = [];
      for (const variant of oneEditAway(word)) {
        const variantTerm = queryTerm(variant);
        const variantId = variantTerm === null ? undefined : this.#termIds.get(variantTerm);
        if (variantId === undefined || variantId === id) continue;
        near.push({ id: variantId, frequency: this.#docFrequency(variantId) });
      }
      near.sort((a, b) => b.frequency - a.frequency);
      for (const n of near.slice(0, MAX_CORRECTIONS)) put(n.id, id === undefined ? 0.8 : 0.5);
    }
    return [...weights].map(([termId, weight]) => ({ termId, weight }));
  }

  /**
   * The best `limit` docs for the query words, best first, among those `accept` lets through
   * (checked only for docs good enough to enter the top, so a costly filter stays cheap).
   */
  search(words: readonly string[], limit: number, accept?: (doc: number) => boolean): number[] {
    if (this.#logSize > LOG_SCAN_LIMIT) this.#compact();
    const terms = this.resolve(words);
    if (terms.length === 0 || this.#liveDocs === 0) return [];
    this.#scores = grow(this.#scores, this.#docEnd, (n) => new Float32Array(n));
    const scores = this.#scores;
    const lengths = this.#lengths;
    const removed = this.#removed;
    const averageLength = Math.max(1, this.#liveLength / this.#liveDocs);
    const touched: number[] = [];
    const logFactors = new Map<number, number>();
    const score = (doc: number, count: number, factor: number): void => {
      if (removed[doc] === 1) return;
      const norm = K1 * (1 - B + (B * (lengths[doc] ?? 0)) / averageLength);
      const before = scores[doc] ?? 0;
      if (before === 0) touched.push(doc);
      scores[doc] = before + (factor * (count * (K1 + 1))) / (count + norm);
    };
    for (const { termId, weight } of terms) {
      const frequency = this.#docFrequency(termId);
      const idf = Math.log(1 + (this.#liveDocs - frequency + 0.5) / (frequency + 0.5));
      const factor = weight * idf;
      if (termId + 1 < this.#baseOffsets.length) {
        const end = this.#baseOffsets[termId + 1] ?? 0;
        for (let p = this.#baseOffsets[termId] ?? 0; p < end; p++) {
          score(this.#baseDocs[p] ?? 0, this.#baseCounts[p] ?? 1, factor);
        }
      }
      if ((this.#logFrequency[termId] ?? 0) > 0) logFactors.set(termId, factor);
    }
    for (let p = 0; p < this.#logSize && logFactors.size > 0; p++) {
      const factor = logFactors.get(this.#logTerms[p] ?? 0);
      if (factor !== undefined) score(this.#logDocs[p] ?? 0, this.#logCounts[p] ?? 1, factor);
    }
    const best = selectBest(touched, scores, limit, accept);
    for (const doc of touched) scores[doc] = 0;
    return best;
  }

  /**
   * The docs that hold every one of the query's words exactly (no spelling corrections), or null
   * when even the rarest of them is in more than `max` docs: the docs worth checking for the query
   * as a phrase.
   */
  docsWithEvery(words: readonly string[], max: number): number[] | null {
    if (this.#logSize > LOG_SCAN_LIMIT) this.#compact();
    const ids: number[] = [];
    for (const word of words) {
      const term = queryTerm(word);
      if (term === null) continue;
      const id = this.#termIds.get(term);
      if (id === undefined) return [];
      if (!ids.includes(id)) ids.push(id);
    }
    if (ids.length === 0) return null;
    ids.sort((a, b) => this.#docFrequency(a) - this.#docFrequency(b));
    if (this.#docFrequency(ids[0] ?? 0) > max) return null;
    // Each doc's count of the terms seen so far; a doc counts only if it held all the earlier ones.
    const seen = new Map<number, number>();
    ids.forEach((termId, round) => {
      this.#forEachPosting(termId, (doc) => {
        if ((seen.get(doc) ?? 0) === round) seen.set(doc, round + 1);
      });
    });
    const out: number[] = [];
    for (const [doc, count] of seen) if (count === ids.length && this.#removed[doc] !== 1) out.push(doc);
    return out;
  }

  #forEachPosting(termId: number, visit: (doc: number) => void): void {
    if (termId + 1 < this.#baseOffsets.length) {
      const end = this.#baseOffsets[termId + 1] ?? 0;
      for (let p = this.#baseOffsets[termId] ?? 0; p < end; p++) visit(this.#baseDocs[p] ?? 0);
    }
    if ((this.#logFrequency[termId] ?? 0) === 0) return;
    for (let p = 0; p < this.#logSize; p++) if (this.#logTerms[p] === termId) visit(this.#logDocs[p] ?? 0);
  }

  /** Folds the added postings into the flat arrays and returns them: what a snapshot stores. */
  exportState(): WordIndexState {
    this.#compact();
    return {
      terms: this.#terms.join('\n'),
      offsets: this.#baseOffsets,
      docs: this.#baseDocs,
      counts: this.#baseCounts,
      lengths: this.#lengths.slice(0, this.#docEnd),
      removed: this.#removed.slice(0, this.#docEnd),
    };
  }

  static fromState(state: WordIndexState): WordIndex {
    const index = new WordIndex();
    index.#terms = state.terms === '' ? [] : state.terms.split('\n');
    if (index.#terms.length + 1 !== state.offsets.length)
      throw new Error('word index: terms and offsets differ');
    index.#terms.forEach((term, id) => {
      index.#termIds.set(term, id);
    });
    index.#logFrequency = new Uint32Array(Math.max(1024, index.#terms.length));
    index.#baseOffsets = state.offsets;
    index.#baseDocs = state.docs;
    index.#baseCounts = state.counts;
    index.#docEnd = state.lengths.length;
    index.#lengths = grow(new Uint16Array(0), index.#docEnd, (n) => new Uint16Array(n));
    index.#lengths.set(state.lengths);
    index.#removed = grow(new Uint8Array(0), index.#docEnd, (n) => new Uint8Array(n));
    index.#removed.set(state.removed);
    for (let doc = 0; doc < index.#docEnd; doc++) {
      if (index.#removed[doc] === 1) continue;
      index.#liveDocs++;
      index.#liveLength += index.#lengths[doc] ?? 0;
    }
    return index;
  }

  #compact(): void {
    const termCount = this.#terms.length;
    const baseTerms = this.#baseOffsets.length - 1;
    if (this.#logSize === 0 && baseTerms === termCount) return;
    const offsets = new Uint32Array(termCount + 1);
    let total = 0;
    for (let t = 0; t < termCount; t++) {
      offsets[t] = total;
      const base = t < baseTerms ? (this.#baseOffsets[t + 1] ?? 0) - (this.#baseOffsets[t] ?? 0) : 0;
      total += base + (this.#logFrequency[t] ?? 0);
    }
    offsets[termCount] = total;
    const docs = new Uint32Array(total);
    const counts = new Uint8Array(total);
    // Base postings first, then the log's: docs only ever grow, so each term's list stays sorted.
    const fill = offsets.slice(0, termCount);
    for (let t = 0; t < baseTerms; t++) {
      const start = this.#baseOffsets[t] ?? 0;
      const end = this.#baseOffsets[t + 1] ?? 0;
      const at = fill[t] ?? 0;
      docs.set(this.#baseDocs.subarray(start, end), at);
      counts.set(this.#baseCounts.subarray(start, end), at);
      fill[t] = at + (end - start);
    }
    for (let p = 0; p < this.#logSize; p++) {
      const t = this.#logTerms[p] ?? 0;
      const at = fill[t] ?? 0;
      docs[at] = this.#logDocs[p] ?? 0;
      counts[at] = this.#logCounts[p] ?? 1;
      fill[t] = at + 1;
    }
    this.#baseOffsets = offsets;
    this.#baseDocs = docs;
    this.#baseCounts = counts;
    this.#logTerms = new Uint32Array(4096);
    this.#logDocs = new Uint32Array(4096);
    this.#logCounts = new Uint8Array(4096);
    this.#logSize = 0;
    this.#logFrequency = new Uint32Array(Math.max(1024, termCount));
  }
}

/** The `limit` highest-scoring docs, best first: a min-heap, so a common word's 50,000 docs cost little. */
function selectBest(
  docs: readonly number[],
  scores: Float32Array,
  limit: number,
  accept: ((doc: number) => boolean) | undefined,
): number[] {
  const heap: number[] = [];
  const below = (a: number, b: number): boolean => {
    const sa = scores[a] ?? 0;
    const sb = scores[b] ?? 0;
    return sa < sb || (sa === sb && a > b);
  };
  const siftDown = (from: number): void => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && below(heap[left] ?? 0, heap[smallest] ?? 0)) smallest = left;
      if (right < heap.length && below(heap[right] ?? 0, heap[smallest] ?? 0)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest] ?? 0, heap[i] ?? 0];
      i = smallest;
    }
  };
  for (const doc of docs) {
    if (heap.length >= limit && !below(heap[0] ?? 0, doc)) continue;
    if (accept && !accept(doc)) continue;
    if (heap.length < limit) {
      heap.push(doc);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!below(heap[i] ?? 0, heap[parent] ?? 0)) break;
        [heap[i], heap[parent]] = [heap[parent] ?? 0, heap[i] ?? 0];
        i = parent;
      }
    } else {
      heap[0] = doc;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}

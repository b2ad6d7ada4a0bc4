import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { ArticleFields } from '../corpus/article.ts';
import type { SkippedFile } from '../corpus/load.ts';
import { readCorpusFields } from '../corpus/load.ts';
import type { ExtractionCache } from '../ingest/extraction-cache.ts';
import { articleKey, searchVersion } from '../ingest/fingerprint.ts';
import {
  extractMissing,
  type IngestedArticle,
  type IngestOptions,
  ingest,
  planIngest,
} from '../ingest/ingest.ts';
import { type Blob, readSnapshot, writeSnapshot } from '../ingest/snapshot-file.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { cleanQuery, isStopword, wordsOf } from '../search/query.ts';
import { TextIndex } from '../search/text-index.ts';
import type { WordIndexState } from '../search/word-index.ts';
import { type LogSink, silentLog } from './log-sink.ts';
import type { Article, ExtractedArticle, NewsEvent, Paragraph, Quote } from './types.ts';

export interface QuoteItem {
  article: Article;
  quote: Quote;
  /** The paragraph the quote opens in: its attribution and framing ("adding that …") help find it. */
  context: string;
}

export interface EventItem {
  article: Article;
  event: NewsEvent;
}

export interface PassageItem {
  article: Article;
  paragraph: Paragraph;
}

export interface SpeakerEntry {
  name: string;
  role: string | null;
  quotes: number;
}

/** Two- and three-word phrases of what was said, without a stopword at either end: topic suggestions. */
function topicPhrases(text: string): string[] {
  const words = wordsOf(text);
  const phrases: string[] = [];
  for (let n = 2; n <= 3; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const first = words[i] ?? '';
      const last = words[i + n - 1] ?? '';
      if (isStopword(first) || isStopword(last) || first.length < 3 || last.length < 3) continue;
      if (/^\d+$/.test(first) && /^\d+$/.test(last)) continue;
      phrases.push(words.slice(i, i + n).join(' '));
    }
  }
  return phrases;
}

const speakerKey = (name: string): string => wordsOf(name).join(' ');

export interface LoadOptions {
  /**
   * Where extractions and the saved word indexes are kept (e.g. the bot's CACHE_DIR); null: no cache.
   * Unset: the project's `.cache/`, for corpora of CACHE_FROM articles or more (a handful of articles
   * is extracted faster than a cache is checked, and tests then never share a cache file).
   */
  cacheDir?: string | null | undefined;
  /** Extraction worker threads; default one per core. */
  workers?: number | undefined;
  /** Where a progress bar is drawn when extracting, if it is a terminal (default stderr). */
  progressStream?: NodeJS.WriteStream | undefined;
}

/**
 * The folder, inside a cache folder, that holds one corpus's extractions and saved indexes: named after
 * the corpus's paths, so that loading another corpus (another CORPUS_DIR, a CLI run on an archive)
 * neither reads this one's speakers and topics nor compacts its extractions away.
 */
export function corpusCacheDir(cacheDir: string, paths: readonly string[]): string {
  const corpus = createHash('sha1')
    .update(JSON.stringify(paths.map((p) => resolve(p)).sort()))
    .digest('hex');
  return join(cacheDir, `corpus-${corpus.slice(0, 16)}`);
}

export const CACHE_FROM = 200;
/** Quotes carry their paragraph as context, so each costs Fuse.js about twice a passage: fewer of them. */
const QUOTE_CANDIDATES = 60;
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache');
const SNAPSHOT_FILE = 'search.snap';
const SNAPSHOT_DELAY_MS = 2_000;

/** How the last load or update went: for logs and the benchmark. */
export interface LoadReport {
  articles: number;
  fromCache: number;
  extracted: number;
  failed: number;
  /** The saved word indexes were used (items not tokenized again). */
  restoredIndex: boolean;
  /** Articles indexed from scratch (all of them when nothing was restored). */
  indexedArticles: number;
  ms: number;
  /** Where the time went, in ms: read, cache, restore, index, extract, save. */
  phases: Record<string, number>;
}

export interface UpdateReport {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  ms: number;
}

/** Articles in the order their items took index slots; a removed article keeps its slots, empty. */
interface Segment {
  key: string | null;
  quotes: number;
  events: number;
  passages: number;
}

interface SnapshotHeader {
  version: string;
  segments: Segment[];
  /** Speakers as [key, name, role, quotes]: with the topic blobs, what counting every quote gives. */
  speakers: [string, string, string | null, number][];
}

const INDEX_NAMES = ['quotes', 'events', 'passages'] as const;

/**
 * The loaded corpus with what was extracted from it and the indexes that answer questions.
 * Articles can be added and removed one by one, so a changed file never means starting again.
 */
export class Knowledge {
  readonly #articles = new Map<string, ExtractedArticle>();
  readonly quotes = new TextIndex<QuoteItem>(
    [
      { name: 'text', weight: 0.7, get: (i) => i.quote.text },
      { name: 'speaker', weight: 0.15, get: (i) => i.quote.speaker },
      // The paragraph without the quote itself: the quote is its own field, and reading it twice
      // doubled what Fuse.js reads per candidate for nothing.
      { name: 'context', weight: 0.15, get: (i) => i.context.replace(i.quote.text, ' ') },
    ],
    { candidates: QUOTE_CANDIDATES },
  );
  readonly events = new TextIndex<EventItem>([{ name: 'text', weight: 1, get: (i) => i.event.text }]);
  readonly passages = new TextIndex<PassageItem>([{ name: 'text', weight: 1, get: (i) => i.paragraph.text }]);
  readonly #speakers = new Map<string, SpeakerEntry>();
  readonly #topicCounts = new Map<string, number>();
  /**
   * The topic phrases sorted, with their counts: what autocomplete reads. Rebuilt from the map after a
   * change; after a warm start it comes from the snapshot and the map is only filled at the first
   * change (700,000 phrases for abp-9000: counting them again would cost a second and a half).
   */
  #topicTable: TopicTable | null = null;
  #topicsOnlyInTable = false;
  #sortedSpeakers: { entry: SpeakerEntry; words: string[] }[] | null = null;
  /** Content key per loaded article id (only for articles loaded through the cache pipeline). */
  readonly #keys = new Map<string, string>();
  readonly #segments: Segment[] = [];
  readonly #segmentOf = new Map<string, Segment>();
  #cacheDir: string | null = null;
  /** The extraction cache as the load opened it: later additions reuse it rather than read it again. */
  #cache: ExtractionCache | null = null;
  #saveTimer: NodeJS.Timeout | null = null;
  #ingestOptions: Omit<IngestOptions, 'cacheDir'> = {};
  /** Files that could not be read at the last load, with why: shown to whoever asks. */
  skipped: SkippedFile[] = [];
  /** How the last load (or update) went. */
  report: LoadReport | null = null;

  /**
   * Reads the corpus under `paths`, extracting what the cache does not hold (on worker threads, with
   * progress) and restoring the saved word indexes when they still match, so a warm start takes seconds.
   */
  static async load(
    paths: readonly string[],
    log: LogSink = silentLog,
    options: LoadOptions = {},
  ): Promise<Knowledge> {
    const started = performance.now();
    const phases: Record<string, number> = {};
    let lap = started;
    const phase = (name: string): void => {
      const now = performance.now();
      phases[name] = Math.round(now - lap);
      lap = now;
    };
    const corpus = await readCorpusFields(paths, log);
    phase('read');
    const knowledge = new Knowledge();
    knowledge.skipped = corpus.skipped;
    const cacheDir =
      options.cacheDir !== undefined
        ? options.cacheDir
        : corpus.records.length >= CACHE_FROM
          ? DEFAULT_CACHE_DIR
          : null;
    knowledge.#cacheDir = cacheDir === null ? null : corpusCacheDir(cacheDir, paths);
    knowledge.#ingestOptions = {
      log,
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.progressStream ? { progressStream: options.progressStream } : {}),
    };
    const ingestOptions = { ...knowledge.#ingestOptions, cacheDir: knowledge.#cacheDir };
    const plan = planIngest(corpus.records, ingestOptions, true);
    phase('cache');
    const restored = knowledge.#restore(plan.cached, log);
    phase('restore');
    const unrestored = plan.cached.filter((a) => !knowledge.#keys.has(a.fields.id));
    knowledge.#addIngested(unrestored);
    phase('index');
    // Indexed as they arrive: this thread indexes while the workers extract.
    const extraction = await extractMissing(plan, ingestOptions, (article) =>
      knowledge.#addIngested([article]),
    );
    phase('extract');
    const indexedArticles = unrestored.length + plan.missing.length;
    knowledge.#cache = plan.cache;
    if (indexedArticles > 0 || !restored) knowledge.#saveSnapshot(log);
    // Sorted now rather than at the first keystroke of the first autocomplete.
    knowledge.#speakerList();
    knowledge.#topics();
    phase('save');
    knowledge.report = {
      articles: knowledge.articleCount,
      fromCache: plan.cached.length,
      extracted: extraction.extracted,
      failed: extraction.failed,
      restoredIndex: restored,
      indexedArticles,
      ms: performance.now() - started,
      phases,
    };
    log.info({ ...knowledge.report, ms: Math.round(knowledge.report.ms) }, 'knowledge ready');
    if (knowledge.articleCount === 0) {
      log.warn({ paths }, 'the corpus is empty: add .txt, .md, .json or .jsonl articles to answer questions');
    }
    return knowledge;
  }

  static fromExtracted(extracted: readonly ExtractedArticle[]): Knowledge {
    const knowledge = new Knowledge();
    knowledge.add(extracted);
    return knowledge;
  }

  /**
   * Brings the loaded corpus up to date with `paths` in place: articles that are new or whose content
   * changed are extracted (cache first) and indexed, gone ones removed; unchanged ones are not touched.
   * Questions asked meanwhile are answered from the corpus as it was until the swap at the end.
   */
  async update(paths: readonly string[], log: LogSink = silentLog): Promise<UpdateReport> {
    const started = performance.now();
    const corpus = await readCorpusFields(paths, log);
    return this.#apply(corpus.records, corpus.skipped, true, log, started);
  }

  /** Adds (or replaces, by id) articles given as raw fields: extracted (cache first), then indexed. */
  async addArticles(records: readonly ArticleFields[], log: LogSink = silentLog): Promise<UpdateReport> {
    return this.#apply(records, null, false, log, performance.now());
  }

  async #apply(
    records: readonly ArticleFields[],
    skipped: SkippedFile[] | null,
    removeMissing: boolean,
    log: LogSink,
    started: number,
  ): Promise<UpdateReport> {
    const ingestOptions = { ...this.#ingestOptions, log, cacheDir: this.#cacheDir, cache: this.#cache };
    const known = new Set(records.map((r) => r.id));
    const gone = removeMissing ? [...this.#articles.keys()].filter((id) => !known.has(id)) : [];
    // Content keys are cheap to compute; only articles whose key changed go through extraction.
    const fresh = records.filter((r) => this.#keys.get(r.id) !== articleKey(r) || !this.#articles.has(r.id));
    const ingested = fresh.length > 0 ? await ingest(fresh, ingestOptions) : null;
    const changed = fresh.filter((r) => this.#articles.has(r.id)).length;
    // Everything below is synchronous: no question sees a half-updated corpus.
    this.remove(gone);
    if (ingested) this.#addIngested(ingested.articles);
    if (skipped) this.skipped = skipped;
    if (gone.length > 0 || fresh.length > 0) this.#scheduleSnapshot(log);
    const result = {
      added: fresh.length - changed,
      changed,
      removed: gone.length,
      unchanged: records.length - fresh.length,
      ms: performance.now() - started,
    };
    log.info({ ...result, ms: Math.round(result.ms) }, 'knowledge updated');
    return result;
  }

  get articleCount(): number {
    return this.#articles.size;
  }

  get quoteCount(): number {
    return this.quotes.size;
  }

  article(id: string): ExtractedArticle | undefined {
    return this.#articles.get(id);
  }

  articles(): IterableIterator<ExtractedArticle> {
    return this.#articles.values();
  }

  /** Adds articles; one whose id is already loaded replaces the loaded one. */
  add(extracted: readonly ExtractedArticle[]): void {
    this.#addEntries(extracted.map((entry) => ({ entry, key: null })));
  }

  #addIngested(ingested: readonly IngestedArticle[]): void {
    this.#addEntries(ingested.map((i) => ({ entry: i.extracted, key: i.key })));
  }

  #addEntries(entries: readonly { entry: ExtractedArticle; key: string | null }[]): void {
    const replaced = entries.map((e) => e.entry.article.id).filter((id) => this.#articles.has(id));
    if (replaced.length > 0) this.remove(replaced);
    for (const { entry, key } of entries) {
      const items = itemsOf(entry);
      this.#register(entry, key, items);
      this.quotes.add(items.quotes);
      this.events.add(items.events);
      this.passages.add(items.passages);
    }
  }

  #register(
    entry: ExtractedArticle,
    key: string | null,
    items: Items,
    saved?: Segment,
    counted = false,
  ): void {
    const id = entry.article.id;
    this.#articles.set(id, entry);
    if (key !== null) this.#keys.set(id, key);
    const segment = saved ?? {
      key,
      quotes: items.quotes.length,
      events: items.events.length,
      passages: items.passages.length,
    };
    this.#segments.push(segment);
    this.#segmentOf.set(id, segment);
    if (!counted) this.#count(entry, +1);
  }

  remove(ids: readonly string[]): void {
    const gone = new Set(ids.filter((id) => this.#articles.has(id)));
    if (gone.size === 0) return;
    for (const id of gone) {
      const entry = this.#articles.get(id);
      if (entry) this.#count(entry, -1);
      this.#articles.delete(id);
      this.#keys.delete(id);
      const segment = this.#segmentOf.get(id);
      if (segment) segment.key = null;
      this.#segmentOf.delete(id);
    }
    const isGone = (item: { article: Article }): boolean => gone.has(item.article.id);
    this.quotes.removeWhere(isGone);
    this.events.removeWhere(isGone);
    this.passages.removeWhere(isGone);
  }

  /**
   * Fills the empty indexes from the saved word indexes, taking each saved article's items from the
   * ingested article with the same content key. Saved articles that are gone keep empty slots.
   * False (and nothing changed) when there is no usable snapshot.
   */
  #restore(ingested: readonly IngestedArticle[], log: LogSink): boolean {
    if (this.#cacheDir === null) return false;
    const file = join(this.#cacheDir, SNAPSHOT_FILE);
    const snapshot = readSnapshot(file);
    if (!snapshot) return false;
    const header = snapshot.header as SnapshotHeader;
    if (header?.version !== searchVersion() || !Array.isArray(header.segments)) return false;
    const byKey = new Map<string, IngestedArticle[]>();
    for (const a of ingested) {
      const list = byKey.get(a.key);
      if (list) list.push(a);
      else byKey.set(a.key, [a]);
    }
    const plan: { segment: Segment; article: IngestedArticle | null; items: Items | null }[] = [];
    // Saved articles this corpus no longer has: the saved speaker and topic counts include them.
    let lost = 0;
    for (const segment of header.segments) {
      const article = segment.key === null ? undefined : byKey.get(segment.key)?.shift();
      if (!article) {
        if (segment.key !== null) lost++;
        plan.push({ segment: { ...segment, key: null }, article: null, items: null });
        continue;
      }
      const items = itemsOf(article.extracted);
      if (
        items.quotes.length !== segment.quotes ||
        items.events.length !== segment.events ||
        items.passages.length !== segment.passages
      ) {
        log.warn({ file }, 'the saved search index does not match the extractions: rebuilding it');
        return false;
      }
      plan.push({ segment, article, items });
    }
    const states = wordStates(snapshot.blobs);
    if (!states) return false;
    const slots = {
      quotes: [] as (QuoteItem | undefined)[],
      events: [] as (EventItem | undefined)[],
      passages: [] as (PassageItem | undefined)[],
    };
    for (const { segment, items } of plan) {
      for (const name of INDEX_NAMES) {
        const list = items?.[name] ?? new Array<undefined>(segment[name]).fill(undefined);
        for (const item of list) (slots[name] as unknown[]).push(item);
      }
    }
    try {
      this.quotes.attach(slots.quotes, states.quotes);
      this.events.attach(slots.events, states.events);
      this.passages.attach(slots.passages, states.passages);
    } catch (error) {
      log.warn({ err: error, file }, 'the saved search index does not fit: rebuilding it');
      for (const index of [this.quotes, this.events, this.passages] as TextIndex<unknown>[])
        index.removeWhere(() => true);
      return false;
    }
    // Only when every saved article is still here are the saved speaker and topic counts this corpus's
    // (the gone ones' slots were marked key null above, so checking the plan's keys proved nothing).
    const summary = lost === 0 ? savedSummary(header, snapshot.blobs) : null;
    for (const { segment, article, items } of plan) {
      if (article && items) this.#register(article.extracted, article.key, items, segment, summary !== null);
      else this.#segments.push(segment);
    }
    if (summary) {
      for (const [key, entry] of summary.speakers) this.#speakers.set(key, entry);
      this.#topicTable = summary.topics;
      this.#topicsOnlyInTable = true;
      this.#sortedSpeakers = null;
    }
    return true;
  }

  /**
   * Saves the snapshot a little later, once for a burst of changes, so an added article is answerable
   * without waiting for 100 MB to be written. Unref'd: a process that ends first only means the next
   * start indexes those few articles itself.
   */
  #scheduleSnapshot(log: LogSink): void {
    if (this.#cacheDir === null) return;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null;
      this.#saveSnapshot(log);
    }, SNAPSHOT_DELAY_MS);
    this.#saveTimer.unref();
  }

  /** Writes a pending snapshot now (before a planned exit, or in tests). */
  flushCache(log: LogSink = silentLog): void {
    if (!this.#saveTimer) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    this.#saveSnapshot(log);
  }

  /** Saves the word indexes and their slot layout, so the next start need not tokenize anything. */
  #saveSnapshot(log: LogSink): void {
    if (this.#cacheDir === null) return;
    // Articles added without a content key (add()) cannot be matched at the next start: no snapshot.
    if ([...this.#segmentOf.values()].some((s) => s.key === null)) return;
    try {
      const states = [this.quotes.exportWords(), this.events.exportWords(), this.passages.exportWords()];
      const blobs: Blob[] = states.flatMap((s) => [
        Buffer.from(s.terms, 'utf8'),
        s.offsets,
        s.docs,
        s.counts,
        s.lengths,
        s.removed,
      ]);
      const topics = this.#topics();
      blobs.push(Buffer.from(topics.phrases.join('\n'), 'utf8'), topics.counts);
      const speakers = [...this.#speakers].map(([key, s]): [string, string, string | null, number] => [
        key,
        s.name,
        s.role,
        s.quotes,
      ]);
      const header: SnapshotHeader = { version: searchVersion(), segments: this.#segments, speakers };
      writeSnapshot(join(this.#cacheDir, SNAPSHOT_FILE), header, blobs);
    } catch (error) {
      log.warn(
        { err: error, dir: this.#cacheDir },
        'cannot save the search index; the next start rebuilds it',
      );
    }
  }

  #count(entry: ExtractedArticle, delta: 1 | -1): void {
    const topicCounts = this.#topicCounts;
    if (this.#topicsOnlyInTable && this.#topicTable) {
      const { phrases, counts } = this.#topicTable;
      phrases.forEach((phrase, i) => {
        topicCounts.set(phrase, counts[i] ?? 0);
      });
      this.#topicsOnlyInTable = false;
    }
    for (const quote of entry.quotes) {
      if (quote.speaker) {
        const key = speakerKey(quote.speaker);
        const known = this.#speakers.get(key) ?? { name: quote.speaker, role: quote.role, quotes: 0 };
        known.quotes += delta;
        known.role ??= quote.role;
        if (known.quotes <= 0) this.#speakers.delete(key);
        else this.#speakers.set(key, known);
      }
      for (const phrase of topicPhrases(quote.text)) {
        const count = (topicCounts.get(phrase) ?? 0) + delta;
        if (count <= 0) topicCounts.delete(phrase);
        else topicCounts.set(phrase, count);
      }
    }
    this.#topicTable = null;
    this.#sortedSpeakers = null;
  }

  /** Known speakers, most quoted first. */
  speakers(): SpeakerEntry[] {
    return this.#speakerList().map((s) => s.entry);
  }

  /** Sorted once per change, with each name's words, so autocomplete never re-sorts or re-splits. */
  #speakerList(): { entry: SpeakerEntry; words: string[] }[] {
    this.#sortedSpeakers ??= [...this.#speakers.values()]
      .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name))
      .map((entry) => ({ entry, words: wordsOf(entry.name) }));
    return this.#sortedSpeakers;
  }

  /** Speakers whose name matches what was typed: every typed word starts a word of the name. */
  findSpeakers(typed: string): SpeakerEntry[] {
    const typedWords = cleanQuery(typed).words;
    if (typedWords.length === 0) return this.speakers();
    return this.#speakerList()
      .filter(({ words }) => typedWords.every((t) => words.some((w) => w.startsWith(t))))
      .map((s) => s.entry);
  }

  #topics(): TopicTable {
    if (!this.#topicTable) {
      const phrases = [...this.#topicCounts.keys()].sort();
      const counts = Uint32Array.from(phrases, (p) => this.#topicCounts.get(p) ?? 0);
      this.#topicTable = { phrases, counts, top: null };
    }
    return this.#topicTable;
  }

  /** Phrases of what was said that start with (or contain a word starting with) what was typed. */
  topics(typed: string, limit: number): string[] {
    const table = this.#topics();
    const { phrases, counts } = table;
    const byCount = (a: number, b: number): number =>
      (counts[b] ?? 0) - (counts[a] ?? 0) || (phrases[a] ?? '').localeCompare(phrases[b] ?? '');
    const prefix = wordsOf(typed).join(' ');
    if (prefix === '') {
      // The most said phrases overall: sorted once per change, not per keystroke.
      table.top ??= mostCounted(counts, 100, byCount);
      return table.top.slice(0, limit).map((i) => phrases[i] ?? '');
    }
    let low = 0;
    let high = phrases.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((phrases[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const starting: number[] = [];
    for (
      let i = low;
      i < phrases.length && (phrases[i] ?? '').startsWith(prefix) && starting.length < 500;
      i++
    ) {
      starting.push(i);
    }
    starting.sort(byCount);
    return starting.slice(0, limit).map((i) => phrases[i] ?? '');
  }
}

/** The indexes of the `n` highest counts, in one pass: sorting 700,000 phrases took half a second. */
function mostCounted(counts: Uint32Array, n: number, order: (a: number, b: number) => number): number[] {
  const best: number[] = [];
  let floor = 0;
  for (let i = 0; i < counts.length; i++) {
    // Ties with the floor stay in: the order's tie-break decides among them.
    if (best.length >= n && (counts[i] ?? 0) < floor) continue;
    best.push(i);
    if (best.length > n * 4) {
      best.sort(order);
      best.length = n;
      floor = counts[best[n - 1] ?? 0] ?? 0;
    }
  }
  return best.sort(order).slice(0, n);
}

interface TopicTable {
  /** Sorted, for prefix search by bisection. */
  phrases: string[];
  counts: Uint32Array;
  /** Indexes of the most counted phrases, once asked for. */
  top: number[] | null;
}

interface Items {
  quotes: QuoteItem[];
  events: EventItem[];
  passages: PassageItem[];
}

/** An article's searchable items, always in the same order: the saved word indexes rely on it. */
function itemsOf(entry: ExtractedArticle): Items {
  const { article } = entry;
  const paragraphText = (n: number): string => article.paragraphs[n - 1]?.text ?? '';
  return {
    quotes: entry.quotes.map((quote) => ({ article, quote, context: paragraphText(quote.paragraph) })),
    events: entry.events.map((event) => ({ article, event })),
    passages: article.paragraphs
      .filter((p) => p.text.trim() !== '')
      .map((paragraph) => ({ article, paragraph })),
  };
}

function savedSummary(
  header: SnapshotHeader,
  blobs: readonly Blob[],
): { speakers: [string, SpeakerEntry][]; topics: TopicTable } | null {
  const [phrases, counts] = blobs.slice(18);
  if (!(phrases instanceof Uint8Array) || !(counts instanceof Uint32Array) || !Array.isArray(header.speakers))
    return null;
  const text = Buffer.from(phrases.buffer, phrases.byteOffset, phrases.length).toString('utf8');
  const list = text === '' ? [] : text.split('\n');
  if (list.length !== counts.length) return null;
  return {
    speakers: header.speakers.map(([key, name, role, quotes]) => [key, { name, role, quotes }]),
    topics: { phrases: list, counts, top: null },
  };
}

function wordStates(blobs: readonly Blob[]): Record<(typeof INDEX_NAMES)[number], WordIndexState> | null {
  if (blobs.length < 18) return null;
  const state = (at: number): WordIndexState | null => {
    const [terms, offsets, docs, counts, lengths, removed] = blobs.slice(at, at + 6);
    if (
      !(terms instanceof Uint8Array) ||
      !(offsets instanceof Uint32Array) ||
      !(docs instanceof Uint32Array) ||
      !(counts instanceof Uint8Array) ||
      !(lengths instanceof Uint16Array) ||
      !(removed instanceof Uint8Array)
    )
      return null;
    return {
      terms: Buffer.from(terms.buffer, terms.byteOffset, terms.length).toString('utf8'),
      offsets,
      docs,
      counts,
      lengths,
      removed,
    };
  };
  const quotes = state(0);
  const events = state(6);
  const passages = state(12);
  return quotes && events && passages ? { quotes, events, passages } : null;
}

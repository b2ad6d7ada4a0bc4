import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { ArticleFields } from '../corpus/article.ts';
import type { SkippedFile } from '../corpus/load.ts';
import { readCorpusFields } from '../corpus/load.ts';
import { articleKey, extractorVersion, searchVersion } from '../ingest/fingerprint.ts';
import { extractMissing, type IngestOptions, ingest } from '../ingest/ingest.ts';
import { PROJECT_ROOT } from '../paths.ts';
import type { EventItem, PassageItem, QuoteItem, SpeakerEntry } from '../store/items.ts';
import { SqliteStore } from '../store/sqlite.ts';
import type { Collection, Store } from '../store/store.ts';
import { type LogSink, silentLog } from './log-sink.ts';
import type { ExtractedArticle } from './types.ts';

export type { EventItem, PassageItem, QuoteItem, SpeakerEntry } from '../store/items.ts';

/**
 * The folder, inside a cache folder, that holds one corpus's store: named after the corpus's paths,
 * so that loading another corpus (another CORPUS_DIR, a CLI run on an archive) never reads this
 * one's articles, speakers or topics.
 */
export function corpusCacheDir(cacheDir: string, paths: readonly string[]): string {
  const corpus = createHash('sha1')
    .update(JSON.stringify(paths.map((p) => resolve(p)).sort()))
    .digest('hex');
  return join(cacheDir, `corpus-${corpus.slice(0, 16)}`);
}

/** The store's file inside a corpus's cache folder. */
export const STORE_FILE = 'store.sqlite';

export interface LoadOptions {
  /**
   * Where the corpus's store is kept between starts (e.g. the bot's CACHE_DIR); null: in memory.
   * Unset: the project's `.cache/`, for corpora of CACHE_FROM articles or more (a handful of articles
   * is extracted faster than a store is checked, and tests then never share a file).
   */
  cacheDir?: string | null | undefined;
  /** Extraction worker threads; default one per core. */
  workers?: number | undefined;
  /** Where a progress bar is drawn when extracting, if it is a terminal (default stderr). */
  progressStream?: NodeJS.WriteStream | undefined;
  /** Not a terminal: progress as plain lines on that stream (the CLI), not log lines (the bot). */
  progressLines?: boolean | undefined;
}

export const CACHE_FROM = 200;
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, '.cache');

/** How the last load or update went: for logs and the benchmark. */
export interface LoadReport {
  articles: number;
  /** Articles the store already held, unchanged. */
  fromCache: number;
  extracted: number;
  failed: number;
  /** The store held some of the corpus already. */
  restoredIndex: boolean;
  /** Articles written to the store (extracted or failed). */
  indexedArticles: number;
  ms: number;
  /** Where the time went, in ms: read, open, remove, extract. */
  phases: Record<string, number>;
}

export interface UpdateReport {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  ms: number;
}

/**
 * The loader: reads a corpus, extracts what the store does not hold yet (on worker threads, with
 * progress) and writes it, one article at a time; removes what is gone. Questions read the store.
 */
export class Knowledge {
  readonly #store: SqliteStore;
  #ingestOptions: IngestOptions = {};
  /** Files that could not be read at the last load, with why: shown to whoever asks. */
  skipped: SkippedFile[] = [];
  /** How the last load (or update) went. */
  report: LoadReport | null = null;

  private constructor(store: SqliteStore) {
    this.#store = store;
  }

  /** The store questions are answered from. */
  get store(): Store {
    return this.#store;
  }

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
    const cacheDir =
      options.cacheDir !== undefined
        ? options.cacheDir
        : corpus.records.length >= CACHE_FROM
          ? DEFAULT_CACHE_DIR
          : null;
    const file = cacheDir === null ? null : join(corpusCacheDir(cacheDir, paths), STORE_FILE);
    const knowledge = new Knowledge(SqliteStore.open(file, searchVersion(), log));
    knowledge.skipped = corpus.skipped;
    knowledge.#ingestOptions = {
      log,
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.progressStream ? { progressStream: options.progressStream } : {}),
      ...(options.progressLines ? { progressLines: true } : {}),
    };
    phase('open');
    const store = knowledge.#store;
    const stored = store.keys();
    const { records } = corpus;
    const version = extractorVersion();
    const keys = records.map((fields) => articleKey(fields, version));
    const wanted = new Set(records.map((r) => r.id));
    store.remove([...stored.keys()].filter((id) => !wanted.has(id)));
    phase('remove');
    const missing = records.flatMap((r, i) => (stored.get(r.id) === keys[i] ? [] : [i]));
    const extraction = await extractMissing({ records, keys, missing }, knowledge.#ingestOptions, (article) =>
      store.put(article.extracted, article.key),
    );
    phase('extract');
    knowledge.report = {
      articles: store.articleCount,
      fromCache: records.length - missing.length,
      extracted: extraction.extracted,
      failed: extraction.failed,
      restoredIndex: missing.length < records.length,
      indexedArticles: missing.length,
      ms: performance.now() - started,
      phases,
    };
    log.info({ ...knowledge.report, ms: Math.round(knowledge.report.ms) }, 'knowledge ready');
    if (store.articleCount === 0) {
      log.warn(
        { paths },
        'the corpus is empty: add .txt, .md, .json, .jsonl, .csv or feed (.xml, .rss, .atom) files to answer questions',
      );
    }
    return knowledge;
  }

  /** Articles already extracted, in an in-memory store (tests, tools). */
  static fromExtracted(extracted: readonly ExtractedArticle[]): Knowledge {
    const knowledge = new Knowledge(SqliteStore.open(null, searchVersion()));
    knowledge.add(extracted);
    return knowledge;
  }

  /**
   * Brings the store up to date with `paths`: articles that are new or whose content changed are
   * extracted and written, gone ones removed; unchanged ones are not touched.
   */
  async update(paths: readonly string[], log: LogSink = silentLog): Promise<UpdateReport> {
    const started = performance.now();
    const corpus = await readCorpusFields(paths, log);
    return this.#apply(corpus.records, corpus.skipped, true, log, started);
  }

  /** Adds (or replaces, by id) articles given as raw fields: extracted, then written. */
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
    const stored = this.#store.keys();
    const known = new Set(records.map((r) => r.id));
    const gone = removeMissing ? [...stored.keys()].filter((id) => !known.has(id)) : [];
    const fresh = records.filter((r) => stored.get(r.id) !== articleKey(r));
    const ingested = fresh.length > 0 ? await ingest(fresh, { ...this.#ingestOptions, log }) : null;
    const changed = fresh.filter((r) => stored.has(r.id)).length;
    this.#store.remove(gone);
    for (const article of ingested?.articles ?? []) this.#store.put(article.extracted, article.key);
    if (skipped) this.skipped = skipped;
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
    return this.#store.articleCount;
  }

  get quoteCount(): number {
    return this.#store.quotes.size;
  }

  get quotes(): Collection<QuoteItem> {
    return this.#store.quotes;
  }

  get events(): Collection<EventItem> {
    return this.#store.events;
  }

  get passages(): Collection<PassageItem> {
    return this.#store.passages;
  }

  article(id: string): ExtractedArticle | undefined {
    return this.#store.article(id);
  }

  articles(): Iterable<ExtractedArticle> {
    return this.#store.articles();
  }

  /** Adds articles with no content key (the next load extracts them again); one with a known id replaces it. */
  add(extracted: readonly ExtractedArticle[]): void {
    for (const entry of extracted) this.#store.put(entry, '');
  }

  remove(ids: readonly string[]): void {
    this.#store.remove(ids);
  }

  /** Known speakers, most quoted first. */
  speakers(): SpeakerEntry[] {
    return this.#store.speakers();
  }

  findSpeakers(typed: string): SpeakerEntry[] {
    return this.#store.findSpeakers(typed);
  }

  topics(typed: string, limit: number): string[] {
    return this.#store.topics(typed, limit);
  }

  quotesBy(names: ReadonlySet<string>, limit: number): QuoteItem[] {
    return this.#store.quotesBy(names, limit);
  }
}

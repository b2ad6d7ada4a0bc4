import { type LogSink, silentLog } from '../core/log-sink.ts';
import type { ExtractedArticle } from '../core/types.ts';
import type { ArticleFields } from '../corpus/article.ts';
import { buildArticle } from '../corpus/article.ts';
import { decodeExtracted } from './codec.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { articleKey, extractorVersion } from './fingerprint.ts';
import { defaultWorkerCount, extractOnWorkers } from './pool.ts';
import { createProgress } from './progress.ts';

export interface IngestOptions {
  /** Where extractions are cached; null: nowhere (everything is extracted every time). */
  cacheDir: string | null;
  /** The cache already opened for `cacheDir` (by an earlier load): not read from disk again. */
  cache?: ExtractionCache | null;
  log?: LogSink;
  /** Worker threads for extraction; default one per core. 0 or 1 extracts in this thread. */
  workers?: number;
  /** Where the progress bar is drawn if it is a terminal (default: stderr). */
  progressStream?: NodeJS.WriteStream | undefined;
  /** Progress as plain lines on that stream when it is not a terminal, instead of log lines. */
  progressLines?: boolean | undefined;
}

export interface IngestedArticle {
  fields: ArticleFields;
  /** Content key (see articleKey): what the cache files it under. */
  key: string;
  extracted: ExtractedArticle;
}

export interface IngestReport {
  articles: IngestedArticle[];
  fromCache: number;
  extracted: number;
  failed: number;
  ms: number;
  cache: ExtractionCache | null;
}

/** Fewer uncached articles than this are extracted in this thread: starting workers costs more. */
const WORKERS_FROM = 40;
/** Results are written to the cache in groups this size, so an interrupted run keeps most of its work. */
const FLUSH_EVERY = 64;

/** What a load has to do: the articles the cache already holds (decoded) and those to extract. */
export interface IngestPlan {
  records: readonly ArticleFields[];
  keys: string[];
  cache: ExtractionCache | null;
  cached: IngestedArticle[];
  /** Indexes into `records` of the articles to extract. */
  missing: number[];
}

/**
 * Computes every article's content key and takes from the cache what it holds. With `wholeCorpus`
 * (a load, not an addition), records no article uses any more are compacted away first.
 */
export function planIngest(
  records: readonly ArticleFields[],
  options: IngestOptions,
  wholeCorpus = false,
): IngestPlan {
  const log = options.log ?? silentLog;
  const cache =
    options.cache !== undefined
      ? options.cache
      : options.cacheDir === null
        ? null
        : openCache(options.cacheDir, log);
  const version = extractorVersion();
  const keys = records.map((fields) => articleKey(fields, version));
  const cached: IngestedArticle[] = [];
  const missing: number[] = [];
  records.forEach((fields, i) => {
    const key = keys[i] ?? '';
    const payload = cache?.get(key);
    if (payload === undefined) {
      missing.push(i);
      return;
    }
    try {
      cached.push({ fields, key, extracted: decodeExtracted(payload, fields) });
    } catch (error) {
      // A record that passed its checksum but does not decode was written by a different codec.
      log.warn({ err: error, id: fields.id }, 'a cached extraction does not decode: extracting it again');
      missing.push(i);
    }
  });
  if (wholeCorpus) cache?.compact(new Set(keys));
  cache?.release();
  return { records, keys, cache, cached, missing };
}

export interface ExtractReport {
  extracted: number;
  failed: number;
}

/**
 * Extracts the articles the cache did not hold: on worker threads (one per core) when there are
 * enough of them, in this thread otherwise; writes each to the cache and hands it to `onArticle` as it
 * arrives (in completion order), so the caller can index while the workers extract. An article whose
 * extraction throws is handed over with no quotes or events (and a warning): one odd article never
 * stops an archive from loading.
 */
export async function extractMissing(
  plan: IngestPlan,
  options: IngestOptions,
  onArticle: (article: IngestedArticle) => void,
): Promise<ExtractReport> {
  const { records, keys, cache, missing } = plan;
  const log = options.log ?? silentLog;
  if (missing.length === 0) return { extracted: 0, failed: 0 };
  log.info(
    { articles: records.length, cached: records.length - missing.length, toExtract: missing.length },
    'extracting',
  );
  const progress = createProgress({
    total: missing.length,
    label: 'extracting articles',
    log,
    stream: options.progressStream ?? process.stderr,
    lines: options.progressLines,
  });
  const done = new Set<number>();
  const pending: [string, string][] = [];
  const flush = (): void => {
    cache?.put(pending.splice(0));
  };
  let failed = 0;
  const accept = (index: number, payload: string | null): void => {
    if (done.has(index)) return;
    done.add(index);
    const fields = records[index] as ArticleFields;
    const key = keys[index] ?? '';
    let extracted: ExtractedArticle;
    if (payload === null) {
      failed++;
      extracted = { article: buildArticle(fields), quotes: [], events: [] };
    } else {
      pending.push([key, payload]);
      if (pending.length >= FLUSH_EVERY) flush();
      extracted = decodeExtracted(payload, fields);
    }
    progress.advance(1);
    onArticle({ fields, key, extracted });
  };
  // Loaded only when something is extracted here: a warm start never pays for the NLP libraries.
  const { extractToPayload } = await import('./extract-one.ts');
  const inThisThread = (index: number): void => {
    const fields = records[index] as ArticleFields;
    try {
      accept(index, extractToPayload(fields));
    } catch (error) {
      log.warn(
        { err: error, id: fields.id, file: fields.source },
        'extraction failed for an article: loaded without quotes or events',
      );
      accept(index, null);
    }
  };
  const workers = options.workers ?? defaultWorkerCount();
  if (workers > 1 && missing.length >= WORKERS_FROM) {
    const todo = missing.map((i) => records[i] as ArticleFields);
    try {
      await extractOnWorkers(todo, {
        workers,
        onResult: (result) => {
          const index = missing[result.index] ?? -1;
          // A failure is redone below, in this thread, where its error is logged with its article.
          if ('payload' in result) accept(index, result.payload);
        },
      });
    } catch (error) {
      log.warn({ err: error }, 'extraction workers failed: extracting the rest in this thread');
    }
  }
  for (const index of missing) if (!done.has(index)) inThisThread(index);
  flush();
  progress.finish();
  return { extracted: missing.length - failed, failed };
}

/** Plans and extracts in one go; the articles come back in corpus order. */
export async function ingest(
  records: readonly ArticleFields[],
  options: IngestOptions,
): Promise<IngestReport> {
  const started = performance.now();
  const plan = planIngest(records, options);
  const byIndex = new Map<string, IngestedArticle>();
  for (const article of plan.cached) byIndex.set(article.fields.id, article);
  const report = await extractMissing(plan, options, (article) => byIndex.set(article.fields.id, article));
  return {
    articles: records.flatMap((fields) => byIndex.get(fields.id) ?? []),
    fromCache: plan.cached.length,
    ...report,
    ms: performance.now() - started,
    cache: plan.cache,
  };
}

function openCache(dir: string, log: LogSink): ExtractionCache | null {
  try {
    return ExtractionCache.open(dir, log);
  } catch (error) {
    log.warn({ err: error, dir }, 'cannot open the extraction cache: extracting without one');
    return null;
  }
}

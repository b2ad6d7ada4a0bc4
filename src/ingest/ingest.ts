import { type LogSink, silentLog } from '../core/log-sink.ts';
import type { ExtractedArticle } from '../core/types.ts';
import type { ArticleFields } from '../corpus/article.ts';
import { buildArticle } from '../corpus/article.ts';
import { decodeExtracted } from './codec.ts';
import { extractToPayload } from './extract-one.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { articleKey, extractorVersion } from './fingerprint.ts';
import { defaultWorkerCount, extractOnWorkers } from './pool.ts';
import { createProgress } from './progress.ts';

export interface IngestOptions {
  /** Where extractions are cached; null: nowhere (everything is extracted every time). */
  cacheDir: string | null;
  log?: LogSink;
  /** Worker threads for extraction; default one per core. 0 or 1 extracts in this thread. */
  workers?: number;
  /** Where the progress bar is drawn if it is a terminal (default: stderr). */
  progressStream?: NodeJS.WriteStream | undefined;
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

/**
 * Turns raw article fields into extracted articles: from the cache when an article's content was
 * extracted before by this extractor version, on worker threads otherwise (one per core), writing what
 * was extracted back to the cache. An article whose extraction throws is kept with no quotes or events
 * (and a warning), so one odd article never stops the archive from loading.
 */
export async function ingest(
  records: readonly ArticleFields[],
  options: IngestOptions,
): Promise<IngestReport> {
  const started = performance.now();
  const log = options.log ?? silentLog;
  const cache = options.cacheDir === null ? null : openCache(options.cacheDir, log);
  const version = extractorVersion();
  const keys = records.map((fields) => articleKey(fields, version));
  const payloads: (string | undefined)[] = keys.map((key) => cache?.get(key));
  const missing: number[] = [];
  payloads.forEach((payload, i) => {
    if (payload === undefined) missing.push(i);
  });
  let failed = 0;

  if (missing.length > 0) {
    log.info(
      { articles: records.length, cached: records.length - missing.length, toExtract: missing.length },
      'extracting',
    );
    const progress = createProgress({
      total: missing.length,
      label: 'extracting articles',
      log,
      stream: options.progressStream ?? process.stderr,
    });
    const pending: [string, string][] = [];
    const flush = (): void => {
      cache?.put(pending.splice(0));
    };
    const accept = (index: number, payload: string): void => {
      payloads[index] = payload;
      pending.push([keys[index] ?? '', payload]);
      if (pending.length >= FLUSH_EVERY) flush();
      progress.advance(1);
    };
    const workers = options.workers ?? defaultWorkerCount();
    let onWorkers = false;
    if (workers > 1 && missing.length >= WORKERS_FROM) {
      const todo = missing.map((i) => records[i] as ArticleFields);
      try {
        await extractOnWorkers(todo, {
          workers,
          onResult: (result) => {
            const index = missing[result.index] ?? -1;
            if ('payload' in result) accept(index, result.payload);
            else {
              // Tried again below, in this thread, where the error is logged with its article.
              progress.advance(1);
            }
          },
        });
        onWorkers = true;
      } catch (error) {
        log.warn({ err: error }, 'extraction workers failed: extracting in this thread instead');
      }
    }
    for (const index of missing) {
      if (payloads[index] !== undefined) continue;
      const fields = records[index] as ArticleFields;
      try {
        accept(index, extractToPayload(fields));
      } catch (error) {
        failed++;
        log.warn(
          { err: error, id: fields.id, file: fields.source },
          'extraction failed for an article: loaded without quotes or events',
        );
        if (!onWorkers) progress.advance(1);
      }
    }
    flush();
    progress.finish();
  }

  const articles: IngestedArticle[] = records.map((fields, i) => {
    const payload = payloads[i];
    const extracted: ExtractedArticle =
      payload === undefined
        ? { article: buildArticle(fields), quotes: [], events: [] }
        : decodeExtracted(payload, fields);
    return { fields, key: keys[i] ?? '', extracted };
  });
  cache?.compact(new Set(keys));
  return {
    articles,
    fromCache: records.length - missing.length,
    extracted: missing.length - failed,
    failed,
    ms: performance.now() - started,
    cache,
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

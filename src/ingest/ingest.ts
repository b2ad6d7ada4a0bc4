import { type LogSink, silentLog } from '../core/log-sink.ts';
import type { ExtractedArticle } from '../core/types.ts';
import type { ArticleFields } from '../corpus/article.ts';
import { buildArticle } from '../corpus/article.ts';
import { decodeExtracted } from './codec.ts';
import { articleKey, extractorVersion } from './fingerprint.ts';
import { defaultWorkerCount, extractOnWorkers } from './pool.ts';
import { createProgress } from './progress.ts';

export interface IngestOptions {
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
  /** Content key (see articleKey): what the store files it under. */
  key: string;
  extracted: ExtractedArticle;
}

export interface IngestReport {
  articles: IngestedArticle[];
  extracted: number;
  failed: number;
  ms: number;
}

/** Fewer uncached articles than this are extracted in this thread: starting workers costs more. */
const WORKERS_FROM = 40;

/** What a load has to do: every article's content key, and the indexes of those to extract. */
export interface IngestPlan {
  records: readonly ArticleFields[];
  keys: string[];
  /** Indexes into `records` of the articles to extract. */
  missing: number[];
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
  const { records, keys, missing } = plan;
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
  progress.finish();
  return { extracted: missing.length - failed, failed };
}

/** Extracts every article given; they come back in corpus order. */
export async function ingest(
  records: readonly ArticleFields[],
  options: IngestOptions,
): Promise<IngestReport> {
  const started = performance.now();
  const version = extractorVersion();
  const plan = {
    records,
    keys: records.map((r) => articleKey(r, version)),
    missing: records.map((_, i) => i),
  };
  const byIndex = new Map<string, IngestedArticle>();
  const report = await extractMissing(plan, options, (article) => byIndex.set(article.fields.id, article));
  return {
    articles: records.flatMap((fields) => byIndex.get(fields.id) ?? []),
    ...report,
    ms: performance.now() - started,
  };
}

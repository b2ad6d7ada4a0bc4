import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleFields } from '../corpus/article.ts';
import { COMPILED } from '../paths.ts';
import type { WorkerBatch, WorkerResult } from './extract-worker.ts';

/** Articles sent to a worker at a time: enough to amortise the message, small enough to balance the load. */
const BATCH = 16;
/** Heap cap of an extraction worker; compromise and chrono-node need well under 100 MB of it. */
const WORKER_HEAP_MB = 256;
/** Compiled, the worker is plain JavaScript; under tsx it needs tsx's loader registered first. */
const WORKER_FILE = new URL(COMPILED ? './extract-worker.js' : './worker-bootstrap.mjs', import.meta.url);

export interface PoolOptions {
  workers?: number;
  onResult: (result: WorkerResult) => void;
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Extracts articles on worker threads, one per core: each builds and extracts a batch and sends back
 * the cache payloads. Results arrive in completion order (each carries its index). A worker that dies
 * fails the whole run (the caller falls back to extracting in-process).
 */
export async function extractOnWorkers(
  records: readonly ArticleFields[],
  options: PoolOptions,
): Promise<void> {
  const count = Math.max(
    1,
    Math.min(options.workers ?? defaultWorkerCount(), Math.ceil(records.length / BATCH)),
  );
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = count;
      const feed = (worker: Worker): boolean => {
        if (next >= records.length) return false;
        const items: WorkerBatch['items'] = [];
        for (; next < records.length && items.length < BATCH; next++) {
          const fields = records[next];
          if (fields) items.push({ index: next, fields });
        }
        worker.postMessage({ items } satisfies WorkerBatch);
        return true;
      };
      for (let i = 0; i < count; i++) {
        // A smaller old generation makes a worker collect sooner: its garbage is most of its memory.
        const worker = new Worker(WORKER_FILE, {
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        });
        workers.push(worker);
        worker.on('message', (results: WorkerResult[]) => {
          for (const result of results) options.onResult(result);
          if (!feed(worker)) {
            running--;
            if (running === 0) resolve();
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`an extraction worker exited with code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

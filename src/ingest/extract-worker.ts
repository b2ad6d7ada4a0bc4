import { parentPort } from 'node:worker_threads';
import type { ArticleFields } from '../corpus/article.ts';
import { extractToPayload } from './extract-one.ts';

/** One article's extraction as sent back: the cache payload, or why it failed. */
export type WorkerResult = { index: number; payload: string } | { index: number; error: string };

export interface WorkerBatch {
  items: { index: number; fields: ArticleFields }[];
}

parentPort?.on('message', (batch: WorkerBatch) => {
  const results: WorkerResult[] = batch.items.map(({ index, fields }) => {
    try {
      return { index, payload: extractToPayload(fields) };
    } catch (error) {
      return { index, error: (error as Error).stack ?? String(error) };
    }
  });
  parentPort?.postMessage(results);
});

import type { Knowledge } from '../core/knowledge.ts';
import { answerJson, ask } from './ask.ts';
import { QuestionError, readQuestion } from './questions.ts';
import { Strings } from './strings.ts';

/**
 * A batch: one question per line (JSON), one answer line per question line, in order, always — an
 * empty, blank or broken line gets an error line of its own, so answer N is the answer to line N.
 */

/** White space as a blank line may hold it: Unicode spaces, a no-break space, a lone byte-order mark. */
const BLANK = /^[\s\uFEFF\u200B]*$/u;

/**
 * The lines of a batch as they arrive in chunks: split at "\n" only (a "\r\n" ends a line; a lone "\r"
 * inside a line is part of it), the byte-order mark of the first line dropped.
 */
export async function* batchLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = '';
  let first = true;
  for await (const chunk of chunks) {
    pending += chunk;
    if (first && pending.length > 0) {
      pending = pending.replace(/^\uFEFF/, '');
      first = false;
    }
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      yield pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  if (pending.length > 0) yield pending.replace(/\r$/, '');
}

export interface BatchOptions {
  now: Date;
  /** Where an unexpected error is told (with its stack); the answer line only says it happened. */
  onError?: (error: unknown, line: string) => void;
}

/** The answer line (JSON, no newline) for one line of a batch. */
export function answerBatchLine(k: Knowledge, line: string, options: BatchOptions): string {
  const failed = (error: string) => JSON.stringify({ error, results: [] });
  if (BLANK.test(line)) return failed(Strings.batchEmptyLine);
  let fields: unknown;
  try {
    fields = JSON.parse(line);
  } catch (error) {
    return failed(Strings.batchNotJson((error as Error).message));
  }
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
    return failed(Strings.batchNotObject);
  const record = fields as Record<string, unknown>;
  try {
    const page = { offset: pageNumber(record.offset), limit: pageNumber(record.limit) };
    return JSON.stringify(answerJson(ask(k, readQuestion(record), { ...page, now: options.now })));
  } catch (error) {
    if (error instanceof QuestionError) return failed(error.message);
    options.onError?.(error, line);
    return failed(Strings.batchFailed);
  }
}

function pageNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' || typeof value === 'number' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

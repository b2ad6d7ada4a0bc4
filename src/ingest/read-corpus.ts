import { relative } from 'node:path';
import { type LogSink, silentLog } from '../core/log-sink.ts';
import type { ArticleFields } from '../corpus/article.ts';
import { listCorpusFiles, readCorpusFile, type SkippedFile } from '../corpus/load.ts';

export interface CorpusFields {
  /** Each article's raw fields, in corpus order, duplicate ids dropped. */
  records: ArticleFields[];
  skipped: SkippedFile[];
  files: string[];
}

const displayPath = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

/**
 * The corpus as raw article fields: what `loadCorpus` reads, without building the articles. Building
 * one splits its sentences (compromise, several ms an article), which a cached article never needs.
 * Same skipping rules and log lines as `loadCorpus`.
 */
export async function readCorpusFields(
  paths: readonly string[],
  log: LogSink = silentLog,
): Promise<CorpusFields> {
  const skipped: SkippedFile[] = [];
  let files: string[] = [];
  for (const path of paths) {
    try {
      files = files.concat(await listCorpusFiles([path]));
    } catch (error) {
      const reason = `the path cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
      skipped.push({ file: path, reason });
      log.warn({ file: path, reason }, 'skipped a corpus path');
    }
  }
  const records: ArticleFields[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    let found: ArticleFields[];
    try {
      found = await readCorpusFile(file, log, skipped);
    } catch (error) {
      // readCorpusFile throws only for files a person has to fix (its reason says how).
      const reason = (error as Error).message;
      skipped.push({ file: displayPath(file), reason });
      log.warn({ file: displayPath(file), reason }, 'skipped a corpus file');
      continue;
    }
    for (const fields of found) {
      if (seen.has(fields.id)) {
        log.warn({ file: fields.source, id: fields.id }, 'skipped an article whose id is already loaded');
        continue;
      }
      seen.add(fields.id);
      records.push(fields);
    }
  }
  return { records, skipped, files };
}

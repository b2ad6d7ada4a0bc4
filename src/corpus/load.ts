import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type LogSink, silentLog } from '../core/log-sink.ts';
import type { Article } from '../core/types.ts';
import { type ArticleFields, buildArticle } from './article.ts';
import { fromCsv } from './csv.ts';
import { fromFeed } from './feeds.ts';
import { readPublicationDate } from './publication-date.ts';
import { type RecordPlace, UnreadableCorpusFile } from './unreadable.ts';

export const CORPUS_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl', '.csv', '.xml', '.rss', '.atom'] as const;

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LoadedCorpus {
  articles: Article[];
  skipped: SkippedFile[];
  files: string[];
}

const displayPath = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

const idFromFile = (file: string): string => basename(file, extname(file));

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  const text = sample.toString('utf8');
  const replacements = text.split('\uFFFD').length - 1;
  return replacements > 8 && replacements / text.length > 0.01;
}

function fromText(file: string, text: string): ArticleFields[] {
  const lines = text.split(/\r?\n/);
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex < 0) throw new UnreadableCorpusFile('the file is empty');
  const title = (lines[titleIndex] ?? '').trim();
  const body = lines.slice(titleIndex + 1).join('\n');
  if (body.trim() === '') throw new UnreadableCorpusFile('the file has a title line but no body');
  return [{ id: idFromFile(file), title, body, source: displayPath(file) }];
}

const titleKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const sameTitle = (a: string, b: string): boolean => titleKey(a) === titleKey(b);

function fromMarkdown(file: string, text: string): ArticleFields[] {
  let content = text;
  let meta: Record<string, unknown> = {};
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(content);
  if (frontMatter) {
    try {
      const parsed: unknown = parseYaml(frontMatter[1] ?? '');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        meta = parsed as Record<string, unknown>;
    } catch (error) {
      throw new UnreadableCorpusFile(
        `its front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`,
      );
    }
    content = content.slice(frontMatter[0].length);
  }
  let title = typeof meta.title === 'string' ? meta.title.trim() : '';
  // The first `# heading` is the title when the front matter has none, and is dropped when it only
  // repeats the front matter's title (a title is not ¶1).
  const heading = /^[ \t]*#[ \t]+(.+?)[ \t#]*$/m.exec(content);
  const headingText = (heading?.[1] ?? '').trim();
  if (heading && (!title || sameTitle(headingText, title))) {
    title ||= headingText;
    content = content.slice(0, heading.index) + content.slice(heading.index + heading[0].length);
  }
  if (content.trim() === '') throw new UnreadableCorpusFile('the file has no body text');
  return [
    {
      id: typeof meta.id === 'string' || typeof meta.id === 'number' ? String(meta.id) : idFromFile(file),
      title: title || idFromFile(file),
      body: content,
      source: displayPath(file),
      date: meta.date,
      outlet: meta.outlet,
      url: meta.url,
      author: meta.author,
    },
  ];
}

function fromRecord(record: unknown, fallbackId: string, source: string): ArticleFields {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw new UnreadableCorpusFile('the record is not an object');
  }
  const r = record as Record<string, unknown>;
  const text = typeof r.text === 'string' ? r.text : typeof r.body === 'string' ? r.body : null;
  if (!text || text.trim() === '') throw new UnreadableCorpusFile('the record has no "text"');
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId;
  const title = typeof r.title === 'string' && r.title.trim() !== '' ? r.title : id;
  return { id, title, body: text, source, date: r.date, outlet: r.outlet, url: r.url, author: r.author };
}

function fromJson(file: string, text: string): ArticleFields[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UnreadableCorpusFile(`it is not valid JSON (${(error as Error).message})`);
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  return records.map((record, i) =>
    fromRecord(
      record,
      records.length === 1 ? idFromFile(file) : `${idFromFile(file)}-${i + 1}`,
      displayPath(file),
    ),
  );
}

function fromJsonLines(text: string, place: RecordPlace): ArticleFields[] {
  const out: ArticleFields[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = place.source(`L${i + 1}`);
    try {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        throw new UnreadableCorpusFile(`not valid JSON (${(error as Error).message})`);
      }
      out.push(fromRecord(record, place.id(i), where));
    } catch (error) {
      if (!(error instanceof UnreadableCorpusFile)) throw error;
      place.skip(where, error.message);
    }
  });
  if (out.length === 0) throw new UnreadableCorpusFile('no line holds a readable article');
  return out;
}

/** Every corpus file under the given paths (files as given; folders recursively, hidden ones skipped), sorted. */
export async function listCorpusFiles(
  paths: readonly string[],
  skip: (path: string, reason: string) => void = () => {},
): Promise<string[]> {
  const files: string[] = [];
  // Folders already walked, by their real path: a symlink back up the tree is walked once, not forever.
  const walked = new Set<string>();
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let info: Awaited<ReturnType<typeof stat>>;
    let entries: string[] = [];
    try {
      info = await stat(path);
      if (info.isDirectory()) {
        const real = await realpath(path);
        if (walked.has(real)) return;
        walked.add(real);
        entries = await readdir(path);
      }
    } catch (error) {
      // One bad entry (a broken symlink, a symlink loop, a folder that cannot be read) costs only itself.
      skip(displayPath(path), unreadablePathReason(error));
      return;
    }
    if (info.isDirectory()) {
      for (const entry of entries.sort()) {
        if (entry.startsWith('.') || entry === 'node_modules') continue;
        await visit(join(path, entry), false);
      }
    } else if (explicit || (CORPUS_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) await visit(path, true);
  return files;
}

function unreadablePathReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT') return 'it does not exist (a broken symlink, or removed while loading)';
  if (code === 'ELOOP') return 'it is a symlink loop';
  if (code === 'EACCES' || code === 'EPERM') return `it cannot be read (${code}: no permission)`;
  return `the path cannot be read (${code})`;
}

/** Reads one corpus file into article fields; throws UnreadableCorpusFile with a reason a person can act on. */
export async function readCorpusFile(
  file: string,
  log: LogSink = silentLog,
  skipped: SkippedFile[] = [],
): Promise<ArticleFields[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UnreadableCorpusFile(`it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    throw new UnreadableCorpusFile('the file is empty');
  if (looksBinary(bytes)) throw new UnreadableCorpusFile('it looks like a binary file, not text');
  // A byte-order mark (Windows editors, Excel's "CSV UTF-8") is not part of the text.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const place: RecordPlace = {
    id: (i) => `${idFromFile(file)}-${i + 1}`,
    source: (anchor) => `${displayPath(file)}#${anchor}`,
    skip: (where, reason) => {
      skipped.push({ file: where, reason });
      log.warn({ file: where, reason }, 'skipped a corpus record');
    },
  };
  switch (extname(file).toLowerCase()) {
    case '.md':
    case '.markdown':
      return fromMarkdown(file, text);
    case '.json':
      return fromJson(file, text);
    case '.jsonl':
    case '.ndjson':
      return fromJsonLines(text, place);
    case '.txt':
      return fromText(file, text);
    case '.csv':
      return fromCsv(text, place);
    case '.xml':
    case '.rss':
    case '.atom':
      return fromFeed(text, place);
    default:
      throw new UnreadableCorpusFile(`its extension is not one of ${CORPUS_EXTENSIONS.join(', ')}`);
  }
}

export interface CorpusFields {
  /** Each article's raw fields, in corpus order, duplicate ids dropped. */
  records: ArticleFields[];
  skipped: SkippedFile[];
  files: string[];
}

/**
 * The corpus as raw article fields, not yet built into articles: building one splits its sentences
 * (several ms an article), which an article already in the extraction cache never needs.
 * A file that cannot be read is skipped with a log line naming it and why; the rest loads.
 * Duplicate ids keep the first and log the second.
 */
export async function readCorpusFields(
  paths: readonly string[],
  log: LogSink = silentLog,
): Promise<CorpusFields> {
  const skipped: SkippedFile[] = [];
  const files = await listCorpusFiles(paths, (file, reason) => {
    skipped.push({ file, reason });
    log.warn({ file, reason }, 'skipped a corpus path');
  });
  const records: ArticleFields[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    let found: ArticleFields[];
    try {
      found = await readCorpusFile(file, log, skipped);
    } catch (error) {
      if (!(error instanceof UnreadableCorpusFile)) throw error;
      skipped.push({ file: displayPath(file), reason: error.message });
      log.warn({ file: displayPath(file), reason: error.message }, 'skipped a corpus file');
      continue;
    }
    for (const fields of found) {
      if (seen.has(fields.id)) {
        log.warn({ file: fields.source, id: fields.id }, 'skipped an article whose id is already loaded');
        continue;
      }
      seen.add(fields.id);
      const date = readPublicationDate(fields.date);
      if (date.problem) {
        log.warn(
          { file: fields.source, date: String(fields.date), reason: date.problem },
          'the publication date cannot be read: the article is loaded without one (write it as YYYY-MM-DD)',
        );
      }
      records.push(fields);
    }
  }
  return { records, skipped, files };
}

/** Every readable article under `paths`, built (paragraphs and sentences); see readCorpusFields. */
export async function loadCorpus(paths: readonly string[], log: LogSink = silentLog): Promise<LoadedCorpus> {
  const { records, skipped, files } = await readCorpusFields(paths, log);
  const articles = records.map(buildArticle);
  log.info({ articles: articles.length, files: files.length, skipped: skipped.length }, 'corpus loaded');
  return { articles, skipped, files };
}

import { parse } from 'csv-parse/sync';
import type { ArticleFields } from './article.ts';
import { type RecordPlace, UnreadableCorpusFile } from './unreadable.ts';

/** The columns a CSV export may have (a header row names them, in any order and case); text is required. */
const COLUMNS = ['id', 'title', 'text', 'date', 'outlet', 'url', 'author'] as const;
/** Other names newsroom exports use for the same columns. */
const ALIASES: Record<string, (typeof COLUMNS)[number]> = {
  body: 'text',
  content: 'text',
  headline: 'title',
  link: 'url',
  published: 'date',
  source: 'outlet',
  byline: 'author',
};

/**
 * A CSV file with a header row (`title,text,date,outlet,url,author`), one article per row, parsed by
 * csv-parse: quoted fields may hold commas, quotes ("") and newlines. A row without text is skipped
 * with a log line; a file whose header has no text column, or that is not valid CSV, is skipped whole.
 */
export function fromCsv(text: string, place: RecordPlace): ArticleFields[] {
  let header: string[] = [];
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: (names: string[]) => {
        header = names.map((n) => {
          const name = n.trim().toLowerCase();
          return ALIASES[name] ?? name;
        });
        return header;
      },
      skip_empty_lines: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (error) {
    throw new UnreadableCorpusFile(`it is not valid CSV (${(error as Error).message})`);
  }
  if (!header.includes('text')) {
    throw new UnreadableCorpusFile(
      `its header row has no "text" column (found: ${header.join(', ') || 'nothing'}); the first row must name the columns, e.g. ${COLUMNS.slice(1).join(',')}`,
    );
  }
  const out: ArticleFields[] = [];
  rows.forEach((record, i) => {
    // The row as a spreadsheet numbers it (the header is row 1): a quoted field may span many lines.
    const source = place.source(`row${i + 2}`);
    const body = record.text ?? '';
    if (body.trim() === '') {
      place.skip(source, 'the row has no text');
      return;
    }
    const id = record.id?.trim() || place.id(i);
    out.push({
      id,
      title: record.title?.trim() || id,
      body,
      source,
      date: record.date,
      outlet: record.outlet,
      url: record.url,
      author: record.author,
    });
  });
  if (out.length === 0) throw new UnreadableCorpusFile('no row holds a readable article');
  return out;
}

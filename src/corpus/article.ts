import type { Article } from '../core/types.ts';
import { splitParagraphs } from './paragraphs.ts';

export interface ArticleFields {
  id: string;
  title: string;
  body: string;
  source: string;
  date?: unknown;
  outlet?: unknown;
  url?: unknown;
  author?: unknown;
}

const optionalText = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * A publication date as YYYY-MM-DD, or null. Only dates that say a day are kept: a date is never
 * filled in ("2022" does not become 2022-01-01).
 */
export function normalisePublicationDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = optionalText(value);
  if (!text) return null;
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
  if (isoDay) return `${isoDay[1]}-${isoDay[2]}-${isoDay[3]}`;
  if (!/\b\d{1,2}\b/.test(text) || !/\b\d{4}\b/.test(text)) return null;
  const parsed = new Date(`${text} UTC`);
  if (Number.isNaN(parsed.getTime())) return null;
  return parsed.toISOString().slice(0, 10);
}

export function buildArticle(fields: ArticleFields): Article {
  return {
    id: fields.id,
    title: fields.title.trim(),
    date: normalisePublicationDate(fields.date),
    outlet: optionalText(fields.outlet),
    url: optionalText(fields.url),
    author: Array.isArray(fields.author)
      ? optionalText(fields.author.filter((a) => typeof a === 'string').join(', '))
      : optionalText(fields.author),
    source: fields.source,
    paragraphs: splitParagraphs(fields.body),
  };
}

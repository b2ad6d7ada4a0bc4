import type { Article } from '../core/types.ts';
import { normaliseCorpusText } from './normalise.ts';
import { splitParagraphs } from './paragraphs.ts';
import { readPublicationDate } from './publication-date.ts';

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

export function buildArticle(fields: ArticleFields): Article {
  return {
    id: fields.id,
    title: normaliseCorpusText(fields.title).text.trim(),
    date: readPublicationDate(fields.date).iso,
    outlet: optionalText(fields.outlet),
    url: optionalText(fields.url),
    author: Array.isArray(fields.author)
      ? optionalText(fields.author.filter((a) => typeof a === 'string').join(', '))
      : optionalText(fields.author),
    source: fields.source,
    paragraphs: splitParagraphs(normaliseCorpusText(fields.body).text),
  };
}

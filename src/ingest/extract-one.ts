import { type ArticleFields, buildArticle } from '../corpus/article.ts';
import { extractArticle } from '../extract/index.ts';
import { encodeExtracted } from './codec.ts';

/** Builds (paragraphs, sentences) and extracts one article, as a cache payload. */
export function extractToPayload(fields: ArticleFields): string {
  return encodeExtracted(extractArticle(buildArticle(fields)), fields.body);
}

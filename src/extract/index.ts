import type { Article, ExtractedArticle } from '../core/types.ts';
import { extractEvents } from './events.ts';
import { extractQuotes } from './quotes/extract.ts';

/** Everything the bot knows about one article: who said what in it and what happened when. */
export function extractArticle(article: Article): ExtractedArticle {
  return { article, quotes: extractQuotes(article), events: extractEvents(article) };
}

import type { Article, ExtractedArticle, NewsEvent, Paragraph, Quote } from '../core/types.ts';
import { isStopword, wordsOf } from '../search/query.ts';
import type { SearchField } from '../search/text-index.ts';

/**
 * What a store holds, as the answer layer reads it: the searchable items of an article (its quotes,
 * its events, its paragraphs), the fields they are searched on, and the speaker and topic lists.
 * Plain data: nothing here knows a database.
 */

export interface QuoteItem {
  article: Article;
  quote: Quote;
  /** The paragraph the quote opens in: its attribution and framing ("adding that …") help find it. */
  context: string;
}

export interface EventItem {
  article: Article;
  event: NewsEvent;
}

export interface PassageItem {
  article: Article;
  paragraph: Paragraph;
}

export interface SpeakerEntry {
  name: string;
  role: string | null;
  quotes: number;
}

export interface Items {
  quotes: QuoteItem[];
  events: EventItem[];
  passages: PassageItem[];
}

/** An article's searchable items, always in the same order: a store files them by position. */
export function itemsOf(entry: ExtractedArticle): Items {
  const { article } = entry;
  const paragraphText = (n: number): string => article.paragraphs[n - 1]?.text ?? '';
  return {
    quotes: entry.quotes.map((quote) => ({ article, quote, context: paragraphText(quote.paragraph) })),
    events: entry.events.map((event) => ({ article, event })),
    passages: article.paragraphs
      .filter((p) => p.text.trim() !== '')
      .map((paragraph) => ({ article, paragraph })),
  };
}

export const QUOTE_FIELDS: SearchField<QuoteItem>[] = [
  { name: 'text', weight: 0.7, get: (i) => i.quote.text },
  { name: 'speaker', weight: 0.15, get: (i) => i.quote.speaker },
  // The paragraph without the quote itself: the quote is its own field, and reading it twice
  // doubled what Fuse.js reads per candidate for nothing.
  { name: 'context', weight: 0.15, get: (i) => i.context.replace(i.quote.text, ' ') },
];
export const EVENT_FIELDS: SearchField<EventItem>[] = [{ name: 'text', weight: 1, get: (i) => i.event.text }];
export const PASSAGE_FIELDS: SearchField<PassageItem>[] = [
  { name: 'text', weight: 1, get: (i) => i.paragraph.text },
];

/** Two- and three-word phrases of what was said, without a stopword at either end: topic suggestions. */
export function topicPhrases(text: string): string[] {
  const words = wordsOf(text);
  const phrases: string[] = [];
  for (let n = 2; n <= 3; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const first = words[i] ?? '';
      const last = words[i + n - 1] ?? '';
      if (isStopword(first) || isStopword(last) || first.length < 3 || last.length < 3) continue;
      if (/^\d+$/.test(first) && /^\d+$/.test(last)) continue;
      phrases.push(words.slice(i, i + n).join(' '));
    }
  }
  return phrases;
}

/** One speaker however the name is written ("IRGC", "Irgc"). */
export const speakerKey = (name: string): string => wordsOf(name).join(' ');

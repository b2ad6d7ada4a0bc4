import type { Article, ExtractedArticle, NewsEvent, Paragraph, Quote } from '../core/types.ts';
import type { ArticleFields } from '../corpus/article.ts';
import { normaliseCorpusText } from '../corpus/normalise.ts';

/**
 * A cached extraction, compactly: every text that is a stretch of the article's body (paragraphs,
 * sentences, most quotes and events) is stored as where it is, [start, end], not as itself — the body
 * is read from the corpus at start anyway. This keeps the cache a fraction of the corpus's size and
 * makes reading it back cheap. A text that is not found verbatim is stored as is, so decoding always
 * gives back exactly what was extracted.
 */

type Span = [number, number] | string;

interface EncodedParagraph {
  n: number;
  t: Span;
  r: boolean;
  /** Sentences as offsets into the paragraph: start, end, start, end, …; a string when not a slice. */
  s: (number | string)[];
}

interface EncodedArticle {
  title: string;
  date: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  p: EncodedParagraph[];
  q: (Omit<Quote, 'text'> & { t: Span })[];
  e: (Omit<NewsEvent, 'text'> & { t: Span })[];
}

function span(text: string, body: string, from: number): Span {
  const at = body.indexOf(text, from);
  const found = at >= 0 ? at : body.indexOf(text);
  return found >= 0 ? [found, found + text.length] : text;
}

const unspan = (s: Span, body: string): string => (typeof s === 'string' ? s : body.slice(s[0], s[1]));

/** `body`: the article's body as the file gives it; spans are offsets into its normalised text. */
export function encodeExtracted(extracted: ExtractedArticle, originalBody: string): string {
  const { article } = extracted;
  const body = normaliseCorpusText(originalBody).text;
  const paragraphStart = new Map<number, number>();
  let cursor = 0;
  const p: EncodedParagraph[] = article.paragraphs.map((paragraph) => {
    const t = span(paragraph.text, body, cursor);
    if (typeof t !== 'string') {
      cursor = t[1];
      paragraphStart.set(paragraph.number, t[0]);
    }
    const s: (number | string)[] = [];
    for (const sentence of paragraph.sentences) {
      if (paragraph.text.slice(sentence.start, sentence.end) === sentence.text)
        s.push(sentence.start, sentence.end);
      else s.push(sentence.start, sentence.end, sentence.text);
    }
    return { n: paragraph.number, t, r: paragraph.isRelatedLink, s };
  });
  const near = (paragraph: number): number => paragraphStart.get(paragraph) ?? 0;
  const encoded: EncodedArticle = {
    title: article.title,
    date: article.date,
    outlet: article.outlet,
    url: article.url,
    author: article.author,
    p,
    q: extracted.quotes.map(({ text, ...rest }) => ({ ...rest, t: span(text, body, near(rest.paragraph)) })),
    e: extracted.events.map(({ text, ...rest }) => ({ ...rest, t: span(text, body, near(rest.paragraph)) })),
  };
  return JSON.stringify(encoded);
}

function decodeParagraph(encoded: EncodedParagraph, body: string): Paragraph {
  const text = unspan(encoded.t, body);
  const sentences: Paragraph['sentences'] = [];
  const s = encoded.s;
  for (let i = 0; i < s.length; ) {
    const start = s[i] as number;
    const end = s[i + 1] as number;
    const literal = s[i + 2];
    if (typeof literal === 'string') {
      sentences.push({ start, end, text: literal });
      i += 3;
    } else {
      sentences.push({ start, end, text: text.slice(start, end) });
      i += 2;
    }
  }
  return { number: encoded.n, text, isRelatedLink: encoded.r, sentences };
}

/** The extraction back, for the article as the corpus gives it now (its current id and source). */
export function decodeExtracted(payload: string, fields: ArticleFields): ExtractedArticle {
  const encoded = JSON.parse(payload) as EncodedArticle;
  const body = normaliseCorpusText(fields.body).text;
  const article: Article = {
    id: fields.id,
    title: encoded.title,
    date: encoded.date,
    outlet: encoded.outlet,
    url: encoded.url,
    author: encoded.author,
    source: fields.source,
    paragraphs: encoded.p.map((p) => decodeParagraph(p, body)),
  };
  const quotes: Quote[] = encoded.q.map(({ t, ...rest }) => ({ ...rest, text: unspan(t, body) }));
  const events: NewsEvent[] = encoded.e.map(({ t, ...rest }) => ({ ...rest, text: unspan(t, body) }));
  return { article, quotes, events };
}

/**
 * The shapes every layer shares: corpus → extraction → search → answers.
 * Nothing here imports discord.js; the CLI, the console, the bot and the tests all speak these types.
 */

/** A sentence inside a paragraph; offsets are into `Paragraph.text`. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  /** 1-based: ¶1 is the first body paragraph (the title is not a paragraph). */
  number: number;
  text: string;
  /** "Read more: …" style links to other articles: cited if asked for, never a quote or an event. */
  isRelatedLink: boolean;
  sentences: Sentence[];
}

export interface Article {
  /** Stable id: the record's own id, else derived from the file name (and line, for JSON Lines). */
  id: string;
  title: string;
  /** Publication date as written in the source, normalised to YYYY-MM-DD when it parses; null when absent. */
  date: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  /** The file it came from (and `#L<n>` for a JSON Lines record), for citations without a URL. */
  source: string;
  paragraphs: Paragraph[];
}

/**
 * direct: the speaker's words in quotation marks. indirect: reported speech ("X said that …").
 * partial: reported speech that quotes some of the speaker's words ("…part of efforts to ensure
 * "durable security" …, the IRGC clarified"), or a quoted fragment credited on its own.
 */
type QuoteKind = 'direct' | 'indirect' | 'partial';

export interface Quote {
  /** Exactly as in the article (a substring of the paragraph text, or of consecutive paragraphs). */
  text: string;
  kind: QuoteKind;
  /** Paragraph number where the quote starts. */
  paragraph: number;
  /** Resolved full name or organisation as the article gives it; null when the article does not say. */
  speaker: string | null;
  /** The speaker's role/description when the article gives one ("Iran's ambassador to Baghdad"). */
  role: string | null;
  /** The rule that found the quote ("quotation-marks", "clause-after-cue", …; see src/extract/rules.ts). */
  rule: string;
  /** The attribution sieve that credited the speaker ("cue-in-sentence", "narrator", …); null when none did. */
  creditedBy: string | null;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/**
 * A date as precise as the article makes it. `iso` is YYYY-MM-DD (day; for a week, its Monday),
 * YYYY-MM (month) or YYYY (year). When the article gives no year and has no date to lean on,
 * `yearKnown` is false and `iso` is --MM-DD or --MM (ISO 8601's form for a date without a year).
 */
export interface DateValue {
  iso: string;
  precision: DatePrecision;
  yearKnown: boolean;
}

export interface NewsEvent {
  /** The sentence that reports what happened, verbatim. */
  text: string;
  paragraph: number;
  /** The resolved date of the expression below, or null when the sentence gives none. */
  date: DateValue | null;
  /** The words that gave the date ("on November 14"), null when there are none. */
  expression: string | null;
  /** The date rule that dated it (src/extract/dates/configuration.ts), null when undated. */
  rule: string | null;
  /**
   * The article tells of it as still to come ("will vote on Saturday", a date after the article's own):
   * listed as upcoming, never as something that happened.
   */
  upcoming: boolean;
}

export interface ExtractedArticle {
  article: Article;
  quotes: Quote[];
  events: NewsEvent[];
}

export interface Citation {
  articleId: string;
  title: string;
  outlet: string | null;
  /** The article's publication date, YYYY-MM-DD, or null. */
  date: string | null;
  url: string | null;
  /** File path (with #L<n> for JSON Lines); shown when there is no URL. */
  source: string;
  paragraph: number;
}

/** Character ranges in a result's text that match the query's words: the reply marks them. */
export interface Highlight {
  start: number;
  end: number;
}

export interface QuoteResult {
  articleId: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  role: string | null;
  /** When it was said, as far as the article tells: its publication date, else null. */
  date: DateValue | null;
  citation: Citation;
  /** Every article that carries these words, earliest first: `citation` is the first of them. */
  carriedBy: Citation[];
  highlights: Highlight[];
  /** 0 is a perfect match, 1 no match (Fuse's convention). */
  score: number;
}

export interface EventResult {
  articleId: string;
  text: string;
  date: DateValue | null;
  expression: string | null;
  /** Still to come when the article was written (see NewsEvent.upcoming). */
  upcoming: boolean;
  citation: Citation;
  highlights: Highlight[];
  score: number;
}

export interface SourceResult {
  articleId: string;
  /** The paragraph's text, verbatim. */
  text: string;
  citation: Citation;
  /** Every article that carries these words, earliest first: `citation` is the first of them. */
  carriedBy: Citation[];
  highlights: Highlight[];
  score: number;
}

export interface Answer<R> {
  /** The command that was asked (a name from src/answer/questions.ts). */
  command: string;
  /** The question as understood (after cleaning), for echoing back. */
  query: Record<string, string>;
  /** This page of results, best first (what-happened: in date order). */
  results: R[];
  /** How many results there are in all, across pages. */
  total: number;
  /** Set when the search stopped at the most results it ranks (AnswerLimits.maxResults): there may be more than `total`. */
  capped?: true;
  offset: number;
  /** When there is nothing (or little) to show: what to try instead. */
  suggestion: string | null;
}

// Paging fields accept an explicit undefined: they are filled from optional user input.
export interface PageRequest {
  offset?: number | undefined;
  limit?: number | undefined;
}

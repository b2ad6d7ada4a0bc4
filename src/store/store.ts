import type { ExtractedArticle } from '../core/types.ts';
import type { CleanQuery } from '../search/query.ts';
import type { Hit, SearchOptions } from '../search/text-index.ts';
import type { EventItem, PassageItem, QuoteItem, SpeakerEntry } from './items.ts';

/**
 * The one interface every store implements: what a loader writes (an article at a time, with its
 * content key) and what the answer layer reads. The core's types stay free of any database; only
 * the store's implementations import a driver.
 */

/** The searchable items of one kind (quotes, events or paragraphs). */
export interface Collection<T> {
  readonly size: number;
  /** The best matches, best first; the same corpus gives the same hits in the same order. */
  search(query: CleanQuery, options: SearchOptions<T>): Hit<T>[];
  /** Fuse.js alone over every item: the baseline the benchmark compares with. */
  searchFullScan(query: CleanQuery, limit: number): Hit<T>[];
  /** Every item, by article id then position in the article. */
  items(): Iterable<T>;
}

export interface Store {
  readonly articleCount: number;
  readonly quotes: Collection<QuoteItem>;
  readonly events: Collection<EventItem>;
  readonly passages: Collection<PassageItem>;
  article(id: string): ExtractedArticle | undefined;
  /** Every article's id with the content key it was stored under ('' when it was given none). */
  keys(): Map<string, string>;
  /** Adds an article, or replaces the one with its id: in one transaction. */
  put(entry: ExtractedArticle, key: string): void;
  remove(ids: readonly string[]): void;
  /** Known speakers, most quoted first. */
  speakers(): SpeakerEntry[];
  /** Speakers whose name matches what was typed: every typed word starts a word of the name. */
  findSpeakers(typed: string): SpeakerEntry[];
  /** Phrases of what was said that start with what was typed, most said first. */
  topics(typed: string, limit: number): string[];
  /** What these speakers said, newest article first, in each article's order. */
  quotesBy(names: ReadonlySet<string>, limit: number): QuoteItem[];
  close(): void;
}

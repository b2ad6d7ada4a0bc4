import { loadCorpus, type SkippedFile } from '../corpus/load.ts';
import { extractArticle } from '../extract/index.ts';
import { cleanQuery, isStopword, wordsOf } from '../search/query.ts';
import { TextIndex } from '../search/text-index.ts';
import { type LogSink, silentLog } from './log-sink.ts';
import type { Article, ExtractedArticle, NewsEvent, Paragraph, Quote } from './types.ts';

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

/** Two- and three-word phrases of what was said, without a stopword at either end: topic suggestions. */
function topicPhrases(text: string): string[] {
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

const speakerKey = (name: string): string => wordsOf(name).join(' ');

/**
 * The loaded corpus with what was extracted from it and the indexes that answer questions.
 * Articles can be added and removed one by one, so a changed file never means starting again.
 */
export class Knowledge {
  readonly #articles = new Map<string, ExtractedArticle>();
  readonly quotes = new TextIndex<QuoteItem>([
    { name: 'text', weight: 0.7, get: (i) => i.quote.text },
    { name: 'speaker', weight: 0.15, get: (i) => i.quote.speaker },
    { name: 'context', weight: 0.15, get: (i) => i.context },
  ]);
  readonly events = new TextIndex<EventItem>([{ name: 'text', weight: 1, get: (i) => i.event.text }]);
  readonly passages = new TextIndex<PassageItem>([{ name: 'text', weight: 1, get: (i) => i.paragraph.text }]);
  readonly #speakers = new Map<string, SpeakerEntry>();
  readonly #topicCounts = new Map<string, number>();
  #sortedTopics: string[] | null = null;
  /** Files that could not be read at the last load, with why: shown to whoever asks. */
  skipped: SkippedFile[] = [];

  static async load(paths: readonly string[], log: LogSink = silentLog): Promise<Knowledge> {
    const corpus = await loadCorpus(paths, log);
    const knowledge = new Knowledge();
    knowledge.skipped = corpus.skipped;
    knowledge.add(corpus.articles.map(extractArticle));
    if (knowledge.articleCount === 0) {
      log.warn({ paths }, 'the corpus is empty: add .txt, .md, .json or .jsonl articles to answer questions');
    }
    return knowledge;
  }

  static fromExtracted(extracted: readonly ExtractedArticle[]): Knowledge {
    const knowledge = new Knowledge();
    knowledge.add(extracted);
    return knowledge;
  }

  get articleCount(): number {
    return this.#articles.size;
  }

  get quoteCount(): number {
    return this.quotes.size;
  }

  article(id: string): ExtractedArticle | undefined {
    return this.#articles.get(id);
  }

  articles(): IterableIterator<ExtractedArticle> {
    return this.#articles.values();
  }

  /** Adds articles; one whose id is already loaded replaces the loaded one. */
  add(extracted: readonly ExtractedArticle[]): void {
    const replaced = extracted.map((e) => e.article.id).filter((id) => this.#articles.has(id));
    if (replaced.length > 0) this.remove(replaced);
    for (const entry of extracted) {
      const { article } = entry;
      this.#articles.set(article.id, entry);
      const paragraphText = (n: number): string => article.paragraphs[n - 1]?.text ?? '';
      this.quotes.add(
        entry.quotes.map((quote) => ({ article, quote, context: paragraphText(quote.paragraph) })),
      );
      this.events.add(entry.events.map((event) => ({ article, event })));
      this.passages.add(
        article.paragraphs.filter((p) => p.text.trim() !== '').map((paragraph) => ({ article, paragraph })),
      );
      this.#count(entry, +1);
    }
  }

  remove(ids: readonly string[]): void {
    const gone = new Set(ids.filter((id) => this.#articles.has(id)));
    if (gone.size === 0) return;
    for (const id of gone) {
      const entry = this.#articles.get(id);
      if (entry) this.#count(entry, -1);
      this.#articles.delete(id);
    }
    const isGone = (item: { article: Article }): boolean => gone.has(item.article.id);
    this.quotes.removeWhere(isGone);
    this.events.removeWhere(isGone);
    this.passages.removeWhere(isGone);
  }

  #count(entry: ExtractedArticle, delta: 1 | -1): void {
    for (const quote of entry.quotes) {
      if (quote.speaker) {
        const key = speakerKey(quote.speaker);
        const known = this.#speakers.get(key) ?? { name: quote.speaker, role: quote.role, quotes: 0 };
        known.quotes += delta;
        known.role ??= quote.role;
        if (known.quotes <= 0) this.#speakers.delete(key);
        else this.#speakers.set(key, known);
      }
      for (const phrase of topicPhrases(quote.text)) {
        const count = (this.#topicCounts.get(phrase) ?? 0) + delta;
        if (count <= 0) this.#topicCounts.delete(phrase);
        else this.#topicCounts.set(phrase, count);
      }
    }
    this.#sortedTopics = null;
  }

  /** Known speakers, most quoted first. */
  speakers(): SpeakerEntry[] {
    return [...this.#speakers.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  }

  /** Speakers whose name matches what was typed: every typed word starts a word of the name. */
  findSpeakers(typed: string): SpeakerEntry[] {
    const typedWords = cleanQuery(typed).words;
    if (typedWords.length === 0) return this.speakers();
    return this.speakers().filter((entry) => {
      const nameWords = wordsOf(entry.name);
      return typedWords.every((t) => nameWords.some((w) => w.startsWith(t)));
    });
  }

  /** Phrases of what was said that start with (or contain a word starting with) what was typed. */
  topics(typed: string, limit: number): string[] {
    this.#sortedTopics ??= [...this.#topicCounts.keys()].sort();
    const sorted = this.#sortedTopics;
    const prefix = wordsOf(typed).join(' ');
    const byCount = (a: string, b: string): number =>
      (this.#topicCounts.get(b) ?? 0) - (this.#topicCounts.get(a) ?? 0) || a.localeCompare(b);
    if (prefix === '') return [...sorted].sort(byCount).slice(0, limit);
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const starting: string[] = [];
    for (
      let i = low;
      i < sorted.length && (sorted[i] ?? '').startsWith(prefix) && starting.length < 500;
      i++
    ) {
      starting.push(sorted[i] ?? '');
    }
    starting.sort(byCount);
    return starting.slice(0, limit);
  }
}

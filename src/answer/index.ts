import type { EventItem, Knowledge, PassageItem, QuoteItem } from '../core/knowledge.ts';
import type {
  Answer,
  Article,
  Citation,
  DateValue,
  EventResult,
  PageRequest,
  QuoteResult,
  SourceResult,
} from '../core/types.ts';
import { highlightTerms } from '../search/highlight.ts';
import { cleanQuery, wordsOf } from '../search/query.ts';
import type { Hit } from '../search/text-index.ts';
import { publicationDate } from './format.ts';
import { groupResults } from './group.ts';
import { AnswerLimits } from './limits.ts';
import type { FieldsOf, Suggestions } from './questions.ts';
import { echo, Strings } from './strings.ts';
import { dateInRange, parseWhen } from './when.ts';

const MAX_RESULTS = AnswerLimits.maxResults;

export type WhoSaidQuestion = FieldsOf<'who-said'> & PageRequest;
export type WhatHappenedQuestion = FieldsOf<'what-happened'> & PageRequest;
export type SourceQuestion = FieldsOf<'source'> & PageRequest;

export function citationFor(article: Article, paragraph: number): Citation {
  return {
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    date: article.date,
    url: article.url,
    source: article.source,
    paragraph,
  };
}

/** A page request made sane: offset ≥ 0, 1 ≤ limit ≤ the most results ranked. */
export function pageBounds(request: PageRequest): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const limit = Math.max(1, Math.min(MAX_RESULTS, Math.floor(request.limit ?? AnswerLimits.resultsPerPage)));
  return { offset, limit };
}

function page<R>(
  command: Answer<R>['command'],
  query: Record<string, string>,
  all: R[],
  request: PageRequest,
  suggestion: string | null,
  capped = all.length >= MAX_RESULTS,
): Answer<R> {
  const { offset, limit } = pageBounds(request);
  return {
    command,
    query,
    results: all.slice(offset, offset + limit),
    total: all.length,
    ...(capped ? { capped: true as const } : {}),
    offset,
    suggestion,
  };
}

function topicSuggestion(k: Knowledge, typed: string): string {
  const words = wordsOf(typed);
  const nearby = words.length > 0 ? k.topics(words[0] ?? '', 3) : [];
  const topics = nearby.length > 0 ? nearby : k.topics('', 3);
  return topics.length > 0 ? `${Strings.tryFewerWords} ${Strings.tryTopics(topics)}` : Strings.tryFewerWords;
}

function toQuoteResult(hit: Hit<QuoteItem>): QuoteResult {
  const { article, quote } = hit.item;
  const citation = citationFor(article, quote.paragraph);
  return {
    articleId: article.id,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    role: quote.role,
    date: publicationDate(article.date),
    citation,
    carriedBy: [citation],
    highlights: hit.highlights,
    score: hit.score,
  };
}

/** who-said: the quotes that match a topic, a speaker, or both; best first. */
export function whoSaid(k: Knowledge, question: WhoSaidQuestion): Answer<QuoteResult> {
  const topic = question.topic?.trim() ?? '';
  const speaker = question.speaker?.trim() ?? '';
  const query: Record<string, string> = {};
  if (topic) query.topic = echo(topic, 200);
  if (speaker) query.speaker = echo(speaker, 100);
  if (k.articleCount === 0) return page('who-said', query, [], question, Strings.emptyCorpus);
  const topicQuery = cleanQuery(topic);
  const speakerQuery = cleanQuery(speaker);
  if (topicQuery.terms.length === 0 && speakerQuery.terms.length === 0) {
    return page('who-said', query, [], question, Strings.askForTopicOrSpeaker);
  }

  let filter: ((item: QuoteItem) => boolean) | undefined;
  if (speakerQuery.terms.length > 0) {
    const matching = new Set(k.findSpeakers(speaker).map((s) => s.name));
    if (matching.size === 0) {
      const known = k
        .speakers()
        .slice(0, 5)
        .map((s) => s.name);
      return page('who-said', query, [], question, Strings.unknownSpeaker(echo(speaker), known));
    }
    filter = (item) => item.quote.speaker !== null && matching.has(item.quote.speaker);
  }

  let hits: Hit<QuoteItem>[];
  if (topicQuery.terms.length > 0) {
    hits = k.quotes.search(topicQuery, { limit: MAX_RESULTS, ...(filter ? { filter } : {}) });
  } else {
    // A speaker alone: everything they said, newest article first, in the article's order.
    const theirs = k.quotesBy(new Set(k.findSpeakers(speaker).map((s) => s.name)), MAX_RESULTS);
    hits = theirs.map((item) => ({ item, score: 0, highlights: [] }));
  }
  // One quote carried by many articles is one result, from the same speaker.
  const results = groupResults(hits.map(toQuoteResult), (a, b) => a.speaker === b.speaker);
  const suggestion =
    results.length > 0
      ? null
      : `${Strings.noQuotes(echo(topic) || undefined, echo(speaker) || undefined)} ${topicSuggestion(k, topic)}`;
  return page('who-said', query, results, question, suggestion);
}

/** Chronological order: dated events by date, then those whose year is not stated, then undated ones. */
function chronological(a: EventResult, b: EventResult): number {
  const rank = (d: DateValue | null): number => (d === null ? 2 : d.yearKnown ? 0 : 1);
  return (
    rank(a.date) - rank(b.date) ||
    (a.date?.iso ?? '').localeCompare(b.date?.iso ?? '') ||
    (a.citation.date ?? '').localeCompare(b.citation.date ?? '') ||
    a.score - b.score
  );
}

/** what-happened: events matching a topic (and a period, if given), in date order. */
export function whatHappened(k: Knowledge, question: WhatHappenedQuestion, now: Date): Answer<EventResult> {
  const topic = question.topic?.trim() ?? '';
  const when = question.when?.trim() ?? '';
  const query: Record<string, string> = { topic: echo(topic, 200) };
  if (when) query.when = echo(when, 100);
  if (k.articleCount === 0) return page('what-happened', query, [], question, Strings.emptyCorpus);
  const topicQuery = cleanQuery(topic);
  if (topicQuery.terms.length === 0) return page('what-happened', query, [], question, Strings.askForTopic);

  let filter: ((item: EventItem) => boolean) | undefined;
  if (when) {
    // "November" means any November of the archive; only words that need today ("last week") get it.
    const range =
      when.length > AnswerLimits.whenChars ? null : (parseWhen(when, null) ?? parseWhen(when, now));
    if (!range) return page('what-happened', query, [], question, Strings.unknownWhen(echo(when)));
    // "2022" does not match "Sep, year not stated": a period that names its years needs an event that does.
    const namesYear = range.start.yearKnown && range.end.yearKnown;
    filter = (item) =>
      item.event.date !== null &&
      (item.event.date.yearKnown || !namesYear) &&
      dateInRange(item.event.date, range);
  }
  const hits = k.events.search(topicQuery, { limit: MAX_RESULTS, ...(filter ? { filter } : {}) });
  const results: EventResult[] = hits.map((hit) => ({
    articleId: hit.item.article.id,
    text: hit.item.event.text,
    date: hit.item.event.date,
    expression: hit.item.event.expression,
    upcoming: hit.item.event.upcoming,
    citation: citationFor(hit.item.article, hit.item.event.paragraph),
    highlights: hit.highlights,
    score: hit.score,
  }));
  // One sentence can carry several dates; a timeline shows it once, at its first date.
  const seen = new Set<string>();
  const timeline = results.sort(chronological).filter((r) => {
    const key = `${r.articleId}\u0000${r.citation.paragraph}\u0000${r.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const suggestion =
    timeline.length > 0
      ? null
      : `${Strings.noEvents(echo(topic), when ? echo(when) : undefined)} ${when ? Strings.widenWhen : topicSuggestion(k, topic)}`;
  // The search stopped at its cap before one sentence's several dates were merged: still capped.
  return page('what-happened', query, timeline, question, suggestion, hits.length >= MAX_RESULTS);
}

/** source: the paragraphs a quote, claim or phrase comes from, best match first, matching words marked. */
export function findSource(k: Knowledge, question: SourceQuestion): Answer<SourceResult> {
  const text = question.text?.trim() ?? '';
  const query = { text: echo(text, 200) };
  if (k.articleCount === 0) return page('source', query, [], question, Strings.emptyCorpus);
  const textQuery = cleanQuery(text);
  if (textQuery.terms.length === 0) return page('source', query, [], question, Strings.askForText);
  const hits = k.passages.search(textQuery, { limit: MAX_RESULTS });
  const paragraphs = hits.map((hit: Hit<PassageItem>): SourceResult => {
    const citation = citationFor(hit.item.article, hit.item.paragraph.number);
    return {
      articleId: hit.item.article.id,
      text: hit.item.paragraph.text,
      citation,
      carriedBy: [citation],
      highlights:
        hit.highlights.length > 0 ? hit.highlights : highlightTerms(hit.item.paragraph.text, textQuery.terms),
      score: hit.score,
    };
  });
  // The same paragraph carried by many articles (a wire story) is one result.
  const results = groupResults(paragraphs);
  const suggestion = results.length > 0 ? null : `${Strings.noSource(echo(text))} ${Strings.trySourceWords}`;
  return page('source', query, results, question, suggestion);
}

/** Speaker names for autocomplete: those matching what was typed, most quoted first. */
export function listSpeakers(k: Knowledge, typed: string, limit: number): string[] {
  return k
    .findSpeakers(typed)
    .slice(0, limit)
    .map((s) => s.name);
}

/** Topic phrases for autocomplete, from what was said in the corpus. */
export function suggestTopics(k: Knowledge, typed: string, limit: number): string[] {
  return k.topics(typed, limit);
}

/** Autocomplete suggestions of one kind for what was typed. */
export function suggest(k: Knowledge, kind: Suggestions, typed: string, limit: number): string[] {
  switch (kind) {
    case 'topics':
      return suggestTopics(k, typed, limit);
    case 'speakers':
      return listSpeakers(k, typed, limit);
    case 'outlets':
      return [];
  }
}

/**
 * Events: the sentences of an article that report something happening, with their dates.
 *
 * `extractEvents(article)` returns, in article order:
 * - one event per date expression of a sentence ("on November 14", "last week", "in 2014"), each with
 *   its own resolved date and the expression that gave it, so a sentence naming two dates is found
 *   under either;
 * - one undated event (date and expression null) per sentence that reports a past happening without
 *   saying when — the lede "Iran held talks with …" is what a user asking /what-happened wants most,
 *   and the answer can still show the article's publication date beside it. A past happening: a
 *   past-tense verb other than a verb of saying, in a sentence of six words or more that is not a
 *   question, does not hold a quotation of five words or more and does not sit inside one (those
 *   are someone speaking, which /who-said answers), and is not newsroom boilerplate.
 * Related-article lines ("Read more: …", `paragraph.isRelatedLink`) give no events at all; a
 * quotation that names a date still gives a dated event, since that is the date of something.
 * Weekdays and other relative words in an article without a publication date give events whose
 * date is null but whose expression is kept ("on Monday").
 */

import { dateBounds, referenceDay } from '../core/calendar.ts';
import type { Article, DateValue, NewsEvent } from '../core/types.ts';
import { type DateMention, findDateMentions, mayMentionDate, tenseAround } from './dates/index.ts';

interface SentenceSite {
  paragraph: number;
  text: string;
  mentions: DateMention[];
  /** The sentence sits inside a quotation that opened in an earlier sentence of the paragraph. */
  quoted: boolean;
}

/** Offsets dated from other events of the article ("a month before the call", "the next day"). */
const OFFSET_WORDS =
  /\b(?:day|week|month|year)s?\s+(?:before|after|earlier|later)\b|\bthe\s+(?:next|following|previous|prior|preceding)\s+(?:day|week|month|year)\b|\b(?:earlier|later)\s+that\s+day\b|\bby\s+then\b/i;
/** Prepositions that end a head noun phrase ("the call with …" → "call"). */
const TRAILING_PREPOSITION = /^(?:with|of|in|on|at|to|from|by|for|between|against|over)$/i;
const DAY_MS = 86_400_000;

/** Irregular and regular past-tense verbs: a sentence with none is not a report of something done. */
const PAST_VERB =
  /\b(?:was|were|had|did|made|met|took|gave|went|came|won|lost|began|left|held|got|saw|sent|wrote|spoke|brought|found|became|ran|led|fell|rose|paid|sought|struck|broke|shot|killed|arrested|announced|\w{3,}ed)\b/i;
const FORWARD_OR_ADJECTIVE_ED =
  /\b(?:scheduled|slated|expected|planned|proposed|intended|based|called|so-called)\b/gi;
const OPENS_WITH_QUOTE = /^["“‘'«]/;
/** A quotation of five words or more: the sentence is someone speaking, which /who-said answers. */
const HOLDS_QUOTATION = /["“][^"”]*(?:\s+[^\s"”]+){4}[^"”]*["”]/;
/** Verbs of saying: "X said the plan is good" reports words, not a happening. */
const SPEECH_VERBS =
  /\b(?:said|told|added|noted|stated|argued|claimed|explained|insisted|asked|wrote|tweeted|suggested|believed|thought|warned|acknowledged|contended|asserted|stressed|emphasized|emphasised|replied|responded|recalled|predicted|complained|continued|concluded|mentioned|declared|remarked|observed|pointed|agreed|disagreed|worried|wondered|opined)\b/gi;

const COPYRIGHT = /©|\bcopyright\b/i;
/** Credits and notices that close news articles. */
const BOILERPLATE =
  /\b(?:contributed (?:to this report|reporting)|all rights reserved|this (?:story|article) (?:has been|was) (?:updated|corrected))\b/i;

/**
 * What the sentence states is still to come ("the plant will close", "the board is set to vote"): with
 * no date to list it under as upcoming, it is not an event at all.
 */
const STATES_FUTURE =
  /\b(?:will|won['’]t|shall|(?:is|are) (?:going|set|scheduled|slated|expected|due|poised) to|plans? to|intends? to)\b|['’]ll\b/i;

function reportsHappening(sentence: string): boolean {
  if (OPENS_WITH_QUOTE.test(sentence) || /\?["”’']?$/.test(sentence)) return false;
  if (STATES_FUTURE.test(sentence)) return false;
  if (BOILERPLATE.test(sentence)) return false;
  if (HOLDS_QUOTATION.test(sentence)) return false;
  if (sentence.split(/\s+/).length < 6) return false;
  return PAST_VERB.test(sentence.replace(FORWARD_OR_ADJECTIVE_ED, '').replace(SPEECH_VERBS, ''));
}

/** Whether a quotation is open at `offset` of a paragraph (more opening than closing marks before it). */
function insideQuotation(paragraph: string, offset: number): boolean {
  const before = paragraph.slice(0, offset);
  const curlyOpen = before.split('“').length - 1;
  const curlyClose = before.split('”').length - 1;
  if (curlyOpen > curlyClose) return true;
  return (before.split('"').length - 1) % 2 === 1;
}

/**
 * The day the article speaks from: its publication date, moved forward when the article itself quotes
 * a fuller date up to three days later (an embedded post dated the next day shows it was updated).
 */
function speakingDay(published: Date | null, sites: SentenceSite[]): Date | null {
  if (!published) return null;
  let latest = published;
  for (const site of sites) {
    for (const mention of site.mentions) {
      const date = mention.date;
      if (date?.precision !== 'day' || !/\b\d{4}\b/.test(mention.expression)) continue;
      // A vote "scheduled for March 5, 2019" says nothing about when the article was written.
      const end = mention.index + mention.expression.length;
      if (tenseAround(site.text, mention.index, end) === 'future') continue;
      const day = referenceDay(date.iso);
      if (!day) continue;
      const ahead = day.getTime() - published.getTime();
      if (ahead > 0 && ahead <= 3 * DAY_MS && day.getTime() > latest.getTime()) latest = day;
    }
  }
  return latest;
}

/** The head word of the phrase after an offset ("call with" → "call", "Chinese delegation" → "delegation"). */
function headWord(words: string): string | null {
  const parts = words.split(/\s+/).filter(Boolean);
  const [first, second] = parts;
  if (!first) return null;
  const head = second && !TRAILING_PREPOSITION.test(second) ? second : first;
  return head.length >= 3 ? head.toLowerCase() : null;
}

export function extractEvents(article: Article): NewsEvent[] {
  const published = referenceDay(article.date);
  const sites: SentenceSite[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.isRelatedLink) continue;
    for (const sentence of paragraph.sentences) {
      // "Copyright © 2019 The Washington Times": a notice, not something that happened in 2019.
      if (COPYRIGHT.test(sentence.text)) continue;
      sites.push({
        paragraph: paragraph.number,
        text: sentence.text,
        mentions: [],
        quoted: insideQuotation(paragraph.text, sentence.start),
      });
    }
  }
  const dateable = sites.filter((site) => mayMentionDate(site.text));
  for (const site of dateable) site.mentions = findDateMentions(site.text, { reference: published });

  const reference = speakingDay(published, dateable);
  const moved = reference !== null && published !== null && reference.getTime() !== published.getTime();

  // Offsets ("a month before the call") are dated from the event they name when the article dates it.
  const anchorFor = (self: SentenceSite) => (words: string) => {
    const head = headWord(words);
    if (!head) return null;
    const pattern = new RegExp(`\\b${head.replace(/[^\w-]/g, '')}\\b`, 'i');
    for (const site of dateable) {
      if (site === self) continue;
      const at = site.text.search(pattern);
      if (at < 0) continue;
      // The date nearest the named event in that sentence ("the leaders' call on July 25").
      let best: DateMention | null = null;
      for (const m of site.mentions) {
        if (!m.date?.yearKnown || m.date.precision !== 'day') continue;
        if (!best || Math.abs(m.index - at) < Math.abs(best.index - at)) best = m;
      }
      if (best?.date) return best.date;
    }
    return null;
  };
  let previous: DateValue | null = null;
  for (const site of dateable) {
    if (moved || OFFSET_WORDS.test(site.text)) {
      site.mentions = findDateMentions(site.text, { reference, anchorFor: anchorFor(site), previous });
    }
    const lastDay = site.mentions.filter((m) => m.date?.precision === 'day').at(-1)?.date;
    if (lastDay) previous = lastDay;
  }

  const events: NewsEvent[] = [];
  for (const site of sites) {
    const text = withoutStrayMarks(site.text);
    // A sentence with a date is listed at that date: words it also holds that place nothing ("the
    // next week" with nothing to count from) would list it a second time, undated.
    const dated = site.mentions.filter((m) => m.date !== null);
    const mentions = dated.length > 0 ? dated : site.mentions;
    if (mentions.length > 0) {
      for (const mention of mentions) {
        const end = mention.index + mention.expression.length;
        events.push({
          text,
          paragraph: site.paragraph,
          date: mention.date,
          expression: mention.expression,
          rule: mention.rule,
          upcoming:
            tenseAround(site.text, mention.index, end) === 'future' || startsAfter(mention.date, reference),
        });
      }
    } else if (!site.quoted && reportsHappening(site.text)) {
      events.push({
        text,
        paragraph: site.paragraph,
        date: null,
        expression: null,
        rule: null,
        upcoming: false,
      });
    }
  }
  return listedOnce(events);
}

/** The first day of a value is after the day the article speaks from. */
function startsAfter(date: DateValue | null, reference: Date | null): boolean {
  if (!date?.yearKnown || !reference) return false;
  const first = referenceDay(dateBounds(date).first);
  return first !== null && first.getTime() > reference.getTime();
}

/**
 * One sentence, one listing per date: a sentence repeated in the article (a summary box, a
 * correction) is not listed again at the same date, nor undated when it is listed dated.
 */
function listedOnce(events: NewsEvent[]): NewsEvent[] {
  const datedTexts = new Set(events.filter((e) => e.date !== null).map((e) => e.text));
  const seen = new Set<string>();
  return events.filter((e) => {
    if (e.date === null && datedTexts.has(e.text)) return false;
    const key = `${e.date?.iso ?? ''}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The sentence without a quotation mark at either edge whose partner lies in another sentence: the
 * opening mark of the next quotation left at the end ("… she said. “"), or the closing mark of a
 * quotation opened a sentence before ("… by the spring of 2026.”"). The text stays a verbatim
 * substring of the article.
 */
export function withoutStrayMarks(sentence: string): string {
  let text = sentence;
  const count = (mark: string) => text.split(mark).length - 1;
  const straightOdd = () => count('"') % 2 === 1;
  for (;;) {
    const before = text;
    if (/“$/.test(text) || (/”$/.test(text) && count('”') > count('“')) || (/"$/.test(text) && straightOdd()))
      text = text.slice(0, -1).trimEnd();
    if (/^”/.test(text) || (/^“/.test(text) && count('“') > count('”')) || (/^"/.test(text) && straightOdd()))
      text = text.slice(1).trimStart();
    if (text === before) break;
  }
  return text.length > 0 ? text : sentence;
}

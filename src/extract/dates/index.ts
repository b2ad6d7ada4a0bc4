/**
 * Date expressions in news sentences, resolved against the article's publication date.
 *
 * Exports:
 * - `mayMentionDate(sentence)`: a cheap prefilter; false means the sentence certainly has no date
 *   expression worth parsing (chrono is only run when it is true).
 * - `findDateMentions(sentence, context)`: every date expression of a sentence, each with its own
 *   resolved `DateValue` (or null when the words place nothing in time we can name) and the name of
 *   the rule that dated it.
 *
 * The rules are chrono-node parsers and refiners, declared in order in configuration.ts.
 * Conventions (those of news reports): a bare weekday is the latest one on or before the reference
 * unless the sentence makes it upcoming ("will vote Tuesday"); a month with or without a day but no
 * year is the nearest one that fits the tense (the tense is read from the nearest auxiliary or verb in
 * the expression's clause); week precision is the Monday of that week, and on a weekend "last week"
 * is the working week just ended; seasons resolve to their year; "a week after X" is dated from X when
 * the article dates X (the caller supplies `anchorFor`), else from the sentence's own date, else X is
 * taken to be a week before the reference. Without a reference date no year is ever invented:
 * "November 14" is `--11-14` with `yearKnown: false`, and words that only make sense relative to a
 * date ("on Monday", "last year") resolve to null. Durations ("over the past year", "for three
 * years"), vague counts ("a few weeks ago"), decades ("the 1970s"), "now" and names ("USA Today",
 * "This Week", "May's leadership") are not mentions.
 */
import type { DateValue } from '../../core/types.ts';
import { MONTH_ALTERNATION } from '../lexicon/months.ts';
import { createDateParser } from './configuration.ts';
import { type DateRuleOption, dateOf, type MentionContext, ruleOf } from './rule.ts';

export type { MentionContext } from './rule.ts';
export { type Tense, tenseAround } from './tense.ts';

/** Month names are only dates when capitalised ("May", not "may"); checked case-sensitively. */
const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_ALTERNATION})\b`);
// "day" alone is too common to send every sentence holding it to chrono: only offsets ("two days
// later", "in three days") let it through.
const OTHER_DATE_WORD =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|last night|yesterday|tomorrow|(?:week|weekend|month|year)s?|(?:\w+|\d+) days? (?:before|after|later|earlier)|(?:next|following|previous|prior|preceding) day|(?:in|within) (?:\w+ )?(?:\w+|\d+) days|ago|spring|summer|fall|autumn|winter|(?:1[89]|20)\d\d|\d{1,2}(?::\d\d)? ?[ap]\.?m|earlier in the day|later that day|by then|(?:\w+|\d+) days? away|(?:campaign|election|legislative|school|academic|fiscal|budget) (?:season|cycle))\b/i;

/** False when the sentence certainly holds no date expression: chrono need not run on it. */
export function mayMentionDate(sentence: string): boolean {
  return MONTH_WORD.test(sentence) || OTHER_DATE_WORD.test(sentence);
}

export interface DateMention {
  /** The words as written ("on November 14", "last week", "2016"). */
  expression: string;
  /** Offset of the expression in the sentence. */
  index: number;
  /** Resolved date, or null when the words name no date we can compute (a weekday with no reference). */
  date: DateValue | null;
  /** The rule that dated it (a parser or resolver name of configuration.ts). */
  rule: string;
}

const parser = createDateParser();

/**
 * chrono keeps a trailing comma or period ("September,"), an opening bracket or quotation mark, and
 * sometimes a leading "on" or "at" ("on Monday" but "July 25"): the expression is the words alone.
 */
const cleanExpression = (text: string): string =>
  text
    .replace(/[\s,;:]+$/, '')
    .replace(/(?<![ap]\.m)\.$/, '')
    .replace(/^[([{"“‘']+/, '')
    .replace(/^(?:on|at)\s+/i, '');

/**
 * Every date expression in a sentence, in order, each with its resolved date. Expressions we recognise
 * but cannot place (a weekday with no reference date) come back with `date: null`; a range ("March
 * 26-31") gives two mentions of the same words, its first and its last day.
 */
export function findDateMentions(sentence: string, context: MentionContext): DateMention[] {
  if (!mayMentionDate(sentence)) return [];
  // chrono needs some reference; without one, year-dependent answers are left unplaced by the rules.
  const instant = context.reference ?? new Date(Date.UTC(2000, 0, 1));
  const option: DateRuleOption = { newsdesk: context };
  const mentions: DateMention[] = [];
  for (const result of parser.parse(sentence, { instant, timezone: 0 }, option)) {
    const expression = cleanExpression(result.text);
    const rule = ruleOf(result) ?? 'unknown';
    mentions.push({ expression, index: result.index, date: dateOf(result.start), rule });
    if (result.end) mentions.push({ expression, index: result.index, date: dateOf(result.end), rule });
  }
  return mentions;
}

/**
 * What the date rules share: the article's context passed through chrono's parsing option, the
 * resolved date a rule writes into chrono's components, and the tags that name the rule.
 *
 * A resolved date is stored the way chrono stores dates — as *certain* components: year, month and
 * day for a day; year and month for a month; year alone for a year; month (and day) alone for a date
 * whose year the article does not give and that has no reference to lean on. Week precision and "a
 * date we recognise but cannot place" are tags. Every result a rule makes or resolves carries the tag
 * `newsdesk/rule/NAME`.
 */
import type * as chrono from 'chrono-node';
import { pad } from '../../core/calendar.ts';
import type { DateValue } from '../../core/types.ts';
import { type Tense, tenseAround } from './tense.ts';

export interface MentionContext {
  /** The day the article speaks from (publication date, possibly moved by an update); null if unknown. */
  reference: Date | null;
  /**
   * The date of an earlier event the article names by these words ("the call", "the vote"), for
   * offsets such as "a month before the call"; null when the article does not date it.
   */
  anchorFor?: (words: string) => DateValue | null;
  /** The date of the latest dated event before this sentence, for "two days later". */
  previous?: DateValue | null;
}

/** chrono's parsing option, carrying the article's context to our parsers and refiners. */
export interface DateRuleOption extends chrono.ParsingOption {
  newsdesk: MentionContext;
}

export const mentionContext = (context: chrono.ParsingContext): MentionContext =>
  (context.option as Partial<DateRuleOption>).newsdesk ?? { reference: null };

const RULE_TAG = 'newsdesk/rule/';
const WEEK_TAG = 'newsdesk/week';
const UNPLACED_TAG = 'newsdesk/unplaced';
/** Made by one of our parsers (not one of chrono's): chrono's stock refiners leave it alone. */
const OWN_TAG = 'newsdesk/own';
/** Made by a parser whose results count only where nothing else dates the words. */
const FALLBACK_TAG = 'newsdesk/fallback';
const UNANCHORED_TAG = 'newsdesk/unanchored/';

/** chrono components holding a resolved date (see the module comment); null: recognised, not placed. */
export function valueComponents(
  context: chrono.ParsingContext,
  value: DateValue | null,
  rule: string,
): chrono.ParsingComponents {
  const components = context.createParsingComponents();
  components.addTag(`${RULE_TAG}${rule}`);
  if (!value) return components.addTag(UNPLACED_TAG);
  if (value.precision === 'week') components.addTag(WEEK_TAG);
  const parts = value.iso.replace(/^--/, '').split('-').map(Number);
  const [y, m, d] = value.yearKnown ? parts : [undefined, ...parts];
  if (y !== undefined) components.assign('year', y);
  if (m !== undefined) components.assign('month', m);
  if (d !== undefined) components.assign('day', d);
  return components;
}

/** The date a rule resolved into these components, or null when it could not place it. */
export function dateOf(components: chrono.ParsedComponents): DateValue | null {
  const tags = components.tags();
  if (tags.has(UNPLACED_TAG)) return null;
  const certain = (c: chrono.Component) => (components.isCertain(c) ? components.get(c) : null);
  const year = certain('year');
  const month = certain('month');
  const day = certain('day');
  if (year === null) {
    if (month === null) return null;
    return day === null
      ? { iso: `--${pad(month)}`, precision: 'month', yearKnown: false }
      : { iso: `--${pad(month)}-${pad(day)}`, precision: 'day', yearKnown: false };
  }
  if (month === null) return { iso: pad(year, 4), precision: 'year', yearKnown: true };
  if (day === null) return { iso: `${pad(year, 4)}-${pad(month)}`, precision: 'month', yearKnown: true };
  return {
    iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    precision: tags.has(WEEK_TAG) ? 'week' : 'day',
    yearKnown: true,
  };
}

/** The name of the rule that made or resolved a result; null while no rule has. */
export function ruleOf(result: chrono.ParsedResult): string | null {
  for (const tag of result.start.tags()) if (tag.startsWith(RULE_TAG)) return tag.slice(RULE_TAG.length);
  return null;
}

export const isOwn = (result: chrono.ParsedResult): boolean => result.start.tags().has(OWN_TAG);
export const isFallback = (result: chrono.ParsedResult): boolean => result.start.tags().has(FALLBACK_TAG);

/** An offset from an event the article does not date ("a week after the vote"), to count from another date. */
export interface UnanchoredOffset {
  count: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

export function unanchoredOffsetOf(result: chrono.ParsedResult): UnanchoredOffset | null {
  for (const tag of result.start.tags()) {
    if (!tag.startsWith(UNANCHORED_TAG)) continue;
    const [count, unit] = tag.slice(UNANCHORED_TAG.length).split('/');
    return { count: Number(count), unit: unit as UnanchoredOffset['unit'] };
  }
  return null;
}

/** A result of one of our parsers, its date resolved. */
export function ownResult(
  context: chrono.ParsingContext,
  rule: string,
  index: number,
  text: string,
  value: DateValue | null,
  options: { fallback?: boolean; unanchored?: UnanchoredOffset } = {},
): chrono.ParsingResult {
  const result = context.createParsingResult(index, text);
  result.start = valueComponents(context, value, rule).addTag(OWN_TAG);
  if (options.fallback) result.start.addTag(FALLBACK_TAG);
  if (options.unanchored)
    result.start.addTag(`${UNANCHORED_TAG}${options.unanchored.count}/${options.unanchored.unit}`);
  return result;
}

/** Rewrites a result's date, keeping its rule and other tags. */
export function redate(
  context: chrono.ParsingContext,
  result: chrono.ParsingResult,
  value: DateValue | null,
): void {
  const rule = ruleOf(result) ?? 'unknown';
  const tags = [...result.start.tags()].filter(
    (t) => !t.startsWith(RULE_TAG) && t !== WEEK_TAG && t !== UNPLACED_TAG,
  );
  result.start = valueComponents(context, value, rule).addTags(tags);
}

/** What the refiners over chrono's own results read: the words, lower-cased, and their tense. */
export interface Shape {
  result: chrono.ParsingResult;
  /** The sentence. */
  sentence: string;
  text: string;
  /** Lower case, without trailing punctuation or a possessive "'s". */
  lower: string;
  reference: Date | null;
  context: MentionContext;
  /** The tense of the clause around the words (computed on first use). */
  tense: () => Tense;
}

export function shapeOf(context: chrono.ParsingContext, result: chrono.ParsingResult): Shape {
  const text = result.text;
  let tense: Tense | null = null;
  const mctx = mentionContext(context);
  return {
    result,
    sentence: context.text,
    text,
    lower: text
      .toLowerCase()
      .replace(/[\s,;:]+$/, '')
      .replace(/[’']s$/, ''),
    reference: mctx.reference,
    context: mctx,
    tense: () => {
      tense ??= tenseAround(context.text, result.index, result.index + text.length);
      return tense;
    },
  };
}

/** The unit's name for chrono's tags and the rule lists: `filter/NAME` drops, `resolve/NAME` dates. */
export interface NamedRefiner extends chrono.Refiner {
  readonly name: string;
}

/**
 * A refiner that drops chrono's own results (not ours) that are not dates by one test: "USA TODAY",
 * "may" the verb, "30 minutes later".
 */
export function chronoFilter(name: string, isNotADate: (shape: Shape) => boolean): NamedRefiner {
  return {
    name,
    refine: (context, results) =>
      results.filter((r) => isOwn(r) || ruleOf(r) !== null || !isNotADate(shapeOf(context, r))),
  };
}

/** start and end of a range (end null for a single date); undefined for a component that is no date. */
export interface Resolution {
  start: DateValue | null | undefined;
  end?: DateValue | null | undefined;
}

/**
 * A refiner that dates chrono's own results of one shape ("last week", "yesterday"): `resolve` returns
 * the dates, "drop" when the words are no date after all, or null to leave the result to the next
 * resolver. Results it dates carry its name.
 */
export function chronoResolver(
  name: string,
  resolve: (shape: Shape) => Resolution | 'drop' | null,
): NamedRefiner {
  return {
    name,
    refine: (context, results) => {
      const kept: chrono.ParsingResult[] = [];
      for (const result of results) {
        if (isOwn(result) || ruleOf(result) !== null) {
          kept.push(result);
          continue;
        }
        const resolution = resolve(shapeOf(context, result));
        if (resolution === null) kept.push(result);
        else if (resolution !== 'drop') {
          const { start, end } = resolution;
          const first = start === undefined ? end : start;
          if (first === undefined) continue;
          result.start = valueComponents(context, first, name);
          if (start !== undefined && end !== undefined) result.end = valueComponents(context, end, name);
          else delete result.end;
          kept.push(result);
        }
      }
      return kept;
    },
  };
}

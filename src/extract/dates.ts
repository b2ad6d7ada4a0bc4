/**
 * Date expressions in news sentences, resolved against the article's publication date.
 *
 * Exports:
 * - `mayMentionDate(sentence)`: a cheap prefilter; false means the sentence certainly has no date
 *   expression worth parsing (chrono is only run when it is true).
 * - `findDateMentions(sentence, context)`: every date expression of a sentence, each with its own
 *   resolved `DateValue` (or null when the words place nothing in time we can name).
 * - `parseWhen(words, reference)`: a user's "when" words ("November", "last week", "2022-11-14",
 *   "between March and May 2020") as an inclusive range of two DateValues.
 * - `dateBounds(value)` / `dateInRange(value, range)`: comparing DateValues of any precision.
 *
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
import * as chrono from 'chrono-node';
import type { DatePrecision, DateValue } from '../core/types.ts';

// ─── Calendar arithmetic (UTC, whole days) ────────────────────────────────────────────────────────

const DAY_MS = 86_400_000;

/** A day as a UTC-midnight Date. */
const utcDay = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoDay = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
/** Monday = 0 … Sunday = 6. */
const weekdayIndex = (date: Date): number => (date.getUTCDay() + 6) % 7;
const mondayOf = (date: Date): Date => addDays(date, -weekdayIndex(date));

export const dayValue = (date: Date): DateValue => ({ iso: isoDay(date), precision: 'day', yearKnown: true });
export const weekValue = (date: Date): DateValue => ({
  iso: isoDay(mondayOf(date)),
  precision: 'week',
  yearKnown: true,
});
export const monthValue = (year: number, month: number): DateValue => {
  // Normalise month overflow (month 0 = December of the year before, 13 = January after).
  const normalised = new Date(Date.UTC(year, month - 1, 1));
  return {
    iso: `${pad(normalised.getUTCFullYear(), 4)}-${pad(normalised.getUTCMonth() + 1)}`,
    precision: 'month',
    yearKnown: true,
  };
};
export const yearValue = (year: number): DateValue => ({
  iso: pad(year, 4),
  precision: 'year',
  yearKnown: true,
});
const yearlessDay = (month: number, day: number): DateValue => ({
  iso: `--${pad(month)}-${pad(day)}`,
  precision: 'day',
  yearKnown: false,
});
const yearlessMonth = (month: number): DateValue => ({
  iso: `--${pad(month)}`,
  precision: 'month',
  yearKnown: false,
});

/** Parses YYYY-MM-DD into a UTC day; null for anything else. */
export function referenceDay(date: string | null | undefined): Date | null {
  if (!date) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
  return Number.isNaN(day.getTime()) ? null : day;
}

/** A Date (any time of day) as the UTC midnight of its own UTC calendar day. */
const truncateToDay = (date: Date): Date =>
  utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

// ─── Tense ────────────────────────────────────────────────────────────────────────────────────────

export type Tense = 'past' | 'future' | 'neutral';

/** Words that make what follows upcoming ("will vote Tuesday", "is scheduled for", "a deadline"). */
/** ("plans to" is left out: in news it is mostly the noun, "unveiled plans to impose tariffs Tuesday".) */
const FUTURE_MARKER =
  /(?:\b(?:will|won['’]t|wo n['’]t|shall|going to|gonna|set to|scheduled|slated|expected to|expects? to|planning to|planned for|upcoming|(?:is|are) due|poised to|would|intends? to|ahead of|deadline|next|later this|takes? effect)\b|['’]ll\b)/gi;
/** Past-tense verbs that are nothing else: auxiliaries and common irregular verbs. */
const PAST_MARKER =
  /\b(?:was|were|had|did|since|made|met|took|gave|went|came|won|lost|began|left|held|got|saw|sent|wrote|spoke|brought|found|became|ran|led|fell|rose|paid|sought|thought|knew|kept|chose|struck|stood|broke|killed)\b/gi;
/** Present tense: what it governs is current, neither reported past nor upcoming ("is going ahead
 * with actions by June 30"). */
const PRESENT_MARKER = /\b(?:is|are|am|has|have)\b/gi;
/**
 * Regular "-ed" forms are past tense but also adjectives ("classified document"), and verbs of saying
 * often govern only the attribution ("said it is going ahead … by June 30"): they count only when the
 * clause has no stronger marker.
 */
const WEAK_PAST_MARKER = /\b(?:said|told|\w{3,}ed)\b/gi;
/** A participle after these is passive or perfect, not past: "will be held", "to be named". */
const PARTICIPLE_AFTER_FUTURE = /\b(?:will|would|shall|to|['’]ll)\s+(?:be|have(?:\s+been)?)\s+$/i;
const PARTICIPLE_AFTER_BE = /\b(?:be|been|being)\s+$/i;
const AUXILIARY = /^(?:will|won['’]t|wo n['’]t|shall|['’]ll|would|said|says|told|was|were|had|did)$/i;
/** "-ed" words that look past but point forward. */
const FORWARD_PARTICIPLE = /^(?:scheduled|slated|expected|planned|anticipated|proposed|intended)$/i;

interface MarkerHit {
  tense: Tense;
  distance: number;
}

function nearestMarker(text: string, fromEnd: boolean, auxiliariesOnly = false): MarkerHit | null {
  let best: MarkerHit | null = null;
  const consider = (regex: RegExp, markerTense: Tense) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      let tense = markerTense;
      if (tense === 'past') {
        if (FORWARD_PARTICIPLE.test(m[0])) continue;
        const before = text.slice(Math.max(0, m.index - 20), m.index);
        if (PARTICIPLE_AFTER_FUTURE.test(before)) tense = 'future';
        else if (PARTICIPLE_AFTER_BE.test(before)) continue;
      }
      if (auxiliariesOnly && !AUXILIARY.test(m[0])) continue;
      const distance = fromEnd ? text.length - (m.index + m[0].length) : m.index;
      if (!best || distance < best.distance) best = { tense, distance };
    }
  };
  consider(FUTURE_MARKER, 'future');
  consider(PAST_MARKER, 'past');
  if (!auxiliariesOnly) consider(PRESENT_MARKER, 'neutral');
  if (!best) consider(WEAK_PAST_MARKER, 'past');
  return best;
}

/**
 * The tense governing the words at [start, end) of a sentence: the nearest tense marker before them
 * in the same clause, else the nearest after; "neutral" when there is none.
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'));
  const beforeClause = clauseStart >= 0 ? before.slice(clauseStart + 1) : before;
  const hitBefore = nearestMarker(beforeClause, true);
  if (hitBefore) return hitBefore.tense;
  const after = sentence.slice(end, end + 60);
  // A fronted expression ("In July, the company fired …") takes the tense of the main clause after it.
  if (
    /^\s*(?:(?:and|but|so|then|also)\s+)?(?:in|on|by|since|during|early|late|until|through)?\s*$/i.test(
      before,
    )
  ) {
    const hit = nearestMarker(after.replace(/^[\s,;:—]+/, ''), false);
    return hit ? hit.tense : 'neutral';
  }
  // An expression that ends its clause ("in January, the senator said") takes nothing from after it.
  if (/[,;:—]\s*$/.test(sentence.slice(start, end))) return 'neutral';
  const clauseEnd = after.search(/[,;—]/);
  // After the words, only auxiliaries count: a following "-ed" is mostly adjectival ("a date booked").
  const hitAfter = nearestMarker(clauseEnd >= 0 ? after.slice(0, clauseEnd) : after, false, true);
  return hitAfter ? hitAfter.tense : 'neutral';
}

// ─── Prefilter ────────────────────────────────────────────────────────────────────────────────────

/** Month names are only dates when capitalised ("May", not "may"); checked case-sensitively. */
const MONTH_WORD =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
// "day" alone is too common to send every sentence holding it to chrono: only offsets ("two days
// later", "in three days") let it through.
const OTHER_DATE_WORD =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|last night|yesterday|tomorrow|(?:week|weekend|month|year)s?|(?:\w+|\d+) days? (?:before|after|later|earlier)|(?:next|following|previous|prior|preceding) day|(?:in|within) (?:\w+ )?(?:\w+|\d+) days|ago|spring|summer|fall|autumn|winter|(?:1[89]|20)\d\d|\d{1,2}(?::\d\d)? ?[ap]\.?m|earlier in the day)\b/i;

/** False when the sentence certainly holds no date expression: chrono need not run on it. */
export function mayMentionDate(sentence: string): boolean {
  return MONTH_WORD.test(sentence) || OTHER_DATE_WORD.test(sentence);
}

// ─── Mentions ─────────────────────────────────────────────────────────────────────────────────────

export interface DateMention {
  /** The words as written ("on November 14", "last week", "2016"). */
  expression: string;
  /** Offset of the expression in the sentence. */
  index: number;
  /** Resolved date, or null when the words name no date we can compute (a weekday with no reference). */
  date: DateValue | null;
}

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

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  // "the day before": one of the unit.
  the: 1,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'a dozen': 12,
  dozen: 12,
};
const COUNT = String.raw`(?:a couple of|a couple|a dozen|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;

const countOf = (words: string): number | null => {
  const lower = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
};

type Unit = 'day' | 'week' | 'month' | 'year';

/** Shifts a day by a count of units; months and years keep the day of month where it exists. */
function shift(date: Date, count: number, unit: Unit): Date {
  if (unit === 'day') return addDays(date, count);
  if (unit === 'week') return addDays(date, 7 * count);
  const months = unit === 'month' ? count : 12 * count;
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return utcDay(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(date.getUTCDate(), lastDay));
}

/** A day at the precision a unit of offset gives (weeks and days are days; months months; years years). */
function atUnitPrecision(date: Date, unit: Unit): DateValue {
  if (unit === 'month') return monthValue(date.getUTCFullYear(), date.getUTCMonth() + 1);
  if (unit === 'year') return yearValue(date.getUTCFullYear());
  return dayValue(date);
}

/** Shifts a resolved value (from an anchor) by an offset, keeping the coarser of the two precisions. */
function shiftValue(value: DateValue, count: number, unit: Unit): DateValue | null {
  if (!value.yearKnown) return null;
  const [y, m, d] = value.iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return null;
  const base = utcDay(y, m ?? 1, d ?? 1);
  const shifted = shift(base, count, unit);
  const rank: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };
  const unitPrecision: DatePrecision = unit === 'day' || unit === 'week' ? 'day' : unit;
  // "seven days after" something known only by its year (or month) is still that year (or month).
  if (
    rank[value.precision] > rank[unit === 'week' ? 'week' : unitPrecision] &&
    !(unit === 'month' && value.precision === 'week')
  )
    return value;
  const precision = rank[value.precision] > rank[unitPrecision] ? value.precision : unitPrecision;
  if (precision === 'year') return yearValue(shifted.getUTCFullYear());
  if (precision === 'month') return monthValue(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1);
  if (precision === 'week') return weekValue(shifted);
  return dayValue(shifted);
}

interface Span {
  index: number;
  end: number;
}
const overlaps = (a: Span, b: Span): boolean => a.index < b.end && b.index < a.end;

interface Candidate extends DateMention {
  end: number;
  /** For "a week after X" whose X the article does not date: the offset, to count from another date. */
  unanchoredOffset?: { count: number; unit: Unit };
}

/** The weekday (Monday = 0) nearest the reference in the direction the tense allows. */
function resolveWeekday(weekday: number, reference: Date, modifier: string, tense: Tense): Date {
  const today = weekdayIndex(reference);
  const back = (today - weekday + 7) % 7; // days back to the latest such weekday, 0 = today
  const forward = (weekday - today + 7) % 7;
  if (modifier === 'last' || modifier === 'past' || modifier === 'previous')
    return addDays(reference, -(back === 0 ? 7 : back));
  if (modifier === 'next' || modifier === 'coming') return addDays(reference, forward === 0 ? 7 : forward);
  if (modifier === 'this') {
    // "this Friday": within the reference's week, whichever side.
    return addDays(mondayOf(reference), weekday);
  }
  return tense === 'future' ? addDays(reference, forward) : addDays(reference, -back);
}

/** The year for a month (and day) without one, nearest the reference in the direction of the tense. */
function yearFor(month: number, day: number | null, reference: Date, tense: Tense): number {
  const year = reference.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => ({
    y,
    // A month alone counts from its first day for the future and its last day for the past.
    start: utcDay(y, month, day ?? 1),
    end: day === null ? utcDay(y, month + 1, 0) : utcDay(y, month, day),
  }));
  if (tense === 'past') {
    const fitting = candidates.filter((c) => c.start.getTime() <= reference.getTime());
    return (fitting.at(-1) ?? candidates[1] ?? { y: year }).y;
  }
  if (tense === 'future') {
    const fitting = candidates.filter((c) => c.end.getTime() >= reference.getTime());
    return (fitting[0] ?? candidates[1] ?? { y: year }).y;
  }
  let best = year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const distance =
      c.start.getTime() > reference.getTime()
        ? c.start.getTime() - reference.getTime()
        : Math.max(0, reference.getTime() - c.end.getTime());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = c.y;
    }
  }
  return best;
}

const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  winter: [12, 14],
};

function resolveSeason(season: string, modifier: string, reference: Date, tense: Tense): number {
  const [startMonth, endMonth] = SEASON_MONTHS[season] ?? [1, 12];
  const month = reference.getUTCMonth() + 1;
  const year = reference.getUTCFullYear();
  // Winter straddles the new year: January and February belong to the winter that began the December before.
  const inSeasonYear = season === 'winter' && month <= 2 ? year - 1 : year;
  const current = season === 'winter' ? month === 12 || month <= 2 : month >= startMonth && month <= endMonth;
  const before = !current && (season === 'winter' ? false : month < startMonth);
  if (modifier === 'this' || current) {
    if (modifier === 'last') return inSeasonYear - 1;
    if (modifier === 'next') return inSeasonYear + 1;
    if (modifier === 'this' || current) {
      if (!current && modifier === 'this') return year;
      return inSeasonYear;
    }
  }
  if (modifier === 'last' || modifier === 'past')
    return before ? year - 1 : season === 'winter' ? year - 1 : year;
  if (modifier === 'next' || modifier === 'coming') return before ? year : year + 1;
  if (tense === 'future') return before ? year : year + 1;
  // Past or neutral: the latest such season that has begun.
  return before ? year - 1 : season === 'winter' ? year - 1 : year;
}

/** Phrases that chrono's casual parser reads as dates but news uses otherwise. */
const NOT_A_DATE =
  /^(?:now|right now|just now|in the day|the day|day|a day|the morning|morning|noon|(?:the )?(?:last|first|next) day|in the (?:week|month|year)s?)$/i;

/**
 * Resolves one chrono result against the reference, by what its words say: relative weeks, months and
 * years; weekdays with modifiers and tense; month and day with or without a year; times of day.
 */
function resolveChrono(
  result: chrono.ParsedResult,
  sentence: string,
  context: MentionContext,
): DateMention[] {
  const reference = context.reference;
  const text = result.text;
  let lower = text
    .toLowerCase()
    .replace(/[\s,;:]+$/, '')
    .replace(/[’']s$/, '');
  const tense = tenseAround(sentence, result.index, result.index + text.length);
  const start = result.start;
  const mention = (date: DateValue | null, expression = text, index = result.index): DateMention => ({
    expression,
    index,
    date,
  });
  if (NOT_A_DATE.test(lower.trim())) return [];
  // "USA TODAY", "MONDAY NIGHT FOOTBALL": capitals are names and headlines, not dates.
  if (/^[A-Z]{4,}/.test(text)) return [];
  // "the Today show", "USA Today": a capitalised "Today" inside a sentence is a name.
  if (/^Today\b/.test(text) && result.index > 0 && !/[.!?:"“(]\s*$/.test(sentence.slice(0, result.index)))
    return [];
  // A word alone in quotation marks ("the “Today” team") is a name too.
  if (
    /["“]$/.test(sentence.slice(Math.max(0, result.index - 1), result.index)) &&
    /^["”]/.test(sentence.slice(result.index + text.length))
  )
    return [];
  // "an hour after", "30 minutes later": times of day relative to something else, not dates.
  if (/\b(?:hours?|minutes?|seconds?)\b/.test(lower)) return [];
  // "months-long", "year-old": a compound adjective, not a date.
  if (/^-[a-z]/i.test(sentence.slice(result.index + text.length, result.index + text.length + 2))) return [];
  // "This Week", "Next Year" with both words capitalised are titles of shows and books.
  if (/^(?:This|Last|Next) (?:Week|Weekend|Month|Year)\b/.test(text)) return [];
  // "over the next six weeks", "the last two years": durations.
  if (new RegExp(String.raw`^(?:the\s+)?(?:next|last|past|coming)\s+(?:${COUNT})\s`).test(lower)) return [];

  // "a few weeks ago", "several years ago": too vague to place.
  if (/\b(?:few|several|many|some|couple of (?:days|weeks))\b/.test(lower)) return [];
  // "over the past year", "in the last week": durations up to now, not a time something happened.
  const precededByThe = /\bthe\s+$/i.test(sentence.slice(Math.max(0, result.index - 5), result.index));
  // ("this past Sunday", "this past weekend" are points in time: the latest one.)
  const thisPast = /\bthis\s+$/i.test(sentence.slice(Math.max(0, result.index - 6), result.index));
  if (
    (/^(?:the\s+)?past\b/.test(lower) && !thisPast) ||
    (precededByThe && /^last\s+(?:week|month|year)/.test(lower))
  )
    return [];
  if (/^(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b/.test(lower)) return [];
  // "two and a half years ago": chrono reads only "half years ago".
  if (/^half\b/.test(lower)) return [];
  // "in three weeks": that far ahead of the reference, at the precision of the unit.
  const ahead = new RegExp(
    String.raw`\b(in|within)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(${COUNT})\s+(day|week|month|year)s?\b`,
  ).exec(lower);
  if (ahead) {
    if (ahead[1] === 'within') return [];
    if (!reference) return [mention(null)];
    const unit = ahead[3] as Unit;
    const target = shift(reference, countOf(ahead[2] ?? '') ?? 1, unit);
    return [mention(unit === 'week' ? weekValue(target) : atUnitPrecision(target, unit))];
  }
  // Relative weeks.
  const weekMatch = /\b(last|past|previous|this|next|coming|later this|earlier this)\s+week\b/.exec(lower);
  if (weekMatch || /\bweeks?\s+ago\b/.test(lower)) {
    if (!reference) return [mention(null)];
    const ago = new RegExp(String.raw`\b(${COUNT})\s+weeks?\s+ago\b`).exec(lower);
    if (ago) return [mention(weekValue(addDays(reference, -7 * (countOf(ago[1] ?? '') ?? 1))))];
    const modifier = weekMatch?.[1] ?? '';
    const weekend = weekdayIndex(reference) >= 5;
    if (modifier === 'next' || modifier === 'coming') return [mention(weekValue(addDays(reference, 7)))];
    if (modifier.endsWith('this')) return [mention(weekValue(reference))];
    // On a Saturday or Sunday, "last week" is the working week just ended.
    return [mention(weekValue(weekend ? reference : addDays(reference, -7)))];
  }
  if (/\bweekend\b/.test(lower)) {
    if (!reference) return [mention(null)];
    const forward = /\b(next|coming|this)\b/.test(lower) && tense !== 'past';
    // "this weekend" said on a Saturday or Sunday is the weekend under way.
    const current = /\bthis\b/.test(lower) && weekdayIndex(reference) >= 5;
    const saturday = current
      ? addDays(reference, 5 - weekdayIndex(reference))
      : forward
        ? addDays(reference, (5 - weekdayIndex(reference) + 7) % 7)
        : addDays(reference, -((weekdayIndex(reference) - 5 + 7) % 7));
    return [
      mention(
        weekValue(/\blast\b/.test(lower) && weekdayIndex(reference) >= 5 ? addDays(saturday, -7) : saturday),
      ),
    ];
  }
  // Relative months and years.
  const unitMatch = new RegExp(
    String.raw`\b(?:(last|past|previous|this|next|coming)\s+(month|year)|(${COUNT})\s+(day|month|year)s?\s+ago)\b`,
  ).exec(lower);
  if (unitMatch) {
    if (!reference) return [mention(null)];
    const unit = (unitMatch[2] ?? unitMatch[4]) as Unit;
    const count = unitMatch[3] !== undefined ? -(countOf(unitMatch[3]) ?? 1) : 0;
    const modifier = unitMatch[1] ?? '';
    const offset =
      count !== 0 ? count : modifier === 'this' ? 0 : modifier === 'next' || modifier === 'coming' ? 1 : -1;
    return [mention(atUnitPrecision(shift(reference, offset, unit), unit))];
  }
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/.test(lower))
    return [mention(reference ? dayValue(reference) : null)];
  // "last night" in a morning's report is the evening before.
  if (/\blast night\b/.test(lower)) return [mention(reference ? dayValue(addDays(reference, -1)) : null)];
  if (/\byesterday\b/.test(lower)) return [mention(reference ? dayValue(addDays(reference, -1)) : null)];
  if (/\btomorrow\b/.test(lower)) return [mention(reference ? dayValue(addDays(reference, 1)) : null)];

  // "the end of February": the month, not its last day.
  if (
    /\b(?:end|beginning|start|middle|mid)\s+of\b/.test(lower) &&
    start.isCertain('month') &&
    !/\b\d{1,2}(?:st|nd|rd|th)?\b/.test(lower)
  ) {
    const month = start.get('month');
    if (month !== null) {
      const year = start.isCertain('year') ? start.get('year') : null;
      if (year !== null) return [mention(monthValue(year, month))];
      if (!reference) return [mention(yearlessMonth(month))];
      return [mention(monthValue(yearFor(month, null, reference, tense), month))];
    }
  }
  const mentions: DateMention[] = [];
  const components = [start, result.end].filter(
    (c): c is chrono.ParsedComponents => c !== null && c !== undefined,
  );
  // A range ("March 26-31", "February 5 through March 1, 2013") gives two mentions, start and end; the
  // end is resolved first so that a start without a year can take the end's.
  // chrono leaves "last" out of "last May": it is read from the words before.
  const precedingModifier = /\b(last|next|this)\s+$/i.exec(
    sentence.slice(Math.max(0, result.index - 6), result.index),
  );
  if (precedingModifier) lower = `${(precedingModifier[1] ?? '').toLowerCase()} ${lower}`;
  const rangeEnd = result.end ? resolveComponents(result.end, lower, tense, reference, null, null) : null;
  for (const [position, component] of components.entries()) {
    const expression = text;
    const date =
      position === 1
        ? resolveComponents(component, lower, tense, reference, mentions[0]?.date, null)
        : resolveComponents(component, lower, tense, reference, null, rangeEnd);
    if (date === undefined) continue;
    mentions.push(mention(date, expression));
  }
  return mentions;
}

/** undefined: not a date at all (drop it); null: a date we cannot place without a reference. */
function resolveComponents(
  component: chrono.ParsedComponents,
  lower: string,
  tense: Tense,
  reference: Date | null,
  rangeStart: DateValue | null | undefined,
  rangeEnd: DateValue | null | undefined,
): DateValue | null | undefined {
  const known = (k: chrono.Component) => component.isCertain(k);
  const month = component.get('month');
  const day = component.get('day');
  const year = component.get('year');
  if (known('month') && month !== null) {
    if (known('year') && year !== null) {
      if (known('day') && day !== null) return dayValue(utcDay(year, month, day));
      return monthValue(year, month);
    }
    // A range's end without a year takes the year its start was given, and a start the end's.
    if (rangeStart?.yearKnown && known('day') && day !== null) {
      return dayValue(utcDay(Number(rangeStart.iso.slice(0, 4)), month, day));
    }
    if (rangeEnd?.yearKnown) {
      const endYear = Number(rangeEnd.iso.slice(0, 4));
      const endMonth = Number(rangeEnd.iso.slice(5, 7)) || 12;
      const startYear = month > endMonth ? endYear - 1 : endYear;
      return known('day') && day !== null
        ? dayValue(utcDay(startYear, month, day))
        : monthValue(startYear, month);
    }
    if (!reference) return known('day') && day !== null ? yearlessDay(month, day) : yearlessMonth(month);
    const modifier = /^(last|next|this)\s+[a-z]+\.?$/.exec(lower)?.[1];
    if (modifier && !known('day')) return monthValue(yearForModifiedMonth(month, modifier, reference), month);
    const resolvedYear = yearFor(month, known('day') ? day : null, reference, tense);
    if (known('day') && day !== null) return dayValue(utcDay(resolvedYear, month, day));
    return monthValue(resolvedYear, month);
  }
  if (known('weekday')) {
    const weekday = component.get('weekday');
    if (weekday === null) return undefined;
    if (!reference) return null;
    const modifier = /\b(last|past|previous|next|coming|this)\s+\w+day\b/.exec(lower)?.[1] ?? '';
    return dayValue(resolveWeekday((weekday + 6) % 7, reference, modifier, tense));
  }
  if (known('year') && year !== null && !known('day')) return yearValue(year);
  if (known('hour')) {
    // A clock time alone ("at 9:06 a.m.") happened on the day the article speaks from.
    if (!/[ap]\.?m\b|\bo'clock\b/.test(lower)) return undefined;
    return reference ? dayValue(reference) : null;
  }
  if (known('day') && known('month') && known('year')) return dayValue(truncateToDay(component.date()));
  return undefined;
}

// Our own patterns, for what chrono leaves out or gets wrong.

/** Years on their own: "in 2014", "the 2016 race", "early 2020", "2008–2009" (not decades, money or counts). */
const YEAR =
  /(?<![\d$€£.,:/#-]|\bNo\. )(?:(?:early|mid|late)[- ])?\b((?:1[89]|20)\d\d)\b(?!s\b|(?<=0)['’]s\b|\d|%|,\d|\.\d| ?(?:percent|[ap]\.?m\b))/g;
const SEASON =
  /\b(?:(this|last|next|past|coming|early|late|the|in|of)\s+(?:(?:early|late)\s+)?)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:1[89]|20)\d\d)\b)?(?:\s+(day|morning|afternoon|evening|night|season|semester|term|campaign|session|offensive))?/gi;
const PERIOD_OF_YEAR =
  /\b(?:the\s+)?(beginning|start|middle|end|turn)\s+of\s+(?:the\s+)?(?:(this|last|next)\s+)?year\b/gi;
const OFFSET = new RegExp(
  String.raw`\b(${COUNT}|the)\s+(day|week|month|year)s?\s+(before|after|earlier|later)\b(?:\s+(?:the|a|an|his|her|their|its)?\s*([\w-]+(?:\s+[\w-]+)?))?`,
  'gi',
);
/** A month name alone, where chrono does not take it ("in a May column", "since May", "last March"). */
// The words before may open a sentence ("Last May"), the month name must be capitalised.
const MONTH_ALONE =
  /\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Aa]|[Tt]he|of|[Tt]hrough|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring)\s+|([Mm]id)-)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g;
const EARLIER_TODAY = /\b(?:earlier|later)\s+(?:in\s+the\s+day|today|that\s+day)\b/gi;
/** "the next day", "the following week", "the previous year": counted from the last dated event. */
const NEXT_OR_PREVIOUS = /\bthe\s+(next|following|previous|prior|preceding)\s+(day|week|month|year)\b/gi;

/** The year of "last May" (the latest May before this month), "next May" and "this May". */
function yearForModifiedMonth(month: number, modifier: string, reference: Date): number {
  const refMonth = reference.getUTCMonth() + 1;
  const year = reference.getUTCFullYear();
  if (modifier === 'last') return month < refMonth ? year : year - 1;
  if (modifier === 'next') return month > refMonth ? year : year + 1;
  return year;
}

/** "May's leadership" is a person's; "last May's vote" is the month's. */
function possessiveMayIsAName(sentence: string, mayIndex: number): boolean {
  if (!/^May['’]s\b/.test(sentence.slice(mayIndex, mayIndex + 5))) return false;
  return !/\b(?:last|this|next|early|late)\s+$/i.test(sentence.slice(Math.max(0, mayIndex - 8), mayIndex));
}

/** Month names chrono leaves alone; used only where no other mention covers the words. */
function monthFallbacks(sentence: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const m of sentence.matchAll(MONTH_ALONE)) {
    const modifier = (m[1] ?? m[2] ?? '').toLowerCase();
    const name = m[3] ?? '';
    // "May" and "March" are also a modal, a name and a verb: only after a preposition or determiner.
    if ((name === 'May' || name === 'March') && !modifier) continue;
    if (name === 'May' && possessiveMayIsAName(sentence, m.index + m[0].length - 3)) continue;
    const month = MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
    const index = m.index;
    const expression = m[0];
    let date: DateValue;
    if (!reference) date = yearlessMonth(month);
    else {
      if (modifier === 'last' || modifier === 'next' || modifier === 'this')
        date = monthValue(yearForModifiedMonth(month, modifier, reference), month);
      else
        date = monthValue(
          yearFor(month, null, reference, tenseAround(sentence, index, index + expression.length)),
          month,
        );
    }
    found.push({ expression, index, end: index + expression.length, date });
  }
  return found;
}

function ownMentions(sentence: string, context: MentionContext): Candidate[] {
  const reference = context.reference;
  const found: Candidate[] = [];
  for (const m of sentence.matchAll(YEAR)) {
    const year = Number(m[1]);
    // A year is only a date when it is plausible for news (not "1900 troops" in a count).
    found.push({ expression: m[0], index: m.index, end: m.index + m[0].length, date: yearValue(year) });
  }
  for (const m of sentence.matchAll(SEASON)) {
    const modifier = (m[1] ?? '').toLowerCase();
    const season = (m[2] ?? '').toLowerCase();
    const explicitYear = m[3];
    // "fall" and "spring" are verbs and nouns too: a season needs a determiner, a year or a following noun.
    const isSeason =
      explicitYear || m[4] || /^(this|last|next|past|coming|early|late|the|in|of)$/.test(modifier);
    if (!isSeason) continue;
    if (modifier === 'the' && !m[4] && !/\bin\s+the\s*$/i.test(sentence.slice(0, m.index + 4))) {
      // "the fall of Kabul" is an event, not a season.
      if (/^\s+of\b/.test(sentence.slice(m.index + m[0].length))) continue;
    }
    const index = m.index;
    const expression = m[0];
    let date: DateValue | null;
    if (explicitYear) date = yearValue(Number(explicitYear));
    else if (!reference) date = null;
    else {
      const tense = tenseAround(sentence, index, index + expression.length);
      date = yearValue(resolveSeason(season, modifier, reference, tense));
    }
    found.push({ expression, index, end: index + expression.length, date });
  }
  for (const m of sentence.matchAll(PERIOD_OF_YEAR)) {
    const part = (m[1] ?? '').toLowerCase();
    const modifier = (m[2] ?? '').toLowerCase();
    let date: DateValue | null = null;
    if (reference) {
      const year = reference.getUTCFullYear() + (modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0);
      const month = part === 'end' || part === 'turn' ? 12 : part === 'middle' ? 6 : 1;
      date = monthValue(year, month);
    }
    found.push({ expression: m[0], index: m.index, end: m.index + m[0].length, date });
  }
  for (const m of sentence.matchAll(OFFSET)) {
    const count = countOf(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase() as Unit;
    const direction = (m[3] ?? '').toLowerCase();
    const object = m[4] ?? '';
    if (count === null) continue;
    const index = m.index;
    const end = index + (m[0].toLowerCase().indexOf(direction) + direction.length);
    let date: DateValue | null = null;
    if (direction === 'later' || direction === 'earlier') {
      // "two days later": from the last dated event the article told of.
      if (context.previous) date = shiftValue(context.previous, direction === 'later' ? count : -count, unit);
    } else {
      const anchor = object ? (context.anchorFor?.(object) ?? null) : null;
      if (anchor) date = shiftValue(anchor, direction === 'after' ? count : -count, unit);
      else {
        // The article does not date X: what the sentence reports happens at the reference (or at the
        // sentence's own date, see findDateMentions), so X is the offset away from it.
        const signed = direction === 'after' ? -count : count;
        if (reference) date = atUnitPrecision(shift(reference, signed, unit), unit);
        found.push({
          expression: sentence.slice(index, end),
          index,
          end,
          date,
          unanchoredOffset: { count: signed, unit },
        });
        continue;
      }
    }
    found.push({ expression: sentence.slice(index, end), index, end, date });
  }
  for (const m of sentence.matchAll(NEXT_OR_PREVIOUS)) {
    const unit = (m[2] ?? 'day').toLowerCase() as Unit;
    const forward = /^(?:next|following)$/i.test(m[1] ?? '');
    // Without an earlier dated event there is nothing to count from: "the next day" is then left out.
    const date = context.previous ? shiftValue(context.previous, forward ? 1 : -1, unit) : null;
    found.push({ expression: m[0], index: m.index, end: m.index + m[0].length, date });
  }
  for (const m of sentence.matchAll(EARLIER_TODAY)) {
    found.push({
      expression: m[0],
      index: m.index,
      end: m.index + m[0].length,
      date: reference ? dayValue(reference) : null,
    });
  }
  return found;
}

/** chrono's English parser, reading ambiguous day/month numbers the American way (news is mostly US). */
const parser = chrono.casual;

/**
 * Every date expression in a sentence, in order, each with its resolved date. Expressions we recognise
 * but cannot place (a weekday with no reference date) come back with `date: null`; durations ("for
 * three years"), bare adverbs ("now") and decades ("the 1970s") are not mentions.
 */
export function findDateMentions(sentence: string, context: MentionContext): DateMention[] {
  if (!mayMentionDate(sentence)) return [];
  const own = ownMentions(sentence, context).filter(
    // A year inside one of our longer expressions ("the spring of 2014") is not a second mention.
    (c, _, all) => !(YEAR_ONLY.test(c.expression) && all.some((o) => o !== c && overlaps(o, c))),
  );
  const candidates: Candidate[] = [...own];
  // chrono needs some reference; without one, year-dependent answers are discarded by resolveComponents.
  const instant = context.reference ?? new Date(Date.UTC(2000, 0, 1));
  for (const result of parser.parse(sentence, { instant, timezone: 0 })) {
    if (!startsWithCapitalMonthIfMonth(result.text)) continue;
    // "Forward March", "May" as a name: a bare May or March needs a preposition or determiner before it.
    if (
      /^(?:May|March)[\s,.;:]*$/.test(result.text) &&
      !/\b(?:in|since|by|until|of|a|the|last|this|next|early|late|mid-?|through|from|before|after|during)\s+$/i.test(
        sentence.slice(Math.max(0, result.index - 12), result.index),
      )
    )
      continue;
    if (/^May\b/.test(result.text) && possessiveMayIsAName(sentence, result.index)) continue;
    for (const mention of resolveChrono(result, sentence, context)) {
      const span = { index: mention.index, end: mention.index + mention.expression.length };
      // Our own patterns win where they overlap chrono (offsets, seasons, "earlier in the day").
      if (own.some((o) => overlaps(o, span) && !YEAR_ONLY.test(o.expression))) continue;
      // chrono's full dates include their year: drop our bare year inside them.
      for (let i = candidates.length - 1; i >= 0; i--) {
        const c = candidates[i];
        if (c && YEAR_ONLY.test(c.expression) && overlaps(c, span)) candidates.splice(i, 1);
      }
      candidates.push({ ...mention, end: span.end });
    }
  }
  for (const fallback of monthFallbacks(sentence, context.reference)) {
    if (!candidates.some((c) => overlaps(c, fallback))) candidates.push(fallback);
  }
  candidates.sort((a, b) => a.index - b.index);
  // "seven days after X" in a sentence that has its own date ("the Act of 1968 was passed …"): X is
  // counted from that date, not from the publication date.
  for (const c of candidates) {
    if (!c.unanchoredOffset) continue;
    const own = candidates.find((o) => o !== c && !o.unanchoredOffset && o.date?.yearKnown);
    if (own?.date) c.date = shiftValue(own.date, c.unanchoredOffset.count, c.unanchoredOffset.unit);
  }
  for (const c of candidates) shareRangeYear(sentence, c);
  return candidates.map(({ expression, index, date }) => ({
    // chrono keeps a trailing comma or period ("September,"),
    // and sometimes a leading "on" or "at" ("on Monday" but "July 25"): the expression is the words alone.
    expression: expression
      .replace(/[\s,;:]+$/, '')
      .replace(/(?<![ap]\.m)\.$/, '')
      .replace(/^[([{"“‘']+/, '')
      .replace(/^(?:on|at)\s+/i, ''),
    index,
    date,
  }));
}

const MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

const RANGE_END_YEAR = new RegExp(
  String.raw`^\s*(?:and|to|through|until|till|-|–|—)\s+(?:early\s+|late\s+|mid-)?(${MONTH_PATTERN})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:1[89]|20)\d\d)\b`,
  'i',
);

/**
 * "between January and October 2017", "from Feb. 5 through March 1, 2013": the first month takes the
 * year written after the second (the year before when it comes later in the calendar).
 */
function shareRangeYear(sentence: string, candidate: Candidate): void {
  const date = candidate.date;
  if (!date || /\b\d{4}\b/.test(candidate.expression)) return;
  if (date.precision !== 'day' && date.precision !== 'month') return;
  const following = RANGE_END_YEAR.exec(sentence.slice(candidate.end));
  if (!following) return;
  const endMonth = monthNumber(following[1] ?? '');
  const parts = /^(?:--|\d{4}-)(\d{2})(?:-(\d{2}))?$/.exec(date.iso);
  if (!parts || endMonth === null) return;
  const month = Number(parts[1]);
  const year = Number(following[2]) - (month > endMonth ? 1 : 0);
  candidate.date = parts[2] ? dayValue(utcDay(year, month, Number(parts[2]))) : monthValue(year, month);
}

function monthNumber(name: string): number | null {
  const prefix = name.toLowerCase().slice(0, 3);
  const index = MONTH_NAMES.findIndex((m) => m.startsWith(prefix));
  return index >= 0 ? index + 1 : null;
}

const YEAR_ONLY = /^(?:(?:early|mid|late)[- ])?(?:1[89]|20)\d\d$/i;

/** "may" and "march" in lower case are a verb, not a month: chrono matches them case-insensitively. */
function startsWithCapitalMonthIfMonth(text: string): boolean {
  const month = /\b(may|march|jan|sept?|oct|dec|sun|sat|wed)\b/i.exec(text);
  if (!month) return true;
  const word = month[0];
  return word[0] === word[0]?.toUpperCase() && !/^(?:Sun|Sat|Wed)$/.test(word);
}

// ─── The user's "when" ────────────────────────────────────────────────────────────────────────────

export interface DateRange {
  /** Inclusive lower bound, at its own precision. */
  start: DateValue;
  /** Inclusive upper bound, at its own precision (the whole month for a month, and so on). */
  end: DateValue;
}

/** The first and last day a value covers, as YYYY-MM-DD, or MM-DD for values without a year. */
export function dateBounds(value: DateValue): { first: string; last: string } {
  const iso = value.iso;
  if (!value.yearKnown) {
    const [, month = '01', day] = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso) ?? [];
    if (day) return { first: `${month}-${day}`, last: `${month}-${day}` };
    const lastDay = new Date(Date.UTC(2000, Number(month), 0)).getUTCDate(); // leap year: Feb 29 allowed
    return { first: `${month}-01`, last: `${month}-${pad(lastDay)}` };
  }
  const [y = 0, m, d] = iso.split('-').map(Number);
  if (value.precision === 'year' || m === undefined)
    return { first: `${pad(y, 4)}-01-01`, last: `${pad(y, 4)}-12-31` };
  if (value.precision === 'month' || d === undefined) {
    return { first: isoDay(utcDay(y, m, 1)), last: isoDay(utcDay(y, m + 1, 0)) };
  }
  const day = utcDay(y, m, d);
  if (value.precision === 'week')
    return { first: isoDay(mondayOf(day)), last: isoDay(addDays(mondayOf(day), 6)) };
  return { first: isoDay(day), last: isoDay(day) };
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/**
 * Whether an event's date falls in a range: the two overlap, and the date is no vaguer than the range
 * (an event dated only "2014" is not shown for "November 2014", but is for "2014" or "2013 to 2015").
 * Values without a year are compared by month and day alone.
 */
export function dateInRange(value: DateValue, range: DateRange): boolean {
  const rangePrecision = Math.max(PRECISION_RANK[range.start.precision], PRECISION_RANK[range.end.precision]);
  if (PRECISION_RANK[value.precision] > rangePrecision) return false;
  const v = dateBounds(value);
  const first = dateBounds(range.start).first;
  const last = dateBounds(range.end).last;
  if (!value.yearKnown || !range.start.yearKnown || !range.end.yearKnown) {
    const strip = (s: string) => s.slice(-5);
    const [a, b, lo, hi] = [strip(v.first), strip(v.last), strip(first), strip(last)];
    if (value.yearKnown && range.start.yearKnown === false && v.first.slice(0, 4) !== v.last.slice(0, 4))
      return true;
    return lo <= hi ? a <= hi && b >= lo : a <= hi || b >= lo;
  }
  return v.first <= last && v.last >= first;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A user's "when" words as an inclusive range, resolved against `reference` and preferring the past,
 * since the corpus reports things that happened. `reference` is the day the user speaks from: today,
 * or — for an archive — its newest article's date; pass null to leave years open, so that "November"
 * matches every November (`--11`).
 * - "2022-11-14" → that day; "2022-11" → that month; "2014" → that year;
 * - "November" → the latest November that has begun (with `reference` null: `--11`, any year);
 * - "November 14" with `reference` null → `--11-14`;
 * - "last week" / "this week" → that week (start = end = its Monday, precision week); "yesterday",
 *   "Monday" → that day; "last year", "last month" → that year, month (null without a reference);
 * - "between March and May 2020", "from March to May 2020", "March 2020 to June 2021" → start and end
 *   at their own precisions (the start takes the end's year when it gives none);
 * - "since June" → from then to the reference (or year 9999 without one); "before 2015" → from 1900;
 * - "spring 2020", "last summer" → its three months; "the 1990s" → 1990 to 1999.
 * Returns null when the words hold no date: callers then drop the filter and can say so.
 * Match events with `dateInRange(event.date, range)`.
 */
export function parseWhen(words: string, reference: Date | null): DateRange | null {
  const text = words.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const ref = reference ? truncateToDay(reference) : null;
  const decade = /^(?:in\s+)?(?:the\s+)?((?:1[89]|20)\d)0s$/i.exec(text);
  if (decade) return { start: yearValue(Number(`${decade[1]}0`)), end: yearValue(Number(`${decade[1]}9`)) };
  const season = seasonRange(text, ref);
  if (season) return season;
  const between =
    /^(?:between|from)\s+(.+?)\s+(?:and|to|until|till|through|-|–)\s+(.+)$/i.exec(text) ??
    /^(.+?)\s*(?:-|–|—|\bto\b|\buntil\b|\bthrough\b)\s*(.+)$/i.exec(text);
  if (between && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(text)) {
    const [, left = '', right = ''] = between;
    const end = parseSingleWhen(right, ref);
    // "March and May 2020": the start borrows the end's year when it gives none.
    const endYear = end?.yearKnown ? end.iso.slice(0, 4) : null;
    const leftWithYear = endYear && !/\b\d{4}\b/.test(left) ? `${left} ${endYear}` : left;
    const start = parseSingleWhen(leftWithYear, ref) ?? parseSingleWhen(left, ref);
    if (start && end) return { start, end };
  }
  const since = /^(?:since|after|from)\s+(.+)$/i.exec(text);
  if (since) {
    const start = parseSingleWhen(since[1] ?? '', ref);
    if (start) return { start, end: ref ? dayValue(ref) : yearValue(9999) };
  }
  const until = /^(?:before|until|till|up to)\s+(.+)$/i.exec(text);
  if (until) {
    const end = parseSingleWhen(until[1] ?? '', ref);
    if (end) return { start: yearValue(1900), end };
  }
  const single = parseSingleWhen(text.replace(/^(?:in|on|during|around|at)\s+/i, ''), ref);
  return single ? { start: single, end: single } : null;
}

/** "spring 2020", "last summer", "this fall": the season's three months; null for anything else. */
function seasonRange(text: string, reference: Date | null): DateRange | null {
  const match =
    /^(?:in\s+)?(?:(this|last|next|the)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:1[89]|20)\d\d))?$/i.exec(
      text,
    );
  if (!match) return null;
  const season = (match[2] ?? '').toLowerCase();
  const [first, last] = SEASON_MONTHS[season] ?? [1, 12];
  let year: number;
  if (match[3]) year = Number(match[3]);
  else if (reference) year = resolveSeason(season, (match[1] ?? '').toLowerCase(), reference, 'past');
  else return null;
  return { start: monthValue(year, first), end: monthValue(year, last) };
}

function parseSingleWhen(words: string, reference: Date | null): DateValue | null {
  const text = words.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso) {
    const [, y, m, d] = iso;
    if (d) return dayValue(utcDay(Number(y), Number(m), Number(d)));
    if (m) return monthValue(Number(y), Number(m));
    return yearValue(Number(y));
  }
  const monthOnly = MONTH_NAMES.indexOf(text.toLowerCase());
  if (monthOnly >= 0) {
    if (!reference) return yearlessMonth(monthOnly + 1);
    return monthValue(yearFor(monthOnly + 1, null, reference, 'past'), monthOnly + 1);
  }
  // Users type in lower case: capitalise month names so the news-oriented filters accept them.
  const capitalised = text.replace(
    /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi,
    (w) => (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase(),
  );
  const mentions = findDateMentions(capitalised, { reference }).filter((m) => m.date !== null);
  return mentions[0]?.date ?? null;
}

import type * as chrono from 'chrono-node';
import { dayValue, utcDay, yearlessDay } from '../../../core/calendar.ts';
import { MONTH_ALTERNATION, monthNumber } from '../../lexicon/months.ts';
import { yearFor } from '../conventions.ts';
import { mentionContext, ownResult, valueComponents } from '../rule.ts';
import { tenseAround } from '../tense.ts';

const RANGE = new RegExp(
  String.raw`\b(${MONTH_ALTERNATION})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|through|to|until)\s*(${MONTH_ALTERNATION})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)`,
);

/**
 * `month-day-range`: "March 3-April 28" with no year — chrono reads "3-April 28" and takes "28" for
 * the year 2028. Both ends take the year the tense gives the first (the second the year after when it
 * comes earlier in the calendar). A written year after the range ("…, 2019") is left to chrono.
 */
export class MonthDayRangeParser implements chrono.Parser {
  readonly name = 'month-day-range';
  pattern(): RegExp {
    return RANGE;
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult | null {
    const [startMonth, endMonth] = [monthNumber(m[1] ?? ''), monthNumber(m[3] ?? '')];
    const [startDay, endDay] = [Number(m[2]), Number(m[4])];
    if (startMonth === null || endMonth === null || startDay > 31 || endDay > 31) return null;
    const index = m.index ?? 0;
    const { reference } = mentionContext(context);
    if (!reference) {
      const result = ownResult(context, this.name, index, m[0], yearlessDay(startMonth, startDay));
      result.end = valueComponents(context, yearlessDay(endMonth, endDay), this.name);
      return result;
    }
    const year = yearFor(
      startMonth,
      startDay,
      reference,
      tenseAround(context.text, index, index + m[0].length),
    );
    const endYear = endMonth < startMonth ? year + 1 : year;
    const result = ownResult(context, this.name, index, m[0], dayValue(utcDay(year, startMonth, startDay)));
    result.end = valueComponents(context, dayValue(utcDay(endYear, endMonth, endDay)), this.name);
    return result;
  }
}

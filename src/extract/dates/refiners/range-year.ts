import type * as chrono from 'chrono-node';
import { dayValue, monthValue, utcDay } from '../../../core/calendar.ts';
import { MONTH_ALTERNATION, monthNumber } from '../../lexicon/months.ts';
import { dateOf, type NamedRefiner, ruleOf, valueComponents } from '../rule.ts';

const RANGE_END_YEAR = new RegExp(
  String.raw`^\s*(?:and|to|through|until|till|-|–|—)\s+(?:early\s+|late\s+|mid-)?(${MONTH_ALTERNATION})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:1[89]|20)\d\d)\b`,
  'i',
);

/**
 * `range-year`: "between January and October 2017", "from Feb. 5 through March 1, 2013" — the first
 * month takes the year written after the second (the year before when it comes later in the calendar).
 */
export const rangeYear: NamedRefiner = {
  name: 'range-year',
  refine: (context, results) => {
    for (const result of results) {
      const following = RANGE_END_YEAR.exec(context.text.slice(result.index + result.text.length));
      if (!following || /\b\d{4}\b/.test(result.text)) continue;
      const endMonth = monthNumber(following[1] ?? '');
      const year = Number(following[2]);
      const redated = (components: chrono.ParsingComponents): chrono.ParsingComponents => {
        const date = dateOf(components);
        if (!date || endMonth === null || (date.precision !== 'day' && date.precision !== 'month'))
          return components;
        const parts = /^(?:--|\d{4}-)(\d{2})(?:-(\d{2}))?$/.exec(date.iso);
        if (!parts) return components;
        const month = Number(parts[1]);
        const y = year - (month > endMonth ? 1 : 0);
        const value = parts[2] ? dayValue(utcDay(y, month, Number(parts[2]))) : monthValue(y, month);
        return valueComponents(context, value, ruleOf(result) ?? 'range-year').addTags(components.tags());
      };
      result.start = redated(result.start);
      if (result.end) result.end = redated(result.end);
    }
    return results;
  },
};

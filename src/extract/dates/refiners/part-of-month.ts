import { monthValue, yearlessMonth } from '../../../core/calendar.ts';
import { yearFor } from '../conventions.ts';
import { chronoResolver } from '../rule.ts';

/** `part-of-month`: "the end of February", "mid-March" without a day — the month, not a day of it. */
export const partOfMonth = chronoResolver('part-of-month', ({ lower, result, reference, tense }) => {
  const start = result.start;
  if (
    !/\b(?:end|beginning|start|middle|mid)\s+of\b/.test(lower) ||
    !start.isCertain('month') ||
    /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(lower)
  )
    return null;
  const month = start.get('month');
  if (month === null) return null;
  const year = start.isCertain('year') ? start.get('year') : null;
  if (year !== null) return { start: monthValue(year, month) };
  if (!reference) return { start: yearlessMonth(month) };
  return { start: monthValue(yearFor(month, null, reference, tense()), month) };
});

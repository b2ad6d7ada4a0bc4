import { addDays, dayValue } from '../../../core/calendar.ts';
import { chronoResolver } from '../rule.ts';

/**
 * `day-word`: "today", "tonight", "this morning" (the reference), "last night" and "yesterday" (the
 * day before: a morning's report of the evening), "tomorrow" (the day after).
 */
export const dayWord = chronoResolver('day-word', ({ lower, reference }) => {
  const at = (days: number) => ({ start: reference ? dayValue(addDays(reference, days)) : null });
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/.test(lower)) return at(0);
  if (/\blast night\b/.test(lower) || /\byesterday\b/.test(lower)) return at(-1);
  if (/\btomorrow\b/.test(lower)) return at(1);
  return null;
});

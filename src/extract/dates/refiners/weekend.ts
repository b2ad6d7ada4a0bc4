import { addDays, weekdayIndex, weekValue } from '../../../core/calendar.ts';
import { chronoResolver } from '../rule.ts';

/**
 * `weekend`: "this weekend", "last weekend", "over the weekend" — the week of that weekend. Said on a
 * Saturday or Sunday, "this weekend" is the one under way.
 */
export const weekend = chronoResolver('weekend', ({ lower, reference, tense }) => {
  if (!/\bweekend\b/.test(lower)) return null;
  if (!reference) return { start: null };
  const forward = /\b(next|coming|this)\b/.test(lower) && tense() !== 'past';
  const current = /\bthis\b/.test(lower) && weekdayIndex(reference) >= 5;
  const saturday = current
    ? addDays(reference, 5 - weekdayIndex(reference))
    : forward
      ? addDays(reference, (5 - weekdayIndex(reference) + 7) % 7)
      : addDays(reference, -((weekdayIndex(reference) - 5 + 7) % 7));
  return {
    start: weekValue(
      /\blast\b/.test(lower) && weekdayIndex(reference) >= 5 ? addDays(saturday, -7) : saturday,
    ),
  };
});

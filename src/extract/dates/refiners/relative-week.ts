import { addDays, weekdayIndex, weekValue } from '../../../core/calendar.ts';
import { COUNT, countOf } from '../../lexicon/counts.ts';
import { chronoResolver } from '../rule.ts';

const AGO = new RegExp(String.raw`\b(${COUNT})\s+weeks?\s+ago\b`);

/**
 * `relative-week`: "last week", "this week", "next week", "two weeks ago" — the Monday of that week,
 * at week precision. On a Saturday or Sunday, "last week" is the working week just ended; on a Sunday,
 * an upcoming "this week" is the one starting the next day.
 */
export const relativeWeek = chronoResolver('relative-week', ({ lower, reference, tense }) => {
  const weekMatch = /\b(last|past|previous|this|next|coming|later this|earlier this)\s+week\b/.exec(lower);
  if (!weekMatch && !/\bweeks?\s+ago\b/.test(lower)) return null;
  if (!reference) return { start: null };
  const ago = AGO.exec(lower);
  if (ago) return { start: weekValue(addDays(reference, -7 * (countOf(ago[1] ?? '') ?? 1))) };
  const modifier = weekMatch?.[1] ?? '';
  const weekend = weekdayIndex(reference) >= 5;
  if (modifier === 'next' || modifier === 'coming') return { start: weekValue(addDays(reference, 7)) };
  // Said on a Sunday of what is still to come, "this week" is the week that starts the next day.
  if (modifier === 'this' && weekdayIndex(reference) === 6 && tense() === 'future')
    return { start: weekValue(addDays(reference, 1)) };
  if (modifier.endsWith('this')) return { start: weekValue(reference) };
  return { start: weekValue(weekend ? reference : addDays(reference, -7)) };
});

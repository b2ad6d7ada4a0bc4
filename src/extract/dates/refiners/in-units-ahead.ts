import { atUnitPrecision, shift, type Unit, weekValue } from '../../../core/calendar.ts';
import { COUNT, countOf } from '../../lexicon/counts.ts';
import { chronoResolver } from '../rule.ts';

const AHEAD = new RegExp(
  String.raw`\b(in|within)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?(${COUNT})\s+(day|week|month|year)s?\b`,
);

/** `in-units-ahead`: "in three weeks" is that far ahead, at the unit's precision; "within a year" is a span. */
export const inUnitsAhead = chronoResolver('in-units-ahead', ({ lower, reference }) => {
  const ahead = AHEAD.exec(lower);
  if (!ahead) return null;
  if (ahead[1] === 'within') return 'drop';
  if (!reference) return { start: null };
  const unit = ahead[3] as Unit;
  const target = shift(reference, countOf(ahead[2] ?? '') ?? 1, unit);
  return { start: unit === 'week' ? weekValue(target) : atUnitPrecision(target, unit) };
});

import { atUnitPrecision, shift, type Unit } from '../../../core/calendar.ts';
import { COUNT, countOf } from '../../lexicon/counts.ts';
import { chronoResolver } from '../rule.ts';

const RELATIVE_UNIT = new RegExp(
  String.raw`\b(?:(last|past|previous|this|next|coming)\s+(month|year)|(${COUNT})\s+(day|month|year)s?\s+ago)\b`,
);

/** `relative-unit`: "last month", "next year", "four years ago", "three days ago" — counted from the reference. */
export const relativeUnit = chronoResolver('relative-unit', ({ lower, reference }) => {
  const unitMatch = RELATIVE_UNIT.exec(lower);
  if (!unitMatch) return null;
  if (!reference) return { start: null };
  const unit = (unitMatch[2] ?? unitMatch[4]) as Unit;
  const count = unitMatch[3] !== undefined ? -(countOf(unitMatch[3]) ?? 1) : 0;
  const modifier = unitMatch[1] ?? '';
  const offset =
    count !== 0 ? count : modifier === 'this' ? 0 : modifier === 'next' || modifier === 'coming' ? 1 : -1;
  return { start: atUnitPrecision(shift(reference, offset, unit), unit) };
});

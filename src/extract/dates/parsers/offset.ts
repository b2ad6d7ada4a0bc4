import type * as chrono from 'chrono-node';
import { atUnitPrecision, shift, shiftValue, type Unit } from '../../../core/calendar.ts';
import type { DateValue } from '../../../core/types.ts';
import { COUNT, countOf } from '../../lexicon/counts.ts';
import { mentionContext, ownResult } from '../rule.ts';

const OFFSET = new RegExp(
  String.raw`\b(${COUNT}|the)\s+(day|week|month|year)s?\s+(before|after|earlier|later)\b(?:\s+(?:the|a|an|his|her|their|its)?\s*([\w-]+(?:\s+[\w-]+)?))?`,
  'i',
);

/**
 * `offset`: "two days later" (from the last dated event the article told of), "a month before the
 * call" (from the call, when the article dates it). When the article does not date X, what the
 * sentence reports happens at the reference, so X is the offset away from it — unless the sentence has
 * a date of its own (see the `unanchored-offset` refiner).
 */
export class OffsetParser implements chrono.Parser {
  readonly name = 'offset';
  pattern(): RegExp {
    return OFFSET;
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult | null {
    const count = countOf(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase() as Unit;
    const direction = (m[3] ?? '').toLowerCase();
    const object = m[4] ?? '';
    if (count === null) return null;
    const index = m.index ?? 0;
    const expression = m[0].slice(0, m[0].toLowerCase().indexOf(direction) + direction.length);
    const { reference, anchorFor, previous } = mentionContext(context);
    let date: DateValue | null = null;
    if (direction === 'later' || direction === 'earlier') {
      if (previous) date = shiftValue(previous, direction === 'later' ? count : -count, unit);
      return ownResult(context, this.name, index, expression, date);
    }
    const anchor = object ? (anchorFor?.(object) ?? null) : null;
    if (anchor) {
      date = shiftValue(anchor, direction === 'after' ? count : -count, unit);
      return ownResult(context, this.name, index, expression, date);
    }
    const signed = direction === 'after' ? -count : count;
    if (reference) date = atUnitPrecision(shift(reference, signed, unit), unit);
    return ownResult(context, this.name, index, expression, date, { unanchored: { count: signed, unit } });
  }
}

import type * as chrono from 'chrono-node';
import { shiftValue, type Unit } from '../../../core/calendar.ts';
import { mentionContext, ownResult } from '../rule.ts';

/**
 * `next-or-previous`: "the next day", "the following week", "the previous year", counted from the
 * last dated event the article told of; without one there is nothing to count from (date null).
 */
export class NextOrPreviousParser implements chrono.Parser {
  readonly name = 'next-or-previous';
  pattern(): RegExp {
    return /\bthe\s+(next|following|previous|prior|preceding)\s+(day|week|month|year)\b/i;
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult {
    const unit = (m[2] ?? 'day').toLowerCase() as Unit;
    const forward = /^(?:next|following)$/i.test(m[1] ?? '');
    const { previous } = mentionContext(context);
    const date = previous ? shiftValue(previous, forward ? 1 : -1, unit) : null;
    return ownResult(context, this.name, m.index ?? 0, m[0], date);
  }
}

import type * as chrono from 'chrono-node';
import { dayValue } from '../../../core/calendar.ts';
import { mentionContext, ownResult } from '../rule.ts';

/**
 * `earlier-today`: "earlier today" and "earlier in the day" are the day the article speaks from;
 * "later that day" and "by then" are the day of the event the article told of before, when it dated
 * one to the day (else the day it speaks from; "by then" alone is then no date).
 */
export class EarlierTodayParser implements chrono.Parser {
  readonly name = 'earlier-today';
  pattern(): RegExp {
    return /\b(?:(?:earlier|later)\s+(?:in\s+the\s+day|today|that\s+day)|by\s+then)\b/i;
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult | null {
    const { reference, previous } = mentionContext(context);
    // "that day" and "then" point back at the event just told; "in the day" is mostly the article's own.
    const anchored = /\b(?:that|then)\b/i.test(m[0]);
    if (anchored && previous?.yearKnown && previous.precision === 'day')
      return ownResult(context, this.name, m.index ?? 0, m[0], previous);
    if (/then/i.test(m[0])) return null;
    return ownResult(context, this.name, m.index ?? 0, m[0], reference ? dayValue(reference) : null);
  }
}

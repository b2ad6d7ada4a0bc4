import type * as chrono from 'chrono-node';
import { dayValue } from '../../../core/calendar.ts';
import { mentionContext, ownResult } from '../rule.ts';

/** `earlier-today`: "earlier in the day", "later that day", "earlier today" — the day the article speaks from. */
export class EarlierTodayParser implements chrono.Parser {
  readonly name = 'earlier-today';
  pattern(): RegExp {
    return /\b(?:earlier|later)\s+(?:in\s+the\s+day|today|that\s+day)\b/i;
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult {
    const { reference } = mentionContext(context);
    return ownResult(context, this.name, m.index ?? 0, m[0], reference ? dayValue(reference) : null);
  }
}

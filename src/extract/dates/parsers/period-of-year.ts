import type * as chrono from 'chrono-node';
import { monthValue } from '../../../core/calendar.ts';
import { mentionContext, ownResult } from '../rule.ts';

/**
 * `period-of-year`: "the end of the year", "the beginning of next year" — the month the words point
 * at (December, June or January) of that year.
 */
export class PeriodOfYearParser implements chrono.Parser {
  readonly name = 'period-of-year';
  pattern(): RegExp {
    return /\b(?:the\s+)?(beginning|start|middle|end|turn)\s+of\s+(?:the\s+)?(?:(this|last|next)\s+)?year\b/i;
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult {
    const part = (m[1] ?? '').toLowerCase();
    const modifier = (m[2] ?? '').toLowerCase();
    const reference = mentionContext(context).reference;
    let date = null;
    if (reference) {
      const year = reference.getUTCFullYear() + (modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0);
      const month = part === 'end' || part === 'turn' ? 12 : part === 'middle' ? 6 : 1;
      date = monthValue(year, month);
    }
    return ownResult(context, this.name, m.index ?? 0, m[0], date);
  }
}

import type * as chrono from 'chrono-node';
import { yearValue } from '../../../core/calendar.ts';
import { mentionContext, ownResult } from '../rule.ts';

/**
 * `named-year`: a year named by what fills it — "the next fiscal year", "this campaign season", "last
 * school year", "the coming election cycle": the reference's year, or the one after or before.
 */
export class NamedYearParser implements chrono.Parser {
  readonly name = 'named-year';
  pattern(): RegExp {
    return /\b(this|next|last|the\s+next|the\s+coming|the\s+last|the\s+previous|the\s+current)\s+(?:fiscal|school|academic|campaign|election|budget|legislative)\s+(?:year|season|cycle)\b/i;
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult {
    const modifier = (m[1] ?? '').toLowerCase().replace(/^the\s+/, '');
    const { reference } = mentionContext(context);
    const offset =
      modifier === 'next' || modifier === 'coming'
        ? 1
        : modifier === 'last' || modifier === 'previous'
          ? -1
          : 0;
    const date = reference ? yearValue(reference.getUTCFullYear() + offset) : null;
    return ownResult(context, this.name, m.index ?? 0, m[0], date);
  }
}

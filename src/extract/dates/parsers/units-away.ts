import type * as chrono from 'chrono-node';
import { atUnitPrecision, shift, type Unit, weekValue } from '../../../core/calendar.ts';
import { COUNT, countOf } from '../../lexicon/counts.ts';
import { mentionContext, ownResult } from '../rule.ts';

/** `units-away`: "the vote is ten days away", "two weeks away" — that far after the reference. */
export class UnitsAwayParser implements chrono.Parser {
  readonly name = 'units-away';
  pattern(): RegExp {
    return new RegExp(String.raw`\b(${COUNT})\s+(day|week|month|year)s?\s+away\b`, 'i');
  }
  extract(context: chrono.ParsingContext, m: RegExpMatchArray): chrono.ParsingResult | null {
    const count = countOf(m[1] ?? '');
    if (count === null) return null;
    const unit = (m[2] ?? '').toLowerCase() as Unit;
    const { reference } = mentionContext(context);
    const target = reference ? shift(reference, count, unit) : null;
    const date = target ? (unit === 'week' ? weekValue(target) : atUnitPrecision(target, unit)) : null;
    return ownResult(context, this.name, m.index ?? 0, m[0], date);
  }
}

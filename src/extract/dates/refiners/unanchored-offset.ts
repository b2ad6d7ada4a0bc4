import { shiftValue } from '../../../core/calendar.ts';
import { dateOf, type NamedRefiner, redate, unanchoredOffsetOf } from '../rule.ts';

/**
 * `unanchored-offset`: "seven days after X" in a sentence that has its own date ("the Act of 1968
 * was passed seven days after …"): X is counted from that date, not from the reference.
 */
export const unanchoredOffset: NamedRefiner = {
  name: 'unanchored-offset',
  refine: (context, results) => {
    for (const result of results) {
      const offset = unanchoredOffsetOf(result);
      if (!offset) continue;
      let own = null;
      for (const other of results) {
        if (other === result || unanchoredOffsetOf(other)) continue;
        const dates = [dateOf(other.start), other.end ? dateOf(other.end) : null];
        own = dates.find((d) => d?.yearKnown) ?? null;
        if (own) break;
      }
      if (own) redate(context, result, shiftValue(own, offset.count, offset.unit));
    }
    return results;
  },
};

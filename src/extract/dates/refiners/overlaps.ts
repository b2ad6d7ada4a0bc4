import type * as chrono from 'chrono-node';
import { isFallback, isOwn, type NamedRefiner, ruleOf } from '../rule.ts';

const overlaps = (a: chrono.ParsedResult, b: chrono.ParsedResult): boolean =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;

const isYear = (r: chrono.ParsedResult) => ruleOf(r) === 'year';

/**
 * `overlaps`: which of two rules reading the same words wins.
 * - Our own patterns win over chrono where they overlap (offsets, seasons, "earlier in the day"),
 *   except a bare year: a year inside a longer expression ("the spring of 2014", chrono's
 *   "November 14, 2014") is not a second mention.
 * - A fallback (`month-alone`) counts only where nothing else dates the words.
 * Results come out in sentence order, ours before chrono's at the same offset.
 */
export const resolveOverlaps: NamedRefiner = {
  name: 'overlaps',
  refine: (_context, results) => {
    const own = results.filter((r) => isOwn(r) && !isFallback(r));
    const ownKept = own.filter((r) => !(isYear(r) && own.some((o) => o !== r && overlaps(o, r))));
    const chronoKept = results.filter((r) => !isOwn(r) && !ownKept.some((o) => !isYear(o) && overlaps(o, r)));
    const kept = [
      ...ownKept.filter((o) => !(isYear(o) && chronoKept.some((c) => overlaps(c, o)))),
      ...chronoKept,
    ];
    for (const fallback of results.filter(isFallback)) {
      if (!kept.some((k) => overlaps(k, fallback))) kept.push(fallback);
    }
    const rank = (r: chrono.ParsedResult) => (isFallback(r) ? 2 : isOwn(r) ? 0 : 1);
    const order = new Map(results.map((r, i) => [r, i]));
    return kept.sort(
      (a, b) => a.index - b.index || rank(a) - rank(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
  },
};

import type * as chrono from 'chrono-node';
import { isOwn } from '../rule.ts';

/**
 * chrono's own refiners (overlap removal, range and date-time merges, its unlikely-format filter)
 * are written for chrono's own results: they would merge our years into ranges or drop a bare "2014"
 * as a number. Each runs on chrono's results alone; ours pass by it unchanged.
 */
export function onChronoResultsOnly(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const own = results.filter(isOwn);
      if (own.length === 0) return refiner.refine(context, results);
      const refined = refiner.refine(
        context,
        results.filter((r) => !isOwn(r)),
      );
      return [...refined, ...own].sort((a, b) => a.index - b.index);
    },
  };
}

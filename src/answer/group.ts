import type { Citation } from '../core/types.ts';
import { foldText } from './fold.ts';

/**
 * One quote, many articles: wire stories and pick-ups repeat a quote across outlets. Results whose
 * words are the same (folded) or one inside the other, from the same speaker, become one result: it
 * keeps the best rank of its members, its source is the earliest article, and it lists every article
 * that carries it.
 */

export interface Groupable {
  text: string;
  citation: Citation;
}

/** Every article carrying a result, earliest first (the first is its source). */
export interface Carried {
  carriedBy: Citation[];
}

/** Earliest publication first; undated articles last; then article id and paragraph, for a stable order. */
export function earliestFirst(a: Citation, b: Citation): number {
  return (
    (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') ||
    a.articleId.localeCompare(b.articleId) ||
    a.paragraph - b.paragraph
  );
}

const contains = (longer: string, shorter: string): boolean =>
  shorter !== '' && ` ${longer} `.includes(` ${shorter} `);

/**
 * Groups ranked results (best first). `sameSource` tells whether two results may be one (the same
 * speaker); the group takes the place of its best-ranked member and the earliest member's fields.
 */
export function groupResults<R extends Groupable>(
  ranked: readonly R[],
  sameSource: (a: R, b: R) => boolean = () => true,
): (R & Carried)[] {
  const groups: { members: R[]; folded: string[] }[] = [];
  for (const result of ranked) {
    const folded = foldText(result.text);
    const group = groups.find(
      (g) =>
        sameSource(g.members[0] as R, result) &&
        g.folded.some((f) => f === folded || contains(f, folded) || contains(folded, f)),
    );
    if (group) {
      // The same article twice (a quote and its paragraph) is one carrier.
      if (!group.members.some((m) => m.citation.articleId === result.citation.articleId)) {
        group.members.push(result);
      }
      group.folded.push(folded);
    } else {
      groups.push({ members: [result], folded: [folded] });
    }
  }
  return groups.map(({ members }) => {
    const sorted = [...members].sort((a, b) => earliestFirst(a.citation, b.citation));
    const best = members[0] as R;
    const source = sorted[0] as R;
    return { ...source, ...scoreOf(best), carriedBy: sorted.map((m) => m.citation) };
  });
}

/** The group ranks as its best member did: its score and highlights stay the best member's. */
function scoreOf<R>(best: R): Partial<R> {
  const { score } = best as { score?: number };
  return (score === undefined ? {} : { score }) as Partial<R>;
}

import {
  AUXILIARY,
  FORWARD_PARTICIPLE,
  FUTURE_MARKER,
  PARTICIPLE_AFTER_BE,
  PARTICIPLE_AFTER_FUTURE,
  PAST_MARKER,
  PRESENT_MARKER,
  WEAK_PAST_MARKER,
} from '../lexicon/tense-markers.ts';

export type Tense = 'past' | 'future' | 'neutral';

interface MarkerHit {
  tense: Tense;
  distance: number;
}

function nearestMarker(text: string, fromEnd: boolean, auxiliariesOnly = false): MarkerHit | null {
  let best: MarkerHit | null = null;
  const consider = (regex: RegExp, markerTense: Tense) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      let tense = markerTense;
      if (tense === 'past') {
        if (FORWARD_PARTICIPLE.test(m[0])) continue;
        const before = text.slice(Math.max(0, m.index - 20), m.index);
        if (PARTICIPLE_AFTER_FUTURE.test(before)) tense = 'future';
        else if (PARTICIPLE_AFTER_BE.test(before)) continue;
      }
      if (auxiliariesOnly && !AUXILIARY.test(m[0])) continue;
      const distance = fromEnd ? text.length - (m.index + m[0].length) : m.index;
      if (!best || distance < best.distance) best = { tense, distance };
    }
  };
  consider(FUTURE_MARKER, 'future');
  consider(PAST_MARKER, 'past');
  if (!auxiliariesOnly) consider(PRESENT_MARKER, 'neutral');
  // After the words, "said"/"told" count like any auxiliary: "on Wednesday said he would run" is past.
  if (!best || auxiliariesOnly) consider(WEAK_PAST_MARKER, 'past');
  return best;
}

/**
 * The tense governing the words at [start, end) of a sentence: the nearest tense marker before them
 * in the same clause, else the nearest after; "neutral" when there is none.
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'));
  const beforeClause = clauseStart >= 0 ? before.slice(clauseStart + 1) : before;
  const hitBefore = nearestMarker(beforeClause, true);
  if (hitBefore) return hitBefore.tense;
  const after = sentence.slice(end, end + 60);
  // A fronted expression ("In July, the company fired …") takes the tense of the main clause after it.
  if (
    /^\s*(?:(?:and|but|so|then|also)\s+)?(?:in|on|by|since|during|early|late|until|through)?\s*$/i.test(
      before,
    )
  ) {
    const hit = nearestMarker(after.replace(/^[\s,;:—]+/, ''), false);
    return hit ? hit.tense : 'neutral';
  }
  // An expression that ends its clause ("in January, the senator said") takes nothing from after it.
  if (/[,;:—]\s*$/.test(sentence.slice(start, end))) return 'neutral';
  const clauseEnd = after.search(/[,;—]/);
  // After the words, only auxiliaries count: a following "-ed" is mostly adjectival ("a date booked").
  const hitAfter = nearestMarker(clauseEnd >= 0 ? after.slice(0, clauseEnd) : after, false, true);
  return hitAfter ? hitAfter.tense : 'neutral';
}

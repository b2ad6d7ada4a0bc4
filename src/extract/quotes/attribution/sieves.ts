/** The sieves that credit a quotation with no cue right next to it (see src/extract/rules.ts). */
import type { Entity } from '../../speakers/tracker.ts';
import type { QuoteSpan } from '../../text/quote-marks.ts';
import type { Token } from '../../text/tokens.ts';
import type { Cue } from '../cues/find-cues.ts';
import type { SentenceWork } from '../extract.ts';

export function nearestCue(span: QuoteSpan, cues: Cue[], tokens: Token[], text: string): Cue | null {
  let best: Cue | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  // A quotation that ends its sentence ("…to come.”) is not credited by a new sentence after it
  // ("While some critics say …").
  const endsSentence = /[.!?]["”’']?$/.test(text.slice(span.start, span.end));
  for (const cue of cues) {
    const from =
      tokens[Math.min(cue.verbFrom, cue.subjectFrom >= 0 ? cue.subjectFrom : cue.verbFrom)]?.start ?? 0;
    if (endsSentence && from >= span.end) {
      const first = tokens.find((t) => t.start >= span.end);
      if (first?.kind === 'word' && /^\p{Lu}/u.test(first.text) && !isCueStart(cue, tokens, first)) continue;
    }
    const to = tokens[Math.max(cue.verbTo, cue.subjectTo) - 1]?.end ?? 0;
    const distance = from >= span.end ? from - span.end : span.start >= to ? (span.start - to) * 1.5 : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cue;
    }
  }
  return best;
}

/** The person the latest sentence before `index` opens with, when no sentence since has a cue. */
export function narrator(work: SentenceWork[], index: number): Entity | null {
  for (let j = index - 1; j >= 0; j--) {
    const sentence = work[j];
    if (!sentence || sentence.cues.length > 0) return null;
    if (sentence.opener) return sentence.opener;
  }
  return null;
}

/** The cue's frame starts at this token ("“….” Smith said" starts with its subject). */
export const isCueStart = (cue: Cue, tokens: Token[], token: Token): boolean => {
  const first = Math.min(cue.verbFrom, cue.subjectFrom >= 0 ? cue.subjectFrom : cue.verbFrom);
  return tokens[first] === token && cue.kind !== 'according';
};

/** A paragraph's own cue credits its other quotations ("…," she said. "…"): the nearest one before, else after. */
export function nearestParagraphCue(span: QuoteSpan, cues: Array<Cue & { at: number }>): Cue | null {
  let before: (Cue & { at: number }) | null = null;
  for (const cue of cues) if (cue.at <= span.start) before = cue;
  return before ?? cues[0] ?? null;
}

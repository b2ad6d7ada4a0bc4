/** Reported clauses: what a cue reports, before it or after it, as a region of the paragraph. */
import { CLAUSE_OPENER, INTRODUCTORY, PREPOSITION, SPEECH_ONLY, TIME_NOUN } from '../lexicon/clause-words.ts';
import { DETERMINERS } from '../lexicon/names.ts';
import { OBJECT_VERBS } from '../lexicon/reporting-verbs.ts';
import { isCapitalised } from '../names/words.ts';
import type { QuoteSpan } from '../text/quote-marks.ts';
import type { Token } from '../text/tokens.ts';
import type { Cue } from './cues/find-cues.ts';
import type { VerbInfo } from './cues/reporting-verbs.ts';

export interface Region {
  start: number;
  end: number;
}

/** A reported clause and the shape it was read in. */
export interface Clause extends Region {
  rule: 'clause-set-off' | 'clause-after-according' | 'clause-after-cue' | 'clause-before-cue';
}

/** Characters of the quotation marks and spaces a clause should not start or end with. */
export const trimRegion = (text: string, region: Region): Region | null => {
  let { start, end } = region;
  while (start < end && /[\s,:;—–-]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,.;:!?—–-]/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
};

export const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Token `at` is inside the clause an opening "Although"/"Though"/"Whereas" starts (before its comma). */
export function inConcessiveOpening(tokens: Token[], at: number): boolean {
  return (
    /^(?:although|though|whereas)$/.test(tokens[0]?.lower ?? '') &&
    !tokens.slice(0, at).some((t) => t.text === ',')
  );
}

/**
 * Where the reported clause after a verb starts (a token index; tokens.length for none): past the
 * hearer of "told reporters that", and past a prepositional phrase ("said in a statement on Monday
 * that …", "said in his New Year's speech he was ready …").
 */
export function clauseStart(tokens: Token[], verbTo: number, verb: VerbInfo): number {
  let from = verbTo;
  // "states however, that …": a sentence adverb set off by a comma is not part of the clause.
  if (
    /^(?:however|though|moreover|furthermore|nonetheless|nevertheless|meanwhile|therefore)$/.test(
      tokens[from]?.lower ?? '',
    ) &&
    tokens[from + 1]?.text === ','
  )
    from += 2;
  const that = tokens.findIndex((t, i) => i >= from && i < from + 12 && t.lower === 'that');
  const punctuationBefore = (to: number) => tokens.slice(from, to).some((t) => t.kind !== 'word');
  if (OBJECT_VERBS.has(verb.lemma)) {
    if (that >= 0 && !punctuationBefore(that)) return that;
    // "told reporters the plan …", "told CBC News he …": skip the hearer, up to three words.
    const object = tokens[from];
    if (
      object &&
      (/^(?:reporters|journalists|him|her|them|us|me|police|media|parliament)$/i.test(object.text) ||
        isCapitalised(object.text))
    ) {
      from++;
      while (from < verbTo + 3 && tokens[from] && isCapitalised(tokens[from]?.text ?? '')) from++;
    }
    return from;
  }
  const first = tokens[from];
  if (!first) return from;
  // "said this may encourage …": "this" opens the clause unless a time noun follows ("said this week").
  if (first.lower === 'this' && !TIME_NOUN.test(tokens[from + 1]?.lower ?? '')) return from;
  const opensPhrase =
    PREPOSITION.test(first.lower) &&
    !(first.lower === 'while' && !/ing$/.test(tokens[from + 1]?.lower ?? ''));
  if (!opensPhrase) {
    // "said it would repay some of that sum": a clause opened by its subject pronoun starts there.
    const pronounFirst = /^(?:it|he|she|they|we|i|you)$/.test(first.lower);
    if (that >= 0 && that < from + 8 && !punctuationBefore(that) && !pronounFirst) return that;
    return from;
  }
  if (first.lower === 'while' || first.lower === 'when') {
    // "said while sitting in a church": a participle, not a clause.
    return tokens.length;
  }
  // Skip the phrase: its own determiner, then words, until something opens a clause.
  // "said Thursday one of …", "announced recently that …": a time word alone, then the clause.
  if (
    /^(?:today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|recently|earlier|later|again|publicly|previously|repeatedly)$/.test(
      first.lower,
    )
  )
    return tokens[from + 1]?.kind === 'word' ? from + 1 : tokens.length;
  let k = from + 1;
  if (DETERMINERS.has(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'that') k++;
  for (; k < tokens.length && k < from + 12; k++) {
    const token = tokens[k];
    if (token?.kind !== 'word') return tokens.length;
    if (CLAUSE_OPENER.test(token.lower)) return k;
  }
  return tokens.length;
}

/**
 * The clause a cue reports, as a character region of the paragraph: what follows the verb
 * ("stressed that officials … were warned") or what precedes the cue ("Being in a public position …
 * can be hard, Lonechild said"). Null when the cue credits a quotation instead.
 */
export function reportedClause(
  tokens: Token[],
  cue: Cue,
  next: Cue | undefined,
  hasEarlierCue: boolean,
  spans: QuoteSpan[],
  sentence: { start: number; end: number },
  masked: string,
  text: string,
): Clause | null {
  const sentenceEnd = sentence.end;
  const stopAt = (from: number): number => {
    // The clause ends where the next cue's frame begins ("…, adding that …").
    if (!next) return sentenceEnd;
    const firstOfNext = Math.min(next.verbFrom, next.subjectFrom >= 0 ? next.subjectFrom : next.verbFrom);
    let k = firstOfNext - 1;
    while (k > from && tokens[k]?.kind === 'word' && /^(?:as|and|while|with)$/.test(tokens[k]?.lower ?? ''))
      k--;
    // '… "endanger the economy," according to CNBC': a quotation closing the clause stays in it.
    if (tokens[k]?.kind === 'quote' && k > from) return tokens[k]?.end ?? sentenceEnd;
    return tokens[k]?.text === ',' || tokens[k]?.kind === 'word'
      ? (tokens[k]?.start ?? sentenceEnd)
      : sentenceEnd;
  };
  const isOnlyQuote = (region: Region): boolean => {
    const inner = masked.slice(region.start, region.end).replace(/"_*"?|_+"?/g, '');
    return (
      wordCount(inner) <= 1 && spans.some((s) => s.start >= region.start - 2 && s.start <= region.start + 6)
    );
  };

  // "Police, Sinclair says, have no policies …", "Wilson-Raybould, according to the report, rebuffed
  // …": a cue set off by commas inside its sentence reports what follows it.
  const frameFrom = Math.min(cue.verbFrom, cue.subjectFrom >= 0 ? cue.subjectFrom : cue.verbFrom);
  const frameTo = Math.max(cue.verbTo, cue.subjectTo);
  const setOff =
    cue.kind !== 'inverted' &&
    cue.kind !== 'participle' &&
    frameFrom >= 2 &&
    tokens[frameFrom - 1]?.text === ',' &&
    tokens[frameFrom - 2]?.kind === 'word' &&
    tokens[frameTo]?.text === ',' &&
    tokens[frameTo + 1]?.kind === 'word';
  if (setOff) {
    const from = tokens[frameTo + 1]?.start;
    const opening = tokens[0]?.start ?? 0;
    if (from !== undefined) {
      const region = { start: from, end: stopAt(frameTo + 1) };
      const words = wordCount(masked.slice(region.start, region.end));
      // "Meeting the costs can be impossible, Carey says, especially for …": when what comes before the
      // cue is the longer part, it is the main clause, and the cue is read as ending it (below).
      const wordsBefore = wordCount(masked.slice(opening, tokens[frameFrom - 1]?.start ?? opening));
      if (words >= 3 && words > wordsBefore && !isOnlyQuote(region))
        return { ...region, rule: 'clause-set-off' };
    }
  }

  // After the verb.
  if (cue.kind === 'according') {
    const afterSubject = tokens[cue.subjectTo];
    if (afterSubject?.text === ',' && cue.verbFrom <= 1) {
      const from = tokens[cue.subjectTo + 1]?.start;
      if (from === undefined) return null;
      const region = { start: from, end: stopAt(cue.subjectTo + 1) };
      return isOnlyQuote(region) ? null : { ...region, rule: 'clause-after-according' };
    }
  } else if (cue.kind !== 'inverted' && cue.verb) {
    const from = clauseStart(tokens, cue.verbTo, cue.verb);
    const frameFrom = Math.min(cue.verbFrom, cue.subjectFrom >= 0 ? cue.subjectFrom : cue.verbFrom);
    const beforeFrame = tokens[frameFrom - 1]?.text === ',' ? tokens[frameFrom - 2] : tokens[frameFrom - 1];
    const afterQuotation = beforeFrame?.kind === 'quote';
    const first = tokens[from];
    // "Germany's DAX added 0.1 per cent": a number is a quantity, not what was said, unless the verb
    // can only report speech ("said 112 cars is too long").
    if (first && /^[\d$€£]/.test(first.text) && !SPEECH_ONLY.test(cue.verb.lemma)) return null;
    // A cue right after a quotation ("…," she wrote in an email) reports a clause only with "that".
    const opensClause = /^(?:that|he|she|it|they|we|i|there)$/.test(first?.lower ?? '');
    const clauseAllowed =
      (!afterQuotation || first?.lower === 'that') && (cue.verb.takesClause || opensClause);
    if (clauseAllowed && first && first.kind === 'word' && !/^(?:to|so|as)$/.test(first.lower)) {
      // "Although Trump has tweeted that there was no collusion, its inclusion …": the concessive
      // clause, and what it reports, ends at its comma.
      const comma = inConcessiveOpening(tokens, cue.verbFrom)
        ? tokens.findIndex((t, k) => k > from && t.text === ',')
        : -1;
      const end = comma > from ? Math.min(tokens[comma]?.start ?? sentenceEnd, stopAt(from)) : stopAt(from);
      const region = { start: first.start, end };
      if (!isOnlyQuote(region)) return { ...region, rule: 'clause-after-cue' };
    }
  }

  // Before the cue: "<clause>, <subject> <verb>" or "<clause>, <verb> <subject>" or "<clause>, according to X".
  if (hasEarlierCue) return null;
  let frameStart = cue.kind === 'inverted' || cue.kind === 'according' ? cue.verbFrom : cue.subjectFrom;
  // "…, North Korea's state-run KCNA news agency said": the owner's name opens the frame.
  if (cue.kind === 'left' && /\p{Lu}.*['’]s$/u.test(tokens[frameStart - 1]?.text ?? '')) {
    let k = frameStart - 1;
    while (
      k > 0 &&
      frameStart - k < 4 &&
      isCapitalised(tokens[k - 1]?.text ?? '') &&
      tokens[k - 1]?.kind === 'word'
    )
      k--;
    frameStart = k;
  }
  if (frameStart < 2) return null;
  const comma = tokens[frameStart - 1];
  if (!comma || (comma.text !== ',' && comma.kind !== 'quote')) return null;
  // '… the inclusion of "three-peat," Shibley said': the comma is inside a quotation that closes the
  // clause; a quotation that is the whole clause is a direct quote instead.
  const quotationEnds = comma.kind === 'quote' && /,\s*["”'’]$/.test(text.slice(comma.start, comma.end));
  if (comma.kind === 'quote' && !quotationEnds) return null;
  const first = tokens[0];
  if (!first) return null;
  // "Speaking in Vaughan, Trudeau denied the story", "In a statement, his office said:": an opening
  // phrase, not what was said. Reported speech before its cue is a main clause, and the cue ends it.
  // "At least 48 people died …, he said": "at least" counts, it does not open a phrase.
  const quantity = first.lower === 'at' && /^(?:least|most)$/.test(tokens[1]?.lower ?? '');
  // "But on Monday's episode, Tracy described …", "The following year, Suncor reported …".
  const lead = /^(?:but|and|yet|so|then)$/.test(first.lower) ? tokens[1] : first;
  const opening =
    (lead !== undefined && INTRODUCTORY.test(lead.lower)) ||
    (lead?.lower === 'the' &&
      /^(?:following|next|same|previous)$/.test(tokens[tokens.indexOf(lead) + 1]?.lower ?? ''));
  if (opening && !quantity) {
    // …unless a main clause follows the opening phrase ("When the attacks began, the operation was …").
    const commas = tokens.slice(0, frameStart - 1).flatMap((t, i) => (t.text === ',' ? [i] : []));
    const lastComma = commas.at(-1);
    if (lastComma === undefined || frameStart - 1 - lastComma < 6) return null;
  }
  const afterCue = tokens[Math.max(cue.verbTo, cue.subjectTo)];
  if (
    afterCue &&
    /^(?:that|the|a|an|his|her|its|their|this|these|those|it|he|she|they)$/.test(afterCue.lower)
  )
    return null;
  const region = { start: first.start, end: quotationEnds ? comma.end : comma.start };
  const content = masked.slice(region.start, region.end);
  // A quotation with nothing around it is a direct quote, not a reported clause.
  if (/^"_*"?$/.test(content.trim())) return null;
  if (wordCount(content.replace(/"_*"?/g, '')) < 2) return null;
  return { ...region, rule: 'clause-before-cue' };
}

/** A quotation stands as a sentence of speech (not a phrase inside the writer's sentence). */
export function isDirect(
  tokens: Token[],
  span: QuoteSpan,
  cues: Cue[],
  sentence: { start: number },
  masked: string,
): boolean {
  if (!span.opened) return true;
  const before = masked.slice(sentence.start, span.start).trim();
  if (before === '') return true;
  if (/[:—–-]$/.test(before)) return true;
  let k = -1;
  for (let i = 0; i < tokens.length; i++) if ((tokens[i]?.end ?? 0) <= span.start) k = i;
  const last = tokens[k];
  if (!last) return true;
  const cueEnds = (index: number) =>
    cues.some((c) => Math.max(c.verbTo, c.subjectTo) - 1 === index && c.kind !== 'according');
  if (last.text === ',' && cueEnds(k - 1)) return true;
  if (cueEnds(k)) return true;
  // "… it said in a statement: «…»" was covered by the colon; an opening quote after "," following a quote
  // is the second half of a split quotation.
  if (last.text === ',' && tokens[k - 1]?.kind === 'quote') return true;
  return false;
}

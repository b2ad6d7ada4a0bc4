/** Noun phrases that can speak: a name with its role, a pronoun, a description, read around a verb. */
import {
  DESCRIPTION_STOP,
  INTRODUCTORY,
  LEFT_BOUNDARY,
  NOT_IN_DESCRIPTION,
  RIGHT_BOUNDARY,
  TIME_NOUN,
} from '../lexicon/clause-words.ts';
import { DOCUMENT_NOUNS, MESSAGE_NOUNS } from '../lexicon/documents.ts';
import { DETERMINERS, NAME_PARTICLES, PRONOUNS } from '../lexicon/names.ts';
import { findNameRuns, isNominalPhrase, isOrganisationName, runText } from '../names/name-runs.ts';
import { isCapitalised, looksLikePerson, wordTags } from '../names/words.ts';
import type { Token } from '../text/tokens.ts';

export interface NounPhrase {
  /** The phrase names the issuer of a document ("a statement from the EU"): the document's noun. */
  document?: string;
  /** An unnamed source's description runs on to this token ("sources familiar with the talks"). */
  descriptionTo?: number;
  from: number;
  to: number;
  kind: 'name' | 'pronoun' | 'nominal';
  /** Token index where the name proper starts (after titles and role words before it). */
  nameFrom: number;
  role: string | null;
}

/** Is tokens[from, to) a noun phrase that can speak: a name, a pronoun, or a person/organisation noun? */
export function classifyPhrase(tokens: Token[], from: number, to: number, text: string): NounPhrase | null {
  const words = tokens.slice(from, to);
  if (words.length === 0 || words.some((t) => t.kind !== 'word')) return null;
  const first = words[0];
  if (!first) return null;
  if (words.length === 1 && PRONOUNS.has(first.lower)) {
    return { from, to, kind: 'pronoun', nameFrom: from, role: null };
  }
  // A name at the end of the phrase: "spokesperson Martin Magnan", "Prime Minister Justin Trudeau".
  const runs = findNameRuns(words);
  const lastRun = runs.at(-1);
  // "the former sergeant-at-arms of the House of Commons": a name after "of"/"the" is not the speaker.
  const beforeName = lastRun ? words[lastRun.from - 1] : undefined;
  const nameIsObject =
    beforeName !== undefined &&
    lastRun !== undefined &&
    (LEFT_BOUNDARY.has(beforeName.lower) || (beforeName.lower === 'the' && lastRun.from > 1));
  const roleWords = lastRun ? words.slice(0, lastRun.from) : [];
  const clauseBeforeName = roleWords.some(
    (t) => (NOT_IN_DESCRIPTION.test(t.lower) && !/^(?:and|or)$/.test(t.lower)) || PRONOUNS.has(t.lower),
  );
  // "Reports say", "Officials said": a common noun capitalised to open the sentence is not a name.
  if (
    lastRun &&
    words.length === 1 &&
    from === 0 &&
    /[^s]s$/.test(first.lower) &&
    (isNominalPhrase([first.lower]) || DOCUMENT_NOUNS.has(first.lower.slice(0, -1)))
  ) {
    return { from, to, kind: 'nominal', nameFrom: from, role: null };
  }
  if (
    lastRun &&
    !nameIsObject &&
    !clauseBeforeName &&
    lastRun.to === words.length &&
    lastRun.titleTo < lastRun.to &&
    !LEFT_BOUNDARY.has(first.lower)
  ) {
    let nameFrom = from + lastRun.titleTo;
    // Particles before the surname belong to the name ("de la Cruz").
    while (
      nameFrom > from &&
      NAME_PARTICLES.has(tokens[nameFrom - 1]?.lower ?? '') &&
      !isCapitalised(tokens[nameFrom - 1]?.text ?? '')
    )
      nameFrom--;
    const roleText = nameFrom > from ? runText(tokens, from, nameFrom, text) : null;
    const lead = tokens[from];
    const roleClean =
      roleText && lead && DETERMINERS.has(lead.lower) ? roleText.replace(/^\S+\s*/, '') : roleText;
    // Everything before the name must be role words (titles, nouns, organisation names), not a clause.
    return { from, to, kind: 'name', nameFrom, role: roleClean && roleClean.length > 0 ? roleClean : null };
  }
  // A capitalised title standing alone may be a surname ("Major said" for Robert Major): resolved later.
  if (lastRun && lastRun.to === words.length && words.length === 1 && from > 0) {
    return { from, to, kind: 'name', nameFrom: from, role: null };
  }
  const lowerWords = words.map((t) => t.lower);
  if (LEFT_BOUNDARY.has(first.lower)) return null;
  // A description is a determiner and nouns or adjectives; a verb inside means it is a clause.
  if (lowerWords.some((w) => NOT_IN_DESCRIPTION.test(w))) return null;
  const of = lowerWords.indexOf('of');
  const headWords = of > 0 ? lowerWords.slice(0, of) : lowerWords;
  if (DETERMINERS.has(first.lower) && words.length >= 2 && words.length <= 9 && isNominalPhrase(headWords)) {
    return { from, to, kind: 'nominal', nameFrom: from, role: null };
  }
  if (words.length <= 4 && isNominalPhrase(headWords) && !DETERMINERS.has(first.lower)) {
    return { from, to, kind: 'nominal', nameFrom: from, role: null };
  }
  return null;
}

/** The longest speaker phrase ending at token `end` (inclusive), read backwards to a boundary. */
export function phraseBefore(tokens: Token[], end: number, text: string): NounPhrase | null {
  let start = end;
  while (start >= 0) {
    const token = tokens[start];
    if (token?.kind !== 'word') break;
    if (LEFT_BOUNDARY.has(token.lower) && !(token.lower === 'of' && start < end)) break;
    if (end - start >= 8) break;
    start--;
  }
  for (let from = start + 1; from <= end; from++) {
    const phrase = classifyPhrase(tokens, from, end + 1, text);
    if (!phrase) continue;
    // "professor Kent Moore at the University of Toronto says": the speaker is before the preposition.
    const preposition = tokens[phrase.from - 1];
    const objectOfPreposition =
      phrase.kind === 'nominal' || (phrase.kind === 'name' && !isPersonName(tokens, phrase));
    if (objectOfPreposition && preposition && /^(?:at|of|from|with|for|in|on|by)$/.test(preposition.lower)) {
      const head = phraseBefore(tokens, phrase.from - 2, text);
      // "A statement from the EU said": a document speaks for whoever issued it.
      const issued =
        head?.kind === 'nominal' &&
        /^(?:from|by|of)$/.test(preposition.lower) &&
        DOCUMENT_NOUNS.has(tokens[head.to - 1]?.lower ?? '') &&
        phrase.kind === 'name';
      if (issued) return { ...phrase, document: tokens[head.to - 1]?.lower ?? '' };
      if (head && head.kind !== 'pronoun' && preposition.lower !== 'by') return head;
    }
    return phrase;
  }
  return null;
}

/**
 * "sources familiar with the negotiations", "a person close to the team", "officials unauthorized to
 * speak publicly and granted anonymity": where the description of an unnamed source ends (a token index),
 * or `to` when nothing follows it.
 */
export function descriptionEnd(tokens: Token[], to: number): number {
  const at = (k: number) => tokens[k]?.lower ?? '';
  let k = to;
  if (at(k) === 'familiar' && at(k + 1) === 'with') k += 2;
  else if (at(k) === 'close' && at(k + 1) === 'to') k += 2;
  else if (at(k) === 'with' && at(k + 1) === 'knowledge' && at(k + 2) === 'of') k += 3;
  else if (/^(?:briefed|involved)$/.test(at(k)) && /^(?:on|in)$/.test(at(k + 1))) k += 2;
  else if (/^(?:unauthorized|unauthorised|authorized|authorised)$/.test(at(k)) && at(k + 1) === 'to') {
    // "unauthorized to speak publicly (and granted anonymity)"
    k += 2;
    let end = k;
    while (
      end < tokens.length &&
      end - k < 8 &&
      tokens[end]?.kind === 'word' &&
      !/^(?:who|that|which|said|says|but)$/.test(at(end))
    )
      end++;
    return end;
  } else return to;
  const start = k;
  while (
    k < tokens.length &&
    k - start < 5 &&
    tokens[k]?.kind === 'word' &&
    !(k > start && DESCRIPTION_STOP.test(at(k)))
  )
    k++;
  return k > start ? k : to;
}

/** The phrase names a person, not an organisation or a place ("the University of Toronto"). */
export const isPersonName = (tokens: Token[], phrase: NounPhrase): boolean => {
  const words = tokens.slice(phrase.nameFrom, phrase.to).map((t) => t.text);
  return !isOrganisationName(words) && looksLikePerson(words);
};

/** The speaker phrase starting at token `from`, read forwards to a boundary ("said Smith in …"). */
export function phraseAfter(tokens: Token[], from: number, text: string): NounPhrase | null {
  let end = from;
  while (end < tokens.length) {
    const token = tokens[end];
    if (token?.kind !== 'word') break;
    if (RIGHT_BOUNDARY.has(token.lower) && end > from) break;
    if (end - from >= 8) break;
    end++;
  }
  for (let to = end; to > from; to--) {
    const phrase = classifyPhrase(tokens, from, to, text);
    if (phrase) return phrase;
  }
  return null;
}

/** The description after a name: "…, said Jane Doe, a spokesperson for the city." */
export function roleAfter(tokens: Token[], at: number, text: string): string | null {
  if (tokens[at]?.text !== ',') return null;
  const start = at + 1;
  let end = start;
  while (end < tokens.length) {
    const token = tokens[end];
    if (!token || token.kind === 'quote' || token.text === '.' || token.text === ';') break;
    end++;
  }
  const first = tokens[start];
  if (!first || end - start < 1 || end - start > 20) return null;
  if (
    /^(?:who|which|where|when|adding|saying|noting|as|and|but|in|on|at|during|after|before)$/.test(
      first.lower,
    )
  )
    return null;
  if (/^\d+$/.test(first.text)) return null;
  const role = runText(tokens, start, end, text).replace(/[,\s]+$/, '');
  return role || null;
}

/** The speaker before an apposition that ends at the comma `comma` ("NAME, role …, said"). */
export function subjectBeforeApposition(tokens: Token[], comma: number, text: string): NounPhrase | null {
  const commas: number[] = [];
  for (let k = comma - 1; k >= 1 && comma - k < 45; k--) {
    const token = tokens[k];
    if (!token || token.kind === 'quote') break;
    if (token.text === ',') commas.push(k);
  }
  // "DeLaet's agent, Danny Fritz, told": a name set off by commas after a description is the speaker.
  const innermost = commas[0];
  if (commas.length === 1 && innermost !== undefined) {
    const inner = classifyPhrase(tokens, innermost + 1, comma, text);
    const outer = phraseBefore(tokens, innermost - 1, text);
    if (inner?.kind === 'name' && inner.nameFrom === innermost + 1 && outer?.kind === 'nominal') return inner;
    // "One red-state Democrat, Montana Sen. Jon Tester, said": a full name, with its titles, set off
    // after a description that is not itself a full name.
    const outerWords = outer ? outer.to - outer.nameFrom : 0;
    if (
      inner?.kind === 'name' &&
      inner.from === innermost + 1 &&
      inner.to - inner.nameFrom >= 2 &&
      isPersonName(tokens, inner) &&
      outer &&
      outer.kind !== 'pronoun' &&
      (outer.kind === 'nominal' || outerWords === 1)
    )
      return inner;
  }
  for (const at of commas.reverse()) {
    const phrase = phraseBefore(tokens, at - 1, text);
    if (!phrase || phrase.kind === 'pronoun') continue;
    const opener = tokens[phrase.from - 1];
    const opensClause = opener?.kind !== 'word' || LEFT_BOUNDARY.has(opener.lower);
    if (opensClause && (phrase.kind === 'name' || commas.length === 1)) return phrase;
  }
  const nearest = commas[0];
  if (commas.length > 1 && nearest !== undefined) {
    const phrase = phraseBefore(tokens, nearest - 1, text);
    if (phrase && phrase.kind !== 'pronoun') return phrase;
  }
  return null;
}

/**
 * The document a speaker's words appeared in, named right after the verb: "wrote in a recent report",
 * "said Monday in a statement", "stated in the company's blog post" (the noun), or null.
 */
export function documentAfter(tokens: Token[], verbTo: number): string | null {
  let k = verbTo;
  if (TIME_NOUN.test(tokens[k]?.lower ?? '') || /day$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'in') return null;
  const determiner = tokens[k + 1];
  if (!determiner || !(DETERMINERS.has(determiner.lower) || /['’]s$/.test(determiner.text))) return null;
  for (let j = k + 2; j <= k + 5; j++) {
    const token = tokens[j];
    if (token?.kind !== 'word') return null;
    if (DOCUMENT_NOUNS.has(token.lower)) {
      const next = tokens[j + 1];
      // "in a report card", "in the statement's wording": the noun must end the phrase.
      return next?.kind === 'word' &&
        !/^(?:that|for|to|on|by|from|about|released|published|issued|last|this)$/.test(next.lower)
        ? null
        : token.lower;
    }
  }
  return null;
}

/**
 * A message noun ends the object just before token `end` (inclusive), perhaps followed by a short
 * phrase ("a statement", "a notice Tuesday", "a message on Twitter"), with no punctuation in between:
 * the index of its determiner, or -1.
 */
export function issuedMessageBefore(tokens: Token[], end: number): number {
  for (let k = end; k >= 0 && end - k < 5; k--) {
    const token = tokens[k];
    if (token?.kind !== 'word') return -1;
    if (MESSAGE_NOUNS.has(token.lower) && k > 0 && DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return k - 1;
  }
  return -1;
}

/**
 * The named subject of a sentence whose reporting verb follows "and" ("Mike Lee praised the deal and
 * said …"): a name that opens the sentence (or follows its opening phrase), then a finite verb, then
 * words only up to the "and".
 */
export function sharedSubject(tokens: Token[], and: number, text: string): NounPhrase | null {
  for (let k = 0; k < and - 1 && k < 20; k++) {
    // "He quickly recovered and assured her …": an adverb may sit between the subject and its verb.
    let v = k + 1;
    while (v < and - 1 && /^\p{Ll}+ly$/u.test(tokens[v]?.lower ?? '')) v++;
    const verb = tokens[v];
    if (verb?.kind !== 'word' || isCapitalised(verb.text)) continue;
    const finite =
      wordTags(verb.lower).includes('PastTense') ||
      /^\p{Ll}+[^s]s$/u.test(verb.lower) ||
      /^\p{Ll}{3,}ed$/u.test(verb.lower);
    if (!finite) continue;
    const phrase = phraseBefore(tokens, k, text);
    // A pronoun shares its verb only when it opens the sentence ("He paused and said …").
    if (phrase?.kind === 'pronoun' && phrase.from === 0 && /^(?:he|she)$/.test(tokens[0]?.lower ?? '')) {
      return tokens.slice(v + 1, and).some((t) => t.kind !== 'word' || t.lower === 'and') ? null : phrase;
    }
    if (phrase?.kind !== 'name') continue;
    // Title words before the name ("Secretary of State Mike Lee") belong to its phrase.
    let from = phrase.from;
    while (
      from > 0 &&
      tokens[from - 1]?.kind === 'word' &&
      (isCapitalised(tokens[from - 1]?.text ?? '') || tokens[from - 1]?.lower === 'of')
    )
      from--;
    const opens =
      from === 0 ||
      (tokens[from - 1]?.text === ',' &&
        INTRODUCTORY.test(tokens[0]?.lower ?? '') &&
        !tokens.slice(0, from - 1).some((t) => t.kind === 'quote'));
    if (!opens) return null;
    if (tokens.slice(v, and).some((t) => t.kind !== 'word' || t.lower === 'and')) return null;
    return phrase;
  }
  return null;
}

/** The description an unnamed source carries, as cue fields ({} when it has none). */
export function described(tokens: Token[], phrase: NounPhrase): { descriptionTo?: number } {
  if (phrase.kind !== 'nominal') return {};
  const end = descriptionEnd(tokens, phrase.to);
  return end > phrase.to ? { descriptionTo: end } : {};
}

/** "sources familiar with the negotiations (have) said": the source whose description ends at `end`. */
export function describedSource(tokens: Token[], end: number, text: string): NounPhrase | null {
  for (let k = end - 1; k >= 1 && end - k <= 9; k--) {
    const token = tokens[k];
    if (token?.kind !== 'word') return null;
    if (
      !/^(?:familiar|close|knowledge|briefed|involved|unauthorized|unauthorised|authorized|authorised)$/.test(
        token.lower,
      )
    )
      continue;
    const from = token.lower === 'knowledge' ? k - 1 : k;
    const head = phraseBefore(tokens, from - 1, text);
    if (head?.kind !== 'nominal' || head.to !== from) return null;
    const descriptionTo = descriptionEnd(tokens, from);
    return descriptionTo === end + 1 ? { ...head, descriptionTo } : null;
  }
  return null;
}

/** The words between a clause boundary and the verb, when they can describe a speaker. */
export function rawSubject(tokens: Token[], end: number): { from: number; to: number } | null {
  let from = end;
  while (from >= 0 && end - from < 8) {
    const token = tokens[from];
    if (
      token?.kind !== 'word' ||
      /^(?:and|but|or|that|which|who|what|when|where|while|because|if|as|so|than|to)$/.test(token.lower)
    )
      break;
    from--;
  }
  from++;
  const first = tokens[from];
  const boundary = tokens[from - 1];
  if (!first || from > end) return null;
  // "But people arrested last week said …": a conjunction that opens the sentence is not part of it.
  const opensAfterConjunction = from === 1 && /^(?:but|and|yet)$/.test(boundary?.lower ?? '');
  if (boundary && boundary.kind === 'word' && !opensAfterConjunction) return null;
  if (!isCapitalised(first.text) && !DETERMINERS.has(first.lower) && from !== 0 && !opensAfterConjunction)
    return null;
  if (PRONOUNS.has(first.lower) || /^(?:it|this|there|i|we|you)$/.test(first.lower)) return null;
  return { from, to: end + 1 };
}

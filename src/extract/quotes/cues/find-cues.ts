/** Cues: a reporting verb or "according to" and the subject that speaks, found in a sentence's tokens. */
import { ADVERBS, PASSIVE_AUXILIARIES, RIGHT_BOUNDARY } from '../../lexicon/clause-words.ts';
import { DOCUMENT_NOUNS } from '../../lexicon/documents.ts';
import { NEEDS_THAT } from '../../lexicon/reporting-verbs.ts';
import { isCapitalised, wordTags } from '../../names/words.ts';
import { ruleOn } from '../../rules.ts';
import type { Entity } from '../../speakers/tracker.ts';
import type { Token } from '../../text/tokens.ts';
import { clauseStart } from '../clauses.ts';
import {
  described,
  describedSource,
  descriptionEnd,
  issuedMessageBefore,
  phraseAfter,
  phraseBefore,
  rawSubject,
  sharedSubject,
  subjectBeforeApposition,
} from '../phrases.ts';
import { reportingVerb, type VerbInfo } from './reporting-verbs.ts';

/** Who a cue credits, as the article names them. */
export interface Credit {
  speaker: string | null;
  role: string | null;
  entity: Entity | null;
  /** The sieve that credited it, when it is not the cue's own subject ("according-lead"). */
  by?: string;
}

export interface Cue {
  /** Token indexes of the reporting verb (or "according to"). */
  verbFrom: number;
  verbTo: number;
  /** Token indexes of the subject, when it is in the sentence. */
  subjectFrom: number;
  subjectTo: number;
  kind: 'left' | 'inverted' | 'according' | 'participle';
  verb: VerbInfo | null;
  /** The subject is taken as written, not parsed ("People arrested last week"). */
  raw?: true;
  /** The subject is a description with its determiner before a comma ("the lanky, bespectacled professor"). */
  definite?: true;
  /** The subject issued the document that speaks ("a study by Civic Action"): the document's noun. */
  document?: string;
  /** An unnamed source's description runs on to this token ("sources familiar with the talks"). */
  descriptionTo?: number;
  credit: Credit;
}

export function findCues(tokens: Token[], text: string): Omit<Cue, 'credit'>[] {
  const cues: Omit<Cue, 'credit'>[] = [];
  const hasQuotation = tokens.some((t) => t.kind === 'quote');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word') continue;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      let phrase = phraseAfter(tokens, i + 2, text);
      // "according to a study (released Monday) by Civic Action": the issuer of the document.
      if (phrase?.kind === 'nominal' && DOCUMENT_NOUNS.has(tokens[phrase.to - 1]?.lower ?? '')) {
        for (let k = phrase.to; k < phrase.to + 8 && tokens[k]?.kind === 'word'; k++) {
          if (!/^(?:by|from)$/.test(tokens[k]?.lower ?? '')) continue;
          // "the memo obtained by The Globe": whoever obtained or saw a document did not write it.
          if (/^(?:obtained|seen|reviewed|viewed|received|acquired|leaked)$/.test(tokens[k - 1]?.lower ?? ''))
            break;
          const issuer = phraseAfter(tokens, k + 1, text);
          if (issuer?.kind === 'name') phrase = { ...issuer, document: tokens[phrase.to - 1]?.lower ?? '' };
          break;
        }
      }
      if (phrase) {
        cues.push({
          verbFrom: i,
          verbTo: i + 2,
          subjectFrom: phrase.from,
          subjectTo: phrase.to,
          kind: 'according',
          verb: null,
          ...(phrase.document ? { document: phrase.document } : {}),
          ...described(tokens, phrase),
        });
      }
      continue;
    }
    const found = reportingVerb(token.text, tokens[i + 1]?.text);
    if (!found) continue;
    // "the Treasury note rose": a reporting verb is never followed directly by a finite verb.
    const nextTags =
      tokens[i + found.words]?.kind === 'word' ? wordTags(tokens[i + found.words]?.lower ?? '') : [];
    if (nextTags.some((t) => t === 'PastTense' || t === 'Modal' || t === 'Copula')) continue;
    // "offered advice, quips and commentary": an -s form inside a list is a plural noun.
    if (
      /s$/.test(token.lower) &&
      /^(?:and|or)$/.test(tokens[i + found.words]?.lower ?? '') &&
      tokens[i - 1]?.text === ','
    )
      continue;
    // "Article Continued Below": a capitalised verb inside a sentence is a title, not a report.
    if (i > 0 && isCapitalised(token.text)) continue;
    // "continued", "asked", "called" credit a quotation next to them, never a clause of their own.
    // …and only when the quotation is next to the verb ("Canada has asked China" inside a reported
    // clause is not a cue for the quotation at the end of the sentence).
    const quotationNear = tokens
      .slice(Math.max(0, i - 6), i + found.words + 6)
      .some((t) => t.kind === 'quote');
    if (!found.info.takesClause && !NEEDS_THAT.has(found.info.lemma) && !quotationNear) continue;
    // "agreed with this finding": a that-verb with neither a clause nor a quotation reports nothing.
    if (NEEDS_THAT.has(found.info.lemma) && !hasQuotation) {
      const start = tokens[clauseStart(tokens, i + found.words, found.info)]?.lower ?? '';
      if (!/^(?:that|he|she|it|they|we|i|there)$/.test(start)) continue;
    }
    const { info } = found;
    const verbTo = i + found.words;
    /** A cue whose speaker is the phrase before the verb, wherever in the sentence it sits. */
    const left = (subject: { from: number; to: number }, extra: Partial<Omit<Cue, 'credit'>> = {}) =>
      cues.push({
        verbFrom: i,
        verbTo,
        subjectFrom: subject.from,
        subjectTo: subject.to,
        kind: 'left',
        verb: info,
        ...extra,
      });
    let before = i - 1;
    // Skip adverbs and auxiliaries ("has also said"); a modal or a negation ("will maintain", "did not say")
    // is a future, a hypothetical or a denial, not a report of what was said.
    let hedged = false;
    while (before >= 0) {
      const word = tokens[before]?.lower ?? '';
      // "Kelly said", "May said", "Will said": a capitalised word right before the verb (or its
      // adverbs) is the subject, a name, never a modal or an -ly adverb. Rule: name-not-adverb.
      if (isCapitalised(tokens[before]?.text ?? '') && ruleOn('name-not-adverb')) break;
      if (/^(?:will|would|could|may|might|can|should|must|shall|not|never|n't)$/.test(word)) hedged = true;
      else if (
        !ADVERBS.has(word) &&
        !(
          /^\p{Ll}+ly$/u.test(word) && !/^(?:family|ally|rally|bully|belly|supply|reply|assembly)$/.test(word)
        )
      )
        break;
      before--;
    }
    if (hedged) continue;
    if (info.participle && tokens[before]?.lower === 'as' && tokens[before - 1]?.lower === 'quoted') {
      // "he was quoted as saying": the subject is before "was quoted".
      before -= 2;
      if (/^(?:was|is|were|are|been)$/.test(tokens[before]?.lower ?? '')) before--;
    }
    const previous = tokens[before];
    if (!info.participle && previous && PASSIVE_AUXILIARIES.has(previous.lower)) continue;
    if (info.participle && previous && /^(?:is|was|were|are|been|be)$/.test(previous.lower) && before >= 1) {
      // "she was saying": the subject sits before the auxiliary.
      before--;
    }
    const afterPunctuation = previous?.kind !== 'word';
    if (afterPunctuation) {
      // "…," said Smith — but never "…, saying Smith" (a participle's subject is the speaker before it).
      let inverted = info.lemma === 'tell' || info.participle ? null : phraseAfter(tokens, verbTo, text);
      // "…," said a statement released by the Prime Minister's Office: the issuer speaks.
      if (inverted?.kind === 'nominal' && DOCUMENT_NOUNS.has(tokens[inverted.to - 1]?.lower ?? '')) {
        let k = inverted.to;
        if (/(?:ed|en)$/.test(tokens[k]?.lower ?? '')) k++;
        const issuer = /^(?:by|from)$/.test(tokens[k]?.lower ?? '') ? phraseAfter(tokens, k + 1, text) : null;
        if (issuer && issuer.kind !== 'pronoun') {
          inverted = { ...issuer, document: tokens[inverted.to - 1]?.lower ?? '' };
        }
      }
      // "…, said Smith." / "…, said Smith in a statement" — but not "…, said Schumer has …" (a clause).
      const afterInverted = inverted
        ? tokens[inverted.kind === 'nominal' ? descriptionEnd(tokens, inverted.to) : inverted.to]
        : undefined;
      const invertedEnds = afterInverted?.kind !== 'word' || RIGHT_BOUNDARY.has(afterInverted.lower);
      if (inverted && inverted.kind !== 'pronoun' && invertedEnds) {
        cues.push({
          verbFrom: i,
          verbTo,
          subjectFrom: inverted.from,
          subjectTo: inverted.to,
          kind: 'inverted',
          verb: info,
          ...(inverted.document ? { document: inverted.document } : {}),
          ...described(tokens, inverted),
        });
        continue;
      }
      if (previous?.text === ',' && before >= 1) {
        // "Nadia Jamil, principal researcher at Dixon Hall, said": the subject is before the apposition,
        // which may itself hold commas ("Tareq Hadad, the co-founder of …, a company based in Antigonish,
        // N.S., says"). The subject is the name that opens its clause, found from the farthest comma in.
        const phrase = subjectBeforeApposition(tokens, before, text);
        if (phrase) {
          left(phrase);
          continue;
        }
      }
      if (info.participle) {
        cues.push({ verbFrom: i, verbTo, subjectFrom: -1, subjectTo: -1, kind: 'participle', verb: info });
      }
      continue;
    }
    // "The ministry issued a statement saying …", "posted a message on Twitter saying …": the participle
    // reports for whoever issued the message, the sentence's subject, not for the words just before it.
    const message = info.participle ? issuedMessageBefore(tokens, before) : -1;
    if (message >= 0) {
      // The verb that issued it ("published"), past its adverbs ("also"), and the subject before that.
      let end = message - 2;
      while (end >= 0 && ADVERBS.has(tokens[end]?.lower ?? '')) end--;
      // "James Bullard, the president of the Fed, gave an interview noting …": past an apposition.
      const issuer =
        end < 0
          ? null
          : tokens[end]?.text === ','
            ? subjectBeforeApposition(tokens, end, text)
            : phraseBefore(tokens, end, text);
      if (issuer) {
        left(issuer);
      }
      continue;
    }
    let phrase = phraseBefore(tokens, before, text);
    // "sources familiar with the negotiations have said": the source before its description.
    const source = describedSource(tokens, before, text);
    if (source) phrase = source;
    // "the Treasury note rose": a bare verb form after a singular name or description is a noun.
    const bare = info.form === info.lemma.split(' ')[0] && !/^(?:say|tell)$/.test(info.lemma);
    const singular = phrase && phrase.kind !== 'pronoun' && !/s$/.test(tokens[phrase.to - 1]?.lower ?? '');
    // "the mayor's claims", "Smith's reports": a possessive before the verb makes it a noun.
    const possessive =
      phrase !== null && /['’]s?$/.test(tokens[phrase.to - 1]?.text ?? '') && phrase.kind !== 'pronoun';
    if (phrase && !(bare && singular) && !possessive) {
      // "the lanky, bespectacled professor said": a description whose determiner sits before a comma.
      const definite =
        phrase.kind === 'nominal' &&
        tokens[phrase.from - 1]?.text === ',' &&
        tokens[phrase.from - 2]?.kind === 'word' &&
        tokens[phrase.from - 3]?.lower === 'the';
      left(phrase, {
        ...(definite ? { definite: true as const } : {}),
        ...(phrase.document ? { document: phrase.document } : {}),
        ...(phrase.descriptionTo ? { descriptionTo: phrase.descriptionTo } : {}),
      });
      continue;
    }
    // '"…," May said': a lone capitalised word the name rules leave out, right after a quotation, is
    // the speaker as written (resolved to the person of that surname, if any). Rule: surname-not-word.
    const lone = tokens[before];
    if (
      !phrase &&
      lone?.kind === 'word' &&
      isCapitalised(lone.text) &&
      !/^(?:i|we|you)$/.test(lone.lower) &&
      (tokens[before - 1]?.kind === 'quote' || tokens[before - 1]?.text === ',') &&
      ruleOn('surname-not-word')
    ) {
      left({ from: before, to: before + 1 }, { raw: true });
      continue;
    }
    // "That would be Heather, who finally confessed that …": a relative clause's speaker is the name
    // it is set off from.
    const reports = info.takesClause || NEEDS_THAT.has(info.lemma);
    if (!phrase && tokens[before]?.lower === 'who' && tokens[before - 1]?.text === ',' && reports) {
      const antecedent = phraseBefore(tokens, before - 2, text);
      if (antecedent?.kind === 'name' && antecedent.to === before - 1) {
        left(antecedent);
        continue;
      }
    }
    // "Mike Lee praised the deal and said he …": the second of two verbs shares the sentence's subject.
    if (!phrase && tokens[before]?.lower === 'and') {
      const shared = sharedSubject(tokens, before, text);
      if (shared) {
        left(shared);
        continue;
      }
    }
    // "People arrested last week said that …", "A person familiar with the talks says …": a subject
    // the phrase grammar does not cover. For "say" with a clause after it, the words from the start of
    // the clause are the speaker as the article describes them.
    // Other verbs take such a subject only before an explicit "that", perhaps after their hearer
    // ("alleged to reporters that …").
    const thatAt = tokens.findIndex((t, k) => k >= verbTo && k <= verbTo + 4 && t.lower === 'that');
    // The hearer between "to" and "that" is a name or "reporters" ("alleged to CBC News that").
    const hearer = tokens
      .slice(verbTo + 1, thatAt)
      .every(
        (w) =>
          w.kind === 'word' && (isCapitalised(w.text) || /^(?:reporters|journalists|police)$/.test(w.lower)),
      );
    const explicitThat =
      info.takesClause &&
      (thatAt === verbTo || (thatAt > verbTo + 1 && tokens[verbTo]?.lower === 'to' && hearer));
    if (!phrase && (info.lemma === 'say' || explicitThat) && tokens[verbTo]?.kind === 'word') {
      const raw = rawSubject(tokens, before);
      // Beyond "say", a one-word subject ("Some suggested that …") is too little to name a source.
      if (raw && (info.lemma === 'say' || raw.to - raw.from >= 2)) left(raw, { raw: true });
    }
  }
  return cues;
}

/** The cue's subject is a document ("the report said"). */
export const isDocumentCue = (tokens: Token[], cue: Omit<Cue, 'credit'>): boolean =>
  cue.subjectTo > 0 && DOCUMENT_NOUNS.has(tokens[cue.subjectTo - 1]?.lower ?? '');

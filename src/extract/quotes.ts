/**
 * Quote extraction and speaker attribution, in the manner of the sieve systems (Stanford's quote
 * attribution sieve, BBC Citron, the Gender Gap Tracker): find what is quoted (quotation marks, then
 * reported clauses around reporting verbs), find the cue that credits it (a reporting verb and its
 * subject, "according to X"), then resolve the subject to the person or organisation the article is
 * about, carrying the speaker forward for quotations that stand alone.
 *
 * Everything runs on the text with the quotations blanked out (so a verb inside a quotation never
 * credits it) and on cheap tokens: no part-of-speech tagging, which keeps it to a few milliseconds
 * an article.
 */
import type { Article, Paragraph, Quote } from '../core/types.ts';
import {
  DETERMINERS,
  isCapitalised,
  isFunctionWord,
  isKnownOrganisation,
  isPlaceOrTime,
  looksLikePerson,
  NAME_PARTICLES,
  PERSON_NOUNS,
  PRONOUNS,
  TITLE_WORDS,
  type Token,
  tokenize,
  wordTags,
} from './names.ts';
import { type QuoteSpan, type ScannedParagraph, scanParagraph, splitMaskedSentences } from './quote-marks.ts';
import { NEEDS_THAT, OBJECT_VERBS, reportingVerb, type VerbInfo } from './reporting-verbs.ts';
import { ruleOn } from './rules.ts';
import {
  DOCUMENT_NOUNS,
  type Entity,
  findNameRuns,
  isNominalPhrase,
  isOrganisationName,
  runText,
  SpeakerTracker,
} from './speakers.ts';

/** Who a cue credits, as the article names them. */
interface Credit {
  speaker: string | null;
  role: string | null;
  entity: Entity | null;
  /** The sieve that credited it, when it is not the cue's own subject ("according-lead"). */
  by?: string;
}

interface Cue {
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

const ADVERBS = new Set(
  'also further later then again once previously recently repeatedly simply just still often never always first finally quickly earlier initially subsequently separately instead even has have had would will did does do could may might can should must not'.split(
    ' ',
  ),
);

/** Words at which a subject noun phrase, read backwards from its verb, stops. */
const LEFT_BOUNDARY = new Set(
  'that which who whom whose and but or nor while as because when where after before if so than with by to for of in on at from about what how why whether although though since until unless then is was are were be been being has have had do does did would will also not said says told stated added'.split(
    ' ',
  ),
);

/** Words at which a subject after its verb ("said Smith in an email") stops. */
const RIGHT_BOUNDARY = new Set(
  'in on at during after before from to while when via about who which that adding noting saying but as because told for with by this last yesterday today'.split(
    ' ',
  ),
);

/** Words that open a prepositional phrase after a verb ("said in an email"), not a reported clause. */
const PREPOSITION =
  /^(?:in|on|at|during|after|before|from|via|with|for|by|about|outside|through|under|over|into|last|this|earlier|later|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|when|while|of|again|repeatedly|recently|previously|publicly|privately)$/;

const PASSIVE_AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'to',
  'the',
  'get',
  'got',
]);

const HONORIFIC_GENDER = new Map<string, 'm' | 'f'>([
  ['mr', 'm'],
  ['mr.', 'm'],
  ['mrs', 'f'],
  ['mrs.', 'f'],
  ['ms', 'f'],
  ['ms.', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['dame', 'f'],
]);

const MALE_PRONOUNS = /\b(?:he|him|his|himself)\b/i;
const FEMALE_PRONOUNS = /\b(?:she|her|hers|herself)\b/i;

interface NounPhrase {
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
function classifyPhrase(tokens: Token[], from: number, to: number, text: string): NounPhrase | null {
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

/** Words that cannot be inside a description of a speaker ("this may encourage more people"). */
const NOT_IN_DESCRIPTION =
  /^(?:may|might|will|would|can|could|should|must|shall|is|are|was|were|be|been|has|have|had|do|does|did|not|that|which|who|said|says|if|when|while|because|and|or|but)$/;

/** The longest speaker phrase ending at token `end` (inclusive), read backwards to a boundary. */
function phraseBefore(tokens: Token[], end: number, text: string): NounPhrase | null {
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

/** Words that end a post-modifier of an unnamed source ("sources familiar with the talks | who …"). */
const DESCRIPTION_STOP =
  /^(?:who|that|which|said|says|say|told|tells|have|has|had|was|were|is|are|but|because|to|in|on|at|as|while|when)$/;

/**
 * "sources familiar with the negotiations", "a person close to the team", "officials unauthorized to
 * speak publicly and granted anonymity": where the description of an unnamed source ends (a token index),
 * or `to` when nothing follows it.
 */
function descriptionEnd(tokens: Token[], to: number): number {
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
const isPersonName = (tokens: Token[], phrase: NounPhrase): boolean => {
  const words = tokens.slice(phrase.nameFrom, phrase.to).map((t) => t.text);
  return !isOrganisationName(words) && looksLikePerson(words);
};

/** The speaker phrase starting at token `from`, read forwards to a boundary ("said Smith in …"). */
function phraseAfter(tokens: Token[], from: number, text: string): NounPhrase | null {
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
function roleAfter(tokens: Token[], at: number, text: string): string | null {
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
function subjectBeforeApposition(tokens: Token[], comma: number, text: string): NounPhrase | null {
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

function findCues(tokens: Token[], text: string): Omit<Cue, 'credit'>[] {
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

/**
 * The document a speaker's words appeared in, named right after the verb: "wrote in a recent report",
 * "said Monday in a statement", "stated in the company's blog post" (the noun), or null.
 */
function documentAfter(tokens: Token[], verbTo: number): string | null {
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

/** What a person or an organisation issues that can say something ("a notice saying …"). */
const MESSAGE_NOUNS = new Set([
  ...DOCUMENT_NOUNS,
  'notice',
  'message',
  'post',
  'tweet',
  'video',
  'note',
  'announcement',
  'advisory',
  'bulletin',
  'update',
  'interview',
  'speech',
  'column',
  'essay',
  'op-ed',
]);

/**
 * A message noun ends the object just before token `end` (inclusive), perhaps followed by a short
 * phrase ("a statement", "a notice Tuesday", "a message on Twitter"), with no punctuation in between:
 * the index of its determiner, or -1.
 */
function issuedMessageBefore(tokens: Token[], end: number): number {
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
function sharedSubject(tokens: Token[], and: number, text: string): NounPhrase | null {
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
function described(tokens: Token[], phrase: NounPhrase): { descriptionTo?: number } {
  if (phrase.kind !== 'nominal') return {};
  const end = descriptionEnd(tokens, phrase.to);
  return end > phrase.to ? { descriptionTo: end } : {};
}

/** "sources familiar with the negotiations (have) said": the source whose description ends at `end`. */
function describedSource(tokens: Token[], end: number, text: string): NounPhrase | null {
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
function rawSubject(tokens: Token[], end: number): { from: number; to: number } | null {
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

interface Region {
  start: number;
  end: number;
}

/** A reported clause and the shape it was read in. */
interface Clause extends Region {
  rule: 'clause-set-off' | 'clause-after-according' | 'clause-after-cue' | 'clause-before-cue';
}

/** Characters of the quotation marks and spaces a clause should not start or end with. */
const trimRegion = (text: string, region: Region): Region | null => {
  let { start, end } = region;
  while (start < end && /[\s,:;—–-]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,.;:!?—–-]/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
};

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Photo captions end with a credit in brackets: "(Jane Doe/CBC)", "(Getty Images)". */
const CAPTION_CREDIT =
  /\((?:[^()]*\/[^()]*|[^()]*\b(?:Photo|Getty|Images|Reuters|AP|AFP|Press|Shutterstock|File|Submitted|Handout|Twitter|Instagram|Facebook|YouTube)\b[^()]*)\)\s*$/;

/**
 * Photo captions that open with the agency's credit run into the caption itself: "The Canadian Press A
 * train derailment is shown near Field". The agency name followed by a capitalised word is a credit.
 */
const LEADING_CAPTION_CREDIT =
  /^(?:The Canadian Press|The Associated Press|Associated Press|AP Photo|Reuters|AFP|Getty Images|Bloomberg)\s+(?!(?:Photo\b|News\b|Wire\b))\p{Lu}/u;

/** Subheads and headlines: short, and no sentence-ending punctuation (inside closing quotation marks either). */
const isHeadline = (text: string): boolean =>
  !/[.!?:)]\s*$/.test(text.replace(/["“”'‘’\s]+$/, '')) && wordCount(text) <= 14;

interface ParagraphState {
  paragraph: Paragraph;
  scan: ScannedParagraph;
  sentences: Array<{ start: number; end: number; tokens: Token[] }>;
  caption: boolean;
  headline: boolean;
}

export interface ExtractOptions {
  /**
   * Also list the quoted fragments inside a reported clause as partial quotes of their own ("durable
   * security" inside "…part of efforts to ensure "durable security" …, the IRGC clarified"). Off by default:
   * the clause already quotes them verbatim, and news annotation counts a mixed quote once.
   */
  fragments?: boolean;
}

/** Fewer words than this in quotation marks, with no reporting verb in the sentence: a term, not speech. */
const MIN_WORDS_UNCREDITED_FRAGMENT = 5;

export function extractQuotes(article: Article, options: ExtractOptions = {}): Quote[] {
  const states: ParagraphState[] = [];
  let carry = false;
  for (const paragraph of article.paragraphs) {
    if (paragraph.isRelatedLink) {
      carry = false;
      continue;
    }
    const scan = scanParagraph(paragraph.text, carry);
    carry = scan.openAtEnd;
    const sentences = splitMaskedSentences(paragraph.text, scan.masked).map((range) => ({
      ...range,
      tokens: tokenize(scan.masked, range.start, range.end),
    }));
    states.push({
      paragraph,
      scan,
      sentences,
      caption: CAPTION_CREDIT.test(paragraph.text) || LEADING_CAPTION_CREDIT.test(paragraph.text),
      // A paragraph that leaves a quotation open runs on into the next: not a subhead.
      headline: isHeadline(paragraph.text) && !scan.openAtEnd,
    });
  }
  const tracker = new SpeakerTracker();
  // First reading: who the article introduces, their roles, and which pronouns point at them.
  readArticle(states, tracker, null);
  tracker.restart();
  const quotes: Quote[] = [];
  readArticle(states, tracker, quotes, options);
  return quotes;
}

interface SentenceWork {
  tokens: Token[];
  cues: Cue[];
  /** The person the sentence opens with as its subject ("Demi apologized … and sniffed that …"). */
  opener: Entity | null;
  start: number;
  end: number;
}

/** Lexicon tags that say only "this is a name". */
const NAME_TAGS = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName']);

/** Registers the names of a sentence (so its cues can refer to people it introduces); returns the persons named. */
function registerNames(
  tokens: Token[],
  text: string,
  base: number,
  tracker: SpeakerTracker,
  subjects: Set<Entity>,
): Entity[] {
  const persons: Entity[] = [];
  const register = (from: number, titleTo: number, to: number, index: number) => {
    const name = runText(tokens, titleTo, to, text);
    const position = base + (tokens[from]?.start ?? 0);
    // A sentence's subject (its first name, at its start) is what later pronouns pick up.
    const after = tokens[to];
    // "Chinese foreign ministry spokeswoman Hua Chunying shot back": only description words before it.
    const describedSubject =
      from <= 6 &&
      tokens
        .slice(0, from)
        .every(
          (t) =>
            (t.kind === 'word' && !LEFT_BOUNDARY.has(t.lower) && !DETERMINERS.has(t.lower)) ||
            (t.lower === 'the' && t === tokens[0]),
        );
    const subject =
      (index === 0 && from <= 1) ||
      (index <= 2 && describedSubject) ||
      (tokens[from - 1]?.text === ',' &&
        after?.kind === 'word' &&
        /^\p{Ll}/u.test(after.text) &&
        !LEFT_BOUNDARY.has(after.lower)) ||
      // "Director of security response at Symantec, Kevin Haley, agreed with this finding."
      (tokens[from - 1]?.text === ',' &&
        after?.text === ',' &&
        tokens[to + 1]?.kind === 'word' &&
        /^\p{Ll}/u.test(tokens[to + 1]?.text ?? '') &&
        !LEFT_BOUNDARY.has(tokens[to + 1]?.lower ?? '') &&
        !tokens
          .slice(0, from)
          .some(
            (t) => t.kind === 'word' && LEFT_BOUNDARY.has(t.lower) && t.lower !== 'at' && t.lower !== 'of',
          ));
    let entity: Entity | null = null;
    const nextWord = tokens[to]?.lower === 'also' ? tokens[to + 1] : tokens[to];
    const speaks =
      (nextWord !== undefined && reportingVerb(nextWord.text) !== null) ||
      reportingVerb(tokens[from - 1]?.text ?? '') !== null;
    // A lone capitalised word is a surname: resolved to a full name, never an entity of its own.
    // "OTTAWA —" opening an article is a dateline, not an organisation.
    const dateline =
      from === 0 &&
      /^[\p{Lu}\s.,]+$/u.test(name) &&
      /^\s*(?:[—–-]|\(|,)/.test(text.slice(tokens[to - 1]?.end ?? 0, (tokens[to - 1]?.end ?? 0) + 3));
    if (dateline) return;
    if (to - titleTo > 1 || /^\p{Lu}{2,}/u.test(name)) {
      entity = tracker.introduce(
        name,
        position,
        roleOfIntroduction(tokens, { from, to, titleTo }, text),
        subject,
      );
    } else {
      entity = tracker.resolveName(name, position);
      if (entity) tracker.mention(entity, position, subject);
      // "Yuni, a resident of Lampung, was watching …": a one-word name introduced with a description.
      else if (
        from === 0 &&
        tokens[to]?.text === ',' &&
        /^(?:a|an)$/.test(tokens[to + 1]?.lower ?? '') &&
        /^\p{Lu}\p{Ll}+$/u.test(name) &&
        looksLikePerson([name]) &&
        !isPlaceOrTime([name]) &&
        !isKnownOrganisation(name) &&
        !isFunctionWord(name)
      ) {
        const role = roleOfIntroduction(tokens, { from, to, titleTo }, text);
        if (role) entity = tracker.introduce(name, position, role, subject);
      }
      // "…, Mulder didn't hesitate": a name the article never gave in full, as a sentence's subject, and
      // a word the lexicon knows only as a name, or not at all, is someone (whom a later "he said" can mean).
      else if (
        subject &&
        from > 0 &&
        after?.kind === 'word' &&
        /^\p{Ll}/u.test(after.text) &&
        /^\p{Lu}\p{Ll}+$/u.test(name) &&
        [...wordTags(name), ...wordTags(name.toLowerCase())].every((tag) => NAME_TAGS.has(tag))
      ) {
        entity = tracker.introduce(name, position, null, subject);
        if (entity.kind === 'person') entity.evidence++;
      }
    }
    // A reporting verb next to the name ("Smith said", "said Smith") shows someone who speaks.
    if (entity && speaks) entity.evidence++;
    if (entity?.kind === 'person') {
      const gender =
        HONORIFIC_GENDER.get(tokens[from]?.lower ?? '') ??
        HONORIFIC_GENDER.get(tokens[from - 1]?.lower ?? '');
      if (gender && !entity.gender) entity.gender = gender;
      if (!persons.includes(entity)) persons.push(entity);
      if (subject) subjects.add(entity);
    }
  };
  findNameRuns(tokens).forEach((run, index) => {
    if (run.titleTo >= run.to) return;
    const words = tokens.slice(run.titleTo, run.to).map((t) => t.text);
    // "McCallum's Safe Surrey" names McCallum and something of his; "Iran's Foreign Ministry" is one name.
    const possessive = words.findIndex((w, i) => i < words.length - 1 && /['’]s$/.test(w));
    if (possessive >= 0 && !isOrganisationName(words)) {
      register(run.from, run.titleTo, run.titleTo + possessive + 1, index);
      return;
    }
    register(run.from, run.titleTo, run.to, index);
  });
  return persons;
}

const genderOf = (word: string): 'm' | 'f' | null =>
  MALE_PRONOUNS.test(word) ? 'm' : FEMALE_PRONOUNS.test(word) ? 'f' : null;

/**
 * One reading of the article in order. With `quotes` null it only registers entities and votes on
 * genders (a pronoun in a sentence that names one person, or in the next sentence that names none,
 * is taken to be that person); with `quotes` it finds the cues and quotations and resolves speakers.
 */
function readArticle(
  states: ParagraphState[],
  tracker: SpeakerTracker,
  quotes: Quote[] | null,
  options: ExtractOptions = {},
): void {
  let following: Credit | null = null;
  let voter: Entity | null = null;
  const awaitingCredit: Quote[] = [];
  states.forEach((state, paragraphIndex) => {
    const { paragraph, scan } = state;
    const text = paragraph.text;
    const masked = scan.masked;
    const base = paragraphIndex * 1e6;
    if (state.caption) return;
    const work: SentenceWork[] = [];
    for (const sentence of state.sentences) {
      const { tokens } = sentence;
      tracker.startSentence(base + (tokens[0]?.start ?? 0));
      // Headlines and subheads are title-cased: their capitalised words are not names.
      const subjects = new Set<Entity>();
      const persons = state.headline ? [] : registerNames(tokens, text, base, tracker, subjects);
      if (!quotes) {
        // Only the sentence's subject votes ("But when Patterson left, she fled" says nothing of Patterson).
        // "When Denise struggled, he took the tape": a name in an opening subordinate clause is not
        // the subject the main clause's pronoun refers to.
        const subordinate =
          /^(?:when|while|after|before|as|if|because|although|though|since|until|once|whenever|unless)$/.test(
            tokens[0]?.lower ?? '',
          );
        const only =
          persons.length === 1 && subjects.has(persons[0] as Entity) && !subordinate ? persons[0] : null;
        const speaker = only ?? (persons.length === 0 ? voter : null);
        if (speaker) {
          // Only a subject pronoun votes: "Lonechild said she …", or "She …" opening the next sentence.
          const pronoun = tokens.findIndex(
            (t, i) => (only ? i > 0 : i === 0) && /^(?:he|she)$/.test(t.lower),
          );
          const gender = pronoun >= 0 ? genderOf(tokens[pronoun]?.lower ?? '') : null;
          if (gender) tracker.voteGender(speaker, gender);
        }
        voter = only ?? null;
        continue;
      }
      mentionIssuers(tokens, text, base, tracker);
      const cues: Cue[] = [];
      for (const raw of findCues(tokens, masked)) {
        let credit: Credit;
        if (raw.kind === 'participle') {
          // "Hua Chunying shot back, saying …": the participle's subject is the sentence's subject.
          // …or the person a pronoun opening the sentence refers to ("He voiced …, writing …").
          const opener = PRONOUNS.get(tokens[0]?.lower ?? '');
          const subject =
            [...subjects][0] ??
            (opener ? tracker.resolvePronoun(opener, base + (tokens[0]?.start ?? 0)) : null);
          credit = cues.at(-1)?.credit ??
            (subject ? { speaker: subject.name, role: subject.role, entity: subject } : null) ??
            following ?? { speaker: null, role: null, entity: null };
        } else {
          credit = resolveCredit(tokens, raw, text, tracker, base);
          if (raw.kind === 'inverted') {
            const role = roleAfter(tokens, raw.subjectTo, text);
            if (role && !credit.role) credit = { ...credit, role };
            if (role && credit.entity && !credit.entity.role) credit.entity.role = role;
          }
        }
        if (!credit.speaker) continue;
        if (raw.document && credit.entity) {
          tracker.issued(raw.document, credit.entity, base + (tokens[raw.subjectFrom]?.start ?? 0));
        }
        // "Philip Cross wrote in a recent report …": a later "the report said" is his.
        const writtenIn =
          credit.entity && raw.kind !== 'according' ? documentAfter(tokens, raw.verbTo) : null;
        if (writtenIn && credit.entity) {
          tracker.issued(writtenIn, credit.entity, base + (tokens[raw.verbFrom]?.start ?? 0));
        }
        cues.push({ ...raw, credit });
        // A document ("the report said") does not become the speaker that later quotations follow.
        if (!isDocumentCue(tokens, raw)) following = credit;
      }
      // "According to the Crown, a report filed by Cpl. Green noted …", "At 2,300 feet, according to
      // Gibson, Major said …": what the rest of the sentence reports comes from the according source.
      const lead = cues[0];
      if (
        ruleOn('according-lead') &&
        lead?.kind === 'according' &&
        (lead.verbFrom === 0 || tokens[lead.verbFrom - 1]?.text === ',') &&
        tokens[lead.subjectTo]?.text === ','
      ) {
        for (let c = 1; c < cues.length; c++) {
          const cue = cues[c];
          if (cue && cue.verbFrom > lead.subjectTo)
            cues[c] = { ...cue, credit: { ...lead.credit, by: 'according-lead' } };
        }
      }
      const first = persons[0];
      const opener = first && subjects.has(first) ? first : null;
      work.push({ tokens, cues, opener, start: sentence.start, end: sentence.end });
    }
    if (!quotes) return;

    const paragraphCues = work.flatMap((w) =>
      w.cues.map((c) => ({ ...c, at: w.tokens[c.verbFrom]?.start ?? w.start })),
    );
    // The paragraph that carries on a quotation left open credits it, when it names the speaker.
    const firstCue = paragraphCues[0];
    if (
      ruleOn('continued-quotation') &&
      awaitingCredit.length > 0 &&
      scan.spans[0] &&
      !scan.spans[0].opened &&
      firstCue
    ) {
      for (const quote of awaitingCredit) {
        quote.speaker = firstCue.credit.speaker;
        quote.role = firstCue.credit.role;
        quote.creditedBy = firstCue.credit.speaker ? 'continued-quotation' : null;
      }
    }
    if (!scan.spans[0] || scan.spans[0].opened) awaitingCredit.length = 0;
    for (const sentence of work) {
      const { tokens, cues } = sentence;
      const spans = scan.spans.filter((s) => s.start >= sentence.start && s.start < sentence.end);
      const clauses: Region[] = [];
      // Reported clauses: after the cue ("said that …") or before it ("…, she said").
      cues.forEach((cue, index) => {
        const clause = reportedClause(tokens, cue, cues[index + 1], index > 0, spans, sentence, masked, text);
        if (!clause) return;
        const region = trimRegion(text, clause);
        if (!region) return;
        const clauseText = text.slice(region.start, region.end);
        if (wordCount(clauseText) < 3) return;
        clauses.push(region);
        // A reported clause that quotes some of the words ("…to ensure "durable security" along…") is
        // what newsrooms call a partial quote: paraphrase around the speaker's own words.
        const quotesWords = spans.some((span) => span.start >= region.start && span.end <= region.end);
        quotes.push({
          text: clauseText,
          kind: quotesWords ? 'partial' : 'indirect',
          paragraph: paragraph.number,
          speaker: cue.credit.speaker,
          role: cue.credit.role,
          rule: clause.rule,
          creditedBy: cue.credit.speaker ? (cue.credit.by ?? 'cue-in-sentence') : null,
        });
      });
      if (state.headline) continue;
      for (const span of spans) {
        const spanText = text.slice(span.start, span.end);
        const inner = spanText.replace(/^["“”„«»'‘’]|["“”„«»'‘’]$/g, '');
        if (wordCount(inner) === 0) continue;
        const direct = isDirect(tokens, span, cues, sentence, masked);
        const insideClause = clauses.some((c) => span.start >= c.start - 1 && span.end <= c.end + 1);
        if (!direct) {
          // Titles and scare quotes are not speech: short, or every word capitalised.
          const words = inner.split(/\s+/).filter(Boolean);
          if (words.length < 2) continue;
          if (
            words.every((w) => isCapitalised(w) || /^(?:of|the|and|a|in|on|for|to)$/.test(w)) &&
            words.length <= 6
          )
            continue;
          if (span.single) continue;
          // A fragment inside a reported clause is part of that (mixed) quote, as news annotation counts it.
          if (insideClause && !options.fragments) continue;
          // Without a cue, a short fragment is a term or a scare quote ("no collusion"), not speech.
          if (!insideClause && cues.length === 0 && words.length < MIN_WORDS_UNCREDITED_FRAGMENT) continue;
        }
        // A phrase quoted in a sentence with no cue of its own is the sentence subject's ("Demi
        // apologized and then sniffed that "…""), not the speaker of another sentence.
        // "Durning did not need much coaxing. "I'm thankful …"": a quotation with no cue of its own, after
        // a sentence about someone (and no cue since), is theirs.
        const narrated =
          ruleOn('narrator') && direct && cues.length === 0 ? narrator(work, work.indexOf(sentence)) : null;
        const opener =
          !direct && cues.length === 0 ? (ruleOn('sentence-opener') ? sentence.opener : null) : narrated;
        const sentenceCue =
          opener || !ruleOn('cue-in-sentence') ? null : nearestCue(span, cues, tokens, text);
        const paragraphCue =
          opener || sentenceCue || !ruleOn('cue-in-paragraph')
            ? null
            : nearestParagraphCue(span, paragraphCues);
        const own = sentenceCue ?? paragraphCue;
        const carried = ruleOn('following') ? following : null;
        const credit =
          own?.credit ??
          (opener ? { speaker: opener.name, role: opener.role, entity: opener } : null) ??
          carried;
        const creditedBy = !credit?.speaker
          ? null
          : sentenceCue
            ? (sentenceCue.credit.by ?? 'cue-in-sentence')
            : paragraphCue
              ? 'cue-in-paragraph'
              : opener
                ? opener === narrated
                  ? 'narrator'
                  : 'sentence-opener'
                : 'following';
        if (!own && direct && credit?.entity) tracker.mention(credit.entity, base + span.start, true);
        const quote: Quote = {
          text: spanText,
          kind: direct ? 'direct' : 'partial',
          paragraph: paragraph.number,
          speaker: credit?.speaker ?? null,
          role: credit?.role ?? null,
          rule: 'quotation-marks',
          creditedBy,
        };
        quotes.push(quote);
        // A quotation that runs into the next paragraph may be credited there ("…," said Nicholson).
        if (!own && !span.closed) awaitingCredit.push(quote);
        if (credit?.speaker && direct && !insideClause) following = credit;
      }
    }
  });
}

/**
 * "A report by the railway company details …": the issuer of a document becomes the one that later
 * "the report said" refers to (a subject mention of it where the document is named).
 */
function mentionIssuers(tokens: Token[], text: string, base: number, tracker: SpeakerTracker): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!DOCUMENT_NOUNS.has(tokens[i]?.lower ?? '') || !/^(?:by|from)$/.test(tokens[i + 1]?.lower ?? ''))
      continue;
    const phrase = phraseAfter(tokens, i + 2, text);
    if (!phrase || phrase.kind === 'pronoun') continue;
    const position = base + (tokens[i]?.start ?? 0);
    const phraseText = runText(tokens, phrase.from, phrase.to, text);
    const entity =
      phrase.kind === 'name'
        ? tracker.resolveName(runText(tokens, phrase.nameFrom, phrase.to, text), position)
        : tracker.resolveNominal(phraseText, position);
    if (entity?.kind === 'org') {
      tracker.mention(entity, position, true);
      tracker.issued(tokens[i]?.lower ?? '', entity, position);
    }
  }
}

const POSSESSIVE_PRONOUNS = new Map<string, 'm' | 'f' | 'plural' | 'it'>([
  ['his', 'm'],
  ['her', 'f'],
  ['its', 'it'],
  ['their', 'plural'],
]);

/** The cue's subject is a document ("the report said"). */
const isDocumentCue = (tokens: Token[], cue: Omit<Cue, 'credit'>): boolean =>
  cue.subjectTo > 0 && DOCUMENT_NOUNS.has(tokens[cue.subjectTo - 1]?.lower ?? '');

/** Token `at` is inside the clause an opening "Although"/"Though"/"Whereas" starts (before its comma). */
function inConcessiveOpening(tokens: Token[], at: number): boolean {
  return (
    /^(?:although|though|whereas)$/.test(tokens[0]?.lower ?? '') &&
    !tokens.slice(0, at).some((t) => t.text === ',')
  );
}

function resolveCredit(
  tokens: Token[],
  cue: Omit<Cue, 'credit'>,
  text: string,
  tracker: SpeakerTracker,
  base: number,
): Credit {
  const none: Credit = { speaker: null, role: null, entity: null };
  // "Although Trump has repeatedly tweeted that …, its inclusion …": a cue inside a concessive clause is
  // background; its speaker is not the one the paragraph goes on quoting ("…, he said").
  const concessive = inConcessiveOpening(tokens, cue.verbFrom);
  if (cue.raw) {
    // "The parole board decision allowing his release said": a document speaks for its issuer.
    let document = cue.subjectFrom;
    while (document < cue.subjectTo && !DOCUMENT_NOUNS.has(tokens[document]?.lower ?? '')) document++;
    if (
      document < cue.subjectTo &&
      document > cue.subjectFrom + 1 &&
      DETERMINERS.has(tokens[cue.subjectFrom]?.lower ?? '')
    ) {
      const description = runText(tokens, cue.subjectFrom + 1, document + 1, text);
      const position = base + (tokens[cue.subjectFrom]?.start ?? 0);
      const issuer = tracker.resolveNominal(`the ${description}`, position);
      if (issuer) {
        tracker.mention(issuer, position, true);
        return { speaker: issuer.name, role: issuer.role, entity: issuer };
      }
    }
    return { speaker: runText(tokens, cue.subjectFrom, cue.subjectTo, text), role: null, entity: null };
  }
  const phrase = classifyPhrase(tokens, cue.subjectFrom, cue.subjectTo, text);
  if (!phrase) return none;
  const position = base + (tokens[cue.subjectFrom]?.start ?? 0);
  const phraseText = runText(tokens, phrase.from, phrase.to, text);
  if (phrase.kind === 'pronoun') {
    const kind = PRONOUNS.get(tokens[phrase.from]?.lower ?? '');
    if (!kind) return none;
    const they =
      kind === 'plural' ? (tracker.theyAre(position) ?? pluralOpening(tokens, phrase.from, text)) : null;
    if (they) return { speaker: they, role: null, entity: null };
    const entity =
      (kind === 'm' || kind === 'f' ? tracker.newcomer(kind, position) : null) ??
      tracker.resolvePronoun(kind, position);
    if (!entity) return none;
    // Not a "spoke" mention: a pronoun's guess does not make someone the paragraph's speaker.
    tracker.mention(entity, position, true);
    return { speaker: entity.name, role: entity.role, entity };
  }
  if (phrase.kind === 'nominal') {
    // "her statement", "his office", "its spokesperson": whoever the possessive refers to.
    const possessive = POSSESSIVE_PRONOUNS.get(tokens[phrase.from]?.lower ?? '');
    if (possessive) {
      const owner = tracker.resolvePronoun(possessive, position);
      if (owner && (DOCUMENT_NOUNS.has(tokens[phrase.to - 1]?.lower ?? '') || owner.kind === 'org')) {
        return { speaker: owner.name, role: owner.role, entity: owner };
      }
      // "his office said", "her ministry": the organisation of that name the article has mentioned.
      const office = tracker.organisationNamed(tokens[phrase.to - 1]?.lower ?? '', position);
      // …an office whose name holds the owner's title ("his office" of Prime Minister Trudeau).
      const title = (owner?.role ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(-2);
      const ownOffice = office !== null && title.length > 0 && title.every((w) => office.words.includes(w));
      if (owner && office && ownOffice && phrase.to - phrase.from === 2) {
        tracker.mention(office, position, true);
        return { speaker: office.name, role: office.role, entity: office };
      }
    }
    // "according to the person who spoke …" after "A person familiar with the negotiations says …".
    const recalled = phrase.to - phrase.from === 2 ? tracker.recall(phraseText) : null;
    if (recalled) return { speaker: recalled, role: null, entity: null };
    const entity = tracker.resolveNominal(cue.definite ? `the ${phraseText}` : phraseText, position);
    if (entity) {
      tracker.mention(entity, position, true, true);
      return { speaker: entity.name, role: entity.role, entity };
    }
    const written = cue.descriptionTo ? runText(tokens, phrase.from, cue.descriptionTo, text) : phraseText;
    const described = tracker.describe(written.replace(/['’]s$/, ''));
    if (
      /s$/.test(tokens[phrase.to - 1]?.lower ?? '') &&
      !DOCUMENT_NOUNS.has(tokens[phrase.to - 1]?.lower ?? '')
    )
      tracker.pluralSource(described, position);
    return { speaker: described, role: null, entity: null };
  }
  const nameText = runText(tokens, phrase.nameFrom, phrase.to, text).replace(/^the\s+/i, '');
  const entity =
    tracker.resolveName(nameText, position) ?? tracker.introduce(nameText, position, phrase.role);
  tracker.mention(entity, position, true, !concessive);
  entity.evidence++;
  if (phrase.role && !entity.role) entity.role = phrase.role;
  return { speaker: entity.name, role: phrase.role ?? entity.role, entity };
}

/** Verbs and auxiliaries that can follow a plural subject at the start of a sentence. */
const PLURAL_PREDICATE =
  /^(?:are|were|have|had|will|would|can|could|remain|remained|believe|believed|want|wanted|think|thought|hope|hoped|fear|feared|worry|worried|expect|expected|plan|planned|agree|agreed)$/;

/**
 * "Republican senators are eager to …, and they say …": a "they" later in the sentence is the plural
 * noun phrase the sentence opens with ("the", then up to four words, the last a plural noun).
 */
function pluralOpening(tokens: Token[], pronoun: number, text: string): string | null {
  let from = 0;
  if (tokens[0]?.lower === 'the') from = 1;
  for (let k = from + 1; k <= from + 4 && k < pronoun - 1; k++) {
    const head = tokens[k - 1];
    if (head?.kind !== 'word' || !PLURAL_PREDICATE.test(tokens[k]?.lower ?? '')) continue;
    const words = tokens.slice(0, k);
    if (words.some((t) => t.kind !== 'word' || (isFunctionWord(t.lower) && t.lower !== 'the'))) return null;
    if (!/[^s]s$/.test(head.lower) || PRONOUNS.has(head.lower)) return null;
    return runText(tokens, 0, k, text);
  }
  return null;
}

/** A role the article gives when it introduces a name: "Iran's ambassador to Baghdad, NAME" or "NAME, a spokesperson". */
function roleOfIntroduction(
  tokens: Token[],
  run: { from: number; to: number; titleTo: number },
  text: string,
): string | null {
  if (run.titleTo > run.from) return runText(tokens, run.from, run.titleTo, text);
  // Role words right before the name: "communications officer Steven Harris".
  let k = run.from - 1;
  while (
    k >= 0 &&
    tokens[k]?.kind === 'word' &&
    !LEFT_BOUNDARY.has(tokens[k]?.lower ?? '') &&
    run.from - k <= 5
  )
    k--;
  if (k + 1 < run.from) {
    const words = tokens.slice(k + 1, run.from).map((t) => t.lower);
    const start = DETERMINERS.has(words[0] ?? '') ? k + 2 : k + 1;
    if (start < run.from && isNominalPhrase(words)) return runText(tokens, start, run.from, text);
  }
  // "Iran's ambassador to Baghdad, Mohammad Kazem Al-e Sadeq"
  if (tokens[run.from - 1]?.text === ',') {
    let s = run.from - 2;
    while (
      s >= 0 &&
      tokens[s]?.kind === 'word' &&
      !/^(?:by|from|with|and|but|said|says|that|was|were|is)$/.test(tokens[s]?.lower ?? '') &&
      run.from - s <= 10
    )
      s--;
    const words = tokens.slice(s + 1, run.from - 1);
    if (words.some((t) => TITLE_WORDS.has(t.lower) || PERSON_NOUNS.has(t.lower))) {
      const start = DETERMINERS.has(words[0]?.lower ?? '') ? s + 2 : s + 1;
      if (start < run.from - 1) return runText(tokens, start, run.from - 1, text);
    }
  }
  // "Nadia Jamil, principal researcher at Dixon Hall, said"
  if (tokens[run.to]?.text === ',') {
    let e = run.to + 1;
    while (e < tokens.length && tokens[e]?.kind === 'word' && e - run.to <= 12) e++;
    const words = tokens.slice(run.to + 1, e);
    const first = words[0];
    if (
      first &&
      !/^\d/.test(first.text) &&
      (tokens[e]?.text === ',' || tokens[e]?.text === '.' || e >= tokens.length) &&
      !/^(?:who|which|where|when|said|says|adding|and|but)$/.test(first.lower) &&
      words.some((t) => TITLE_WORDS.has(t.lower) || PERSON_NOUNS.has(t.lower))
    ) {
      const start = DETERMINERS.has(first.lower) ? run.to + 2 : run.to + 1;
      if (start < e) return runText(tokens, start, e, text);
    }
  }
  return null;
}

/** Words that open an adverbial phrase or a subordinate clause, not a reported main clause. */
const INTRODUCTORY =
  /^(?:according|asked|speaking|in|on|at|as|although|though|while|when|whenever|if|after|before|since|because|later|earlier|the following|during|despite|following|responding|referring|writing|with|without|under|once|until|unless)$/;

/** Subject pronouns and determiners that can open a reported clause after a prepositional phrase. */
/** Verbs that report nothing but speech: the clause after them is what was said even when it opens with a number. */
const SPEECH_ONLY =
  /^(?:say|tell|claim|argue|insist|explain|stress|warn|allege|testify|contend|maintain|assert|concede|emphasize|emphasise|state)$/;

/** Nouns that make "this …" a time phrase ("said this week"), not the start of a clause. */
const TIME_NOUN =
  /^(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|season|time|past|coming|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|decade|century|term|session|quarter)$/;

const CLAUSE_OPENER =
  /^(?:that|he|she|they|it|we|i|there|the|a|an|this|these|those|his|her|their|its|our|no|some|many|most|all)$/;

/**
 * Where the reported clause after a verb starts (a token index; tokens.length for none): past the
 * hearer of "told reporters that", and past a prepositional phrase ("said in a statement on Monday
 * that …", "said in his New Year's speech he was ready …").
 */
function clauseStart(tokens: Token[], verbTo: number, verb: VerbInfo): number {
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
function reportedClause(
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
function isDirect(
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

function nearestCue(span: QuoteSpan, cues: Cue[], tokens: Token[], text: string): Cue | null {
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
function narrator(work: SentenceWork[], index: number): Entity | null {
  for (let j = index - 1; j >= 0; j--) {
    const sentence = work[j];
    if (!sentence || sentence.cues.length > 0) return null;
    if (sentence.opener) return sentence.opener;
  }
  return null;
}

/** The cue's frame starts at this token ("“….” Smith said" starts with its subject). */
const isCueStart = (cue: Cue, tokens: Token[], token: Token): boolean => {
  const first = Math.min(cue.verbFrom, cue.subjectFrom >= 0 ? cue.subjectFrom : cue.verbFrom);
  return tokens[first] === token && cue.kind !== 'according';
};

/** A paragraph's own cue credits its other quotations ("…," she said. "…"): the nearest one before, else after. */
function nearestParagraphCue(span: QuoteSpan, cues: Array<Cue & { at: number }>): Cue | null {
  let before: (Cue & { at: number }) | null = null;
  for (const cue of cues) if (cue.at <= span.start) before = cue;
  return before ?? cues[0] ?? null;
}

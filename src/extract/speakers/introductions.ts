/** Registers the people and organisations a sentence names with the article's entity tracker. */
import { LEFT_BOUNDARY } from '../lexicon/clause-words.ts';
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';
import {
  DETERMINERS,
  FEMALE_PRONOUNS,
  HONORIFIC_GENDER,
  MALE_PRONOUNS,
  PERSON_NOUNS,
  TITLE_WORDS,
} from '../lexicon/names.ts';
import { findNameRuns, isNominalPhrase, isOrganisationName, runText } from '../names/name-runs.ts';
import {
  isFunctionWord,
  isKnownOrganisation,
  isPlaceOrTime,
  looksLikePerson,
  NAME_TAGS,
  wordTags,
} from '../names/words.ts';
import { reportingVerb } from '../quotes/cues/reporting-verbs.ts';
import { phraseAfter } from '../quotes/phrases.ts';
import { type Position, positionAt } from '../text/position.ts';
import type { Token } from '../text/tokens.ts';
import type { Entity, SpeakerTracker } from './tracker.ts';

/** Registers the names of a sentence (so its cues can refer to people it introduces); returns the persons named. */
export function registerNames(
  tokens: Token[],
  text: string,
  base: Position,
  tracker: SpeakerTracker,
  subjects: Set<Entity>,
): Entity[] {
  const persons: Entity[] = [];
  const register = (from: number, titleTo: number, to: number, index: number) => {
    const name = runText(tokens, titleTo, to, text);
    const position = positionAt(base, tokens[from]?.start ?? 0);
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

export const genderOf = (word: string): 'm' | 'f' | null =>
  MALE_PRONOUNS.test(word) ? 'm' : FEMALE_PRONOUNS.test(word) ? 'f' : null;

/**
 * "A report by the railway company details …": the issuer of a document becomes the one that later
 * "the report said" refers to (a subject mention of it where the document is named).
 */
export function mentionIssuers(tokens: Token[], text: string, base: Position, tracker: SpeakerTracker): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!DOCUMENT_NOUNS.has(tokens[i]?.lower ?? '') || !/^(?:by|from)$/.test(tokens[i + 1]?.lower ?? ''))
      continue;
    const phrase = phraseAfter(tokens, i + 2, text);
    if (!phrase || phrase.kind === 'pronoun') continue;
    const position = positionAt(base, tokens[i]?.start ?? 0);
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

/** A role the article gives when it introduces a name: "Iran's ambassador to Baghdad, NAME" or "NAME, a spokesperson". */
export function roleOfIntroduction(
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

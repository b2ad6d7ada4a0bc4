/** Runs of capitalised words that name someone or something, with the titles before them. */
import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';
import {
  CORPORATE_SUFFIX,
  NAME_BREAKERS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  OF_NAME_HEADS,
  ORGANISATION_WORDS,
  PERSON_NOUNS,
  PLACE_MODIFIER,
  TITLE_WORDS,
  TITLES_WITH_OF,
} from '../lexicon/names.ts';
import type { Token } from '../text/tokens.ts';
import {
  firstNameGender,
  isAcronym,
  isCapitalised,
  isFunctionWord,
  isKnownOrganisation,
  isOccupation,
  withoutPossessive,
} from './words.ts';

/** A run of name tokens found in a token list: [from, to) token indexes. */
export interface NameRun {
  from: number;
  to: number;
  /** Leading title tokens inside the run ("Prime Minister" in "Prime Minister Justin Trudeau"). */
  titleTo: number;
}

export const adjacent = (a: Token, b: Token) => b.start === a.end + 1 || b.start === a.end;

export const isNameWord = (token: Token): boolean =>
  token.kind === 'word' &&
  !PLACE_MODIFIER.test(token.text) &&
  (isCapitalised(token.text) || /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u.test(token.text));

/** Runs of capitalised words (with name particles between them) in a token list. */
export function findNameRuns(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    // "Finally Demi", "Perhaps Tracy": a capitalised adverb opening a sentence is not part of a name.
    if (!token || !isNameWord(token) || NOT_NAME_WORDS.has(token.text) || isFunctionWord(token.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const previous = tokens[j - 1];
      const next = tokens[j];
      if (!previous || !next || !adjacent(previous, next)) break;
      if (/['’]s$/.test(previous.text)) {
        // "Iran's Foreign Ministry" is one name; "Smith's car" ends at the possessive.
        if (!isNameWord(next)) break;
      }
      if (isNameWord(next) && !NAME_BREAKERS.has(next.text)) {
        j++;
        continue;
      }
      // Particles, one or two ("de la Cruz", "van der Pluijm"), between capitalised words.
      let k = j;
      while (k < j + 2 && NAME_PARTICLES.has(tokens[k]?.lower ?? '') && !isCapitalised(tokens[k]?.text ?? ''))
        k++;
      const after = tokens[k];
      const particleEnd = tokens[k - 1];
      if (k > j && after && particleEnd && adjacent(particleEnd, after) && isNameWord(after)) {
        j = k + 1;
        continue;
      }
      // "Parole Board of Canada", "City of Surrey": an organisation's name runs on over "of"; so does a
      // title ("Secretary of State Mike Pompeo", "Minister of Foreign Affairs Mélanie Joly").
      const afterOf = tokens[j + 1];
      if (
        next.lower === 'of' &&
        afterOf &&
        adjacent(next, afterOf) &&
        isNameWord(afterOf) &&
        !isFunctionWord(afterOf.text) &&
        (OF_NAME_HEADS.has(previous.lower) || TITLES_WITH_OF.has(previous.lower))
      ) {
        j += 2;
        continue;
      }
      // "Securities and Exchange Commission", "Truth and Reconciliation Commission": one name when what
      // follows "and" ends as an organisation and what precedes it is neither a person nor a name of its own.
      if (next.lower === 'and' && afterOf && adjacent(next, afterOf) && isNameWord(afterOf)) {
        let k = j + 1;
        while (
          k + 1 < tokens.length &&
          isNameWord(tokens[k + 1] as Token) &&
          adjacent(tokens[k] as Token, tokens[k + 1] as Token) &&
          !NAME_BREAKERS.has(tokens[k + 1]?.text ?? '')
        )
          k++;
        const before = tokens.slice(i, j).map((t) => t.text);
        if (
          ORGANISATION_WORDS.has(tokens[k]?.lower ?? '') &&
          before.length <= 2 &&
          before.every((w) => firstNameGender(w) === null) &&
          !isOrganisationName(before)
        ) {
          j = k + 1;
          continue;
        }
      }
      // "Procter & Gamble", "Johnson & Johnson".
      const afterAmpersand = tokens[j + 1];
      if (next.text === '&' && afterAmpersand && isNameWord(afterAmpersand)) {
        j += 2;
        continue;
      }
      break;
    }
    let titleTo = i;
    // A name that ends as an organisation keeps all its words ("AFN Youth Council" has no title "Youth").
    const words = tokens.slice(i, j).map((t) => t.text);
    if (!isOrganisationName(words.slice(-1))) {
      for (let k = i; k < j - 1; k++) {
        const word = tokens[k];
        // "Veterans Affairs" is a name; a title before a name is singular ("Coach", "Spokesperson").
        const occupation = isOccupation(word?.lower ?? '') && !/s$/.test(word?.lower ?? '');
        if (word && (TITLE_WORDS.has(word.lower) || occupation)) titleTo = k + 1;
      }
      titleTo = titleOfEnd(tokens, j, titleTo);
    }
    runs.push({ from: i, to: j, titleTo });
    i = j;
  }
  return runs;
}

/**
 * Where the portfolio after a title's "of" ends and the holder's name begins: at a known first name
 * ("Secretary of Homeland Security Kirstjen Nielsen"), else two words from the end ("Secretary of State
 * Mike Pompeo"), or one when only one is left after the portfolio's first word.
 */
export function titleOfEnd(tokens: Token[], to: number, titleTo: number): number {
  const of = titleTo < to ? tokens[titleTo] : undefined;
  if (of?.lower !== 'of' || !TITLES_WITH_OF.has(tokens[titleTo - 1]?.lower ?? '')) return titleTo;
  const portfolio = titleTo + 1;
  for (let k = portfolio + 1; k < to; k++) if (firstNameGender(tokens[k]?.text ?? '') !== null) return k;
  if (to - portfolio >= 3) return to - 2;
  return to - portfolio === 2 ? to - 1 : to;
}

export const runText = (tokens: Token[], from: number, to: number, text: string): string => {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
};

export const nameWords = (name: string): string[] =>
  name
    .split(/\s+/)
    .map((w) => withoutPossessive(w).toLowerCase())
    .filter((w) => w && !NAME_PARTICLES.has(w) && !CORPORATE_SUFFIX.test(w));

export function isOrganisationName(words: string[]): boolean {
  return (
    words.includes('&') ||
    words.some((w) => isKnownOrganisation(w)) ||
    words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())) ||
    (words.length === 1 && isAcronym(words[0] ?? ''))
  );
}

/** Is this lower-case phrase something a nominal speaker can be ("officials", "a spokesperson")? */
export function isNominalPhrase(words: string[]): boolean {
  // "a Michigan school's (latest list)": the possessive is the speaker.
  const head = withoutPossessive(words.at(-1) ?? '').toLowerCase();
  if (words.some((w) => /-old$/.test(w))) return true;
  return (
    PERSON_NOUNS.has(head) ||
    ORGANISATION_WORDS.has(head) ||
    TITLE_WORDS.has(head) ||
    DOCUMENT_NOUNS.has(head) ||
    // "sergeant-at-arms", "editor-in-chief"
    (head.includes('-') && TITLE_WORDS.has(head.split('-')[0] ?? '')) ||
    // "executives", "directors": the plural of a title
    (/[^s]s$/.test(head) && (TITLE_WORDS.has(head.slice(0, -1)) || PERSON_NOUNS.has(head.slice(0, -1))))
  );
}

/** What a single word is, from its shape and compromise's lexicon (no tagging run). */
import nlp from 'compromise';

/** Lexicon tags that say only "this is a name". */
export const NAME_TAGS = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName']);

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

export const isAcronym = (word: string): boolean => /^\p{Lu}{2,}s?$/u.test(word.replace(/[.'’]/g, ''));

/** The word without a possessive ending ("Williamson's" → "Williamson"). */
export const withoutPossessive = (word: string): string => word.replace(/['’]s$|(?<=s)['’]$/u, '');

/**
 * compromise's lexicon (a plain word → tag map, no tagging run): it knows tens of thousands of words,
 * among them first names with their usual gender, places, demonyms, months and sports teams.
 */
export const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } })
  .one.lexicon;

export const wordTags = (word: string): string[] => tagsOf(word);

export const tagsOf = (word: string): string[] => {
  const entry = LEXICON[word.toLowerCase().replace(/['’]s$/, '')];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
};

/** The usual gender of a first name, when compromise's lexicon knows it ("Mary" f, "Dennis" m). */
export function firstNameGender(word: string): 'm' | 'f' | null {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  return null;
}

/** Tags of words that name a place, a nationality or a time. */
const PLACE_OR_TIME_TAGS_LIST = [
  'Month',
  'WeekDay',
  'Duration',
  'Date',
  'Country',
  'City',
  'Region',
  'Place',
  'Demonym',
];

export const NOT_A_PERSON_TAGS = new Set([...PLACE_OR_TIME_TAGS_LIST, 'Organization', 'SportsTeam']);

/**
 * Is a capitalised run a person's name? Yes when it starts with a known first name; no when one of its
 * words is a place, a nationality, a month, a team or the like ("Christmas Day", "North Korean").
 */
export function looksLikePerson(words: string[]): boolean {
  const first = words[0] ?? '';
  const firstTags = tagsOf(first);
  if (firstTags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) return true;
  return !words.some((w) => tagsOf(w).some((t) => NOT_A_PERSON_TAGS.has(t)));
}

/** compromise knows the word as an organisation or a team ("Raptors", "Google"). */
export const isKnownOrganisation = (word: string): boolean =>
  tagsOf(word).some((t) => t === 'Organization' || t === 'SportsTeam');

/** compromise knows the word as an occupation or a role ("lawyer", "spokesperson", "defenceman"). */
export const isOccupation = (word: string): boolean => tagsOf(word).includes('Actor');

export const PLACE_OR_TIME_TAGS = new Set(PLACE_OR_TIME_TAGS_LIST);

/** Every word is a place, a nationality or a time ("New York", "North Korean", "Christmas Day"). */
export const isPlaceOrTime = (words: string[]): boolean =>
  words.every(
    (w) =>
      tagsOf(w).some((t) => PLACE_OR_TIME_TAGS.has(t)) ||
      /^(?:new|north|south|east|west|northern|southern|eastern|western|central|upper|lower|upstate|downstate|downtown|greater|day|eve|st\.?)$/i.test(
        w,
      ),
  );

export const FUNCTION_TAGS = new Set([
  'Adverb',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'QuestionWord',
  'Negative',
]);

/** compromise knows the word as an adverb, a conjunction or the like ("Finally", "Nonetheless"). */
export const isFunctionWord = (word: string): boolean => {
  const tags = tagsOf(word);
  if (tags.some((t) => FUNCTION_TAGS.has(t))) return true;
  // Sentence adverbs compromise derives rather than lists ("Finally", "Nonetheless"); "Kelly" is a name.
  const isName = tags.some(
    (t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName' || t === 'LastName',
  );
  if (!isName && /^\p{Lu}\p{Ll}{3,}(?:ly|less)$/u.test(word)) return true;
  return /^(?:Moreover|Furthermore|Therefore|Thus|Otherwise|Besides|Regardless|Instead)$/.test(word);
};

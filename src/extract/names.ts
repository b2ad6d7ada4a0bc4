import nlp from 'compromise';

/**
 * Words and names: a tokenizer for the text outside quotations, and the general English word lists
 * (titles, pronouns, determiners, organisation words) the speaker finder leans on.
 */

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/**
 * Word tokens keep inner apostrophes, hyphens and initials ("O'Regan", "Al-e", "U.S.", "Dr."), so a
 * name is a run of tokens. A quotation (already blanked to '_' in the masked text) is one token.
 */
const TOKEN =
  /"_*"?|_+"?|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]*[\p{L}\p{N}\p{M}])?(?:\.(?=[\p{L}])[\p{L}]+)*\.?|\S/gu;

const KEEPS_ITS_STOP =
  /^(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Gov|Sen|Rep|Amb|Dept|Supt|Insp|Const|Det|Cpl|Pvt|Atty|Hon|Rev|Fr|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z])\.$|^(?:\p{L}\.){2,}$/u;

export function tokenize(masked: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = masked.slice(from, to);
  for (const match of slice.matchAll(TOKEN)) {
    let text = match[0];
    const start = from + (match.index ?? 0);
    if (text.startsWith('"') && text.length > 1) {
      tokens.push({ text, lower: text, start, end: start + text.length, kind: 'quote' });
      continue;
    }
    if (text.startsWith('_')) {
      tokens.push({ text, lower: text, start, end: start + text.length, kind: 'quote' });
      continue;
    }
    if (/^[\p{L}\p{N}]/u.test(text)) {
      // A full stop belongs to the word only for abbreviations and initials; otherwise it ends the sentence.
      if (text.endsWith('.') && !KEEPS_ITS_STOP.test(text)) {
        text = text.slice(0, -1);
        tokens.push({ text, lower: text.toLowerCase(), start, end: start + text.length, kind: 'word' });
        tokens.push({
          text: '.',
          lower: '.',
          start: start + text.length,
          end: start + text.length + 1,
          kind: 'punct',
        });
        continue;
      }
      tokens.push({ text, lower: text.toLowerCase(), start, end: start + text.length, kind: 'word' });
      continue;
    }
    if (text === '"') {
      tokens.push({ text, lower: text, start, end: start + 1, kind: 'quote' });
      continue;
    }
    tokens.push({ text, lower: text, start, end: start + text.length, kind: 'punct' });
  }
  return tokens;
}

export const PRONOUNS = new Map<string, 'm' | 'f' | 'plural' | 'it'>([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'plural'],
  ['it', 'it'],
]);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'another',
  'one',
  'some',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
  'our',
  'my',
  'two',
  'three',
  'several',
  'many',
  'both',
  'other',
]);

/** Capitalised words that start sentences or clauses but are never part of a name. */
export const NOT_NAME_WORDS = new Set(
  'The A An And But Or So Yet For In On At By To Of From With Without After Before During Since Until While When Where Why How What Who Whom Whose Which That This These Those There Here Then Than Now Once If Unless Although Though Because As Also Still Even Just Only Meanwhile However Instead Indeed Despite Asked According Like Unlike Last Next Earlier Later Today Tonight Yesterday Tomorrow He She It They We I You His Her Its Their Our My Your Him Them Us Me Some Many Most More Several Both Each Every All Any No Not None One Two Three Four Five Six Seven Eight Nine Ten First Second Third Mr Mrs Ms Mr. Mrs. Ms. Dr Dr. Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. Read Photo Watch Listen Click Updated Editor Note Yes Oh Well Please Thanks Thank Sources Source'.split(
    ' ',
  ),
);

/** Capitalised words that cannot continue a name either ("Smith Monday said", "Smith And Jones"). */
export const NAME_BREAKERS = new Set(
  'The A An And But Or Nor In On At By To Of From With For As Than He She It They We I You His Her Its Their Our My This That These Those Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. Today Tonight Yesterday Tomorrow'.split(
    ' ',
  ),
);

/** Lower-case particles inside names ("Ursula von der Leyen", "Juan de la Cruz", "Bashar al Assad"). */
export const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'dos',
  'das',
  'y',
  'bint',
  'abu',
]);

/** Titles and role words that come before a name ("Prime Minister", "Sgt.", "spokesperson"). */
export const TITLE_WORDS = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev. reverend father sister brother president vice-president premier minister prime deputy secretary senator sen sen. representative rep rep. congressman congresswoman governor gov gov. mayor councillor councilor coun. alderman chief chair chairman chairwoman chairperson ceo cfo coo director executive manager officer spokesperson spokesman spokeswoman ambassador amb amb. envoy commissioner judge justice attorney lawyer counsel sheriff constable const const. sergeant sgt sgt. detective det det. inspector insp insp. superintendent supt supt. lieutenant lt lt. captain capt capt. commander cmdr colonel col col. general gen gen. major maj maj. admiral adm private corporal cpl officer coach head leader king queen prince princess pope bishop archbishop imam rabbi pastor mp mpp mla mna mep speaker treasurer auditor analyst economist researcher scientist professor doctor nurse editor reporter columnist author founder co-founder owner president-elect chancellor dean principal trustee ombudsman critic advocate activist organizer organiser member'.split(
    ' ',
  ),
);

/** Words that make a capitalised run an organisation rather than a person. */
export const ORGANISATION_WORDS = new Set(
  'railway railroad ministry department agency council police service services commission committee corps force forces party government court university college school company corporation corp corp. inc inc. ltd ltd. llc association union federation assembly office bank board institute foundation group network news press times post hospital authority administration bureau club team church centre center nations organization organisation army navy guard tribunal parliament senate congress house cabinet secretariat society coalition alliance league fund trust network media agency tv radio channel broadcasting broadcaster journal gazette herald tribune daily magazine airlines airline systems technologies industries partners associates clinic lab laboratory laboratories museum library chamber embassy consulate municipality city county province state region regiment brigade battalion command energy resources capital holdings communications motors pharmaceuticals mining petroleum financial insurance investments entertainment foods brands electronics telecom wireless mobile airways transit solutions ventures enterprises international logistics automotive'.split(
    ' ',
  ),
);

/** Nouns that name who someone is ("the minister", "a spokesperson", "officials"), for nominal speakers. */
export const PERSON_NOUNS = new Set(
  'aunt uncle cousin nephew niece grandson granddaughter spouse fiancé fiancée girlfriend boyfriend attorneys lawyers doctors nurses teachers officers judges coaches aide aides staffer staffers insider insiders negotiator negotiators forecaster forecasters protester protestors man woman boy girl person people official officials spokesperson spokesman spokeswoman minister ambassador president premier mayor chief director officer police lawyer attorney judge expert experts analyst analysts researcher researchers scientist scientists doctor nurse teacher student students resident residents witness witnesses source sources critic critics advocate advocates activist activists leader leaders member members worker workers parent parents mother father son daughter wife husband victim victims owner owners coach player players manager executive founder chair chairman organizer organiser organizers organisers spokespeople representative representatives investigator investigators prosecutor prosecutors authorities neighbour neighbor neighbours neighbors friend friends family citizen citizens user users customer customers patient patients veteran veterans candidate voter voters supporters opponents protesters observers economist economists engineer engineers senator governor councillor commissioner secretary agent agents defenceman defenseman forward goaltender goalie captain rookie veteran author writer reporter journalist columnist editor producer singer actor actress artist star guard soldier soldiers troops constable sergeant detective inspector superintendent spokesperson host mom dad grandmother grandfather sister brother partner colleague colleagues employee employees staff adviser advisor consultant'.split(
    ' ',
  ),
);

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

export const isAcronym = (word: string): boolean => /^\p{Lu}{2,}s?$/u.test(word.replace(/[.'’]/g, ''));

/** The word without a possessive ending ("Williamson's" → "Williamson"). */
export const withoutPossessive = (word: string): string => word.replace(/['’]s$|(?<=s)['’]$/u, '');

/**
 * compromise's lexicon (a plain word → tag map, no tagging run): it knows tens of thousands of words,
 * among them first names with their usual gender, places, demonyms, months and sports teams.
 */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one
  .lexicon;

export const wordTags = (word: string): string[] => tagsOf(word);

const tagsOf = (word: string): string[] => {
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

const NOT_A_PERSON_TAGS = new Set([
  'Month',
  'WeekDay',
  'Duration',
  'Date',
  'Country',
  'City',
  'Region',
  'Place',
  'Demonym',
  'Organization',
  'SportsTeam',
]);

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

const PLACE_OR_TIME_TAGS = new Set([
  'Month',
  'WeekDay',
  'Duration',
  'Date',
  'Country',
  'City',
  'Region',
  'Place',
  'Demonym',
]);

/** Every word is a place, a nationality or a time ("New York", "North Korean", "Christmas Day"). */
export const isPlaceOrTime = (words: string[]): boolean =>
  words.every(
    (w) =>
      tagsOf(w).some((t) => PLACE_OR_TIME_TAGS.has(t)) ||
      /^(?:new|north|south|east|west|northern|southern|eastern|western|central|upper|lower|upstate|downstate|downtown|greater|day|eve|st\.?)$/i.test(
        w,
      ),
  );

const FUNCTION_TAGS = new Set(['Adverb', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord', 'Negative']);

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

/** Word lists about names and who someone is: data only, each list once. */
export const HONORIFIC_GENDER = new Map<string, 'm' | 'f'>([
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

export const MALE_PRONOUNS = /\b(?:he|him|his|himself)\b/i;

export const FEMALE_PRONOUNS = /\b(?:she|her|hers|herself)\b/i;

export const POSSESSIVE_PRONOUNS = new Map<string, 'm' | 'f' | 'plural' | 'it'>([
  ['his', 'm'],
  ['her', 'f'],
  ['its', 'it'],
  ['their', 'plural'],
]);

/** Organisation words whose name goes on with "of" ("Bank of Canada", "University of Calgary"). */
export const OF_NAME_HEADS = new Set(
  'board bank university college institute department ministry city town municipality county district commission council society association federation union court school faculty office bureau agency chamber church museum academy foundation league'.split(
    ' ',
  ),
);

/** "Calgary-based", "Toronto-born": a capitalised modifier before a name, not part of it. */
export const PLACE_MODIFIER = /-(?:based|born|bred|area|headquartered|owned|run|led|raised|bound)$/i;

/** Titles that name their portfolio with "of" before the holder's name ("Secretary of State …"). */
export const TITLES_WITH_OF = new Set([
  'secretary',
  'minister',
  'director',
  'chief',
  'head',
  'president',
  'governor',
  'commissioner',
]);

/** Corporate suffixes a later mention drops ("TransCanada" for "TransCanada Corp."). */
export const CORPORATE_SUFFIX = /^(?:corp|corp\.|inc|inc\.|ltd|ltd\.|co|co\.|llc|plc|ag|sa)$/;

/** Organisation nouns a definite description uses for an organisation already named ("the company"). */
export const NOMINAL_ORGANISATION_HEADS = new Set(
  'railway railroad airline carrier automaker retailer insurer lender publisher newspaper manufacturer utility ministry department agency government company firm corporation organization organisation group party union association council committee commission board university college school police service city province state team club league network station broadcaster bank court office authority institute foundation charity church hospital municipality township county band nation embassy army military regime administration campaign coalition'.split(
    ' ',
  ),
);

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

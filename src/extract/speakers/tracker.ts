import { DOCUMENT_NOUNS } from '../lexicon/documents.ts';
import {
  NOMINAL_ORGANISATION_HEADS,
  ORGANISATION_WORDS,
  PERSON_NOUNS,
  TITLE_WORDS,
} from '../lexicon/names.ts';
import { isOrganisationName, nameWords } from '../names/name-runs.ts';
import {
  firstNameGender,
  isCapitalised,
  isPlaceOrTime,
  looksLikePerson,
  withoutPossessive,
} from '../names/words.ts';
import { type Position, paragraphOf, paragraphsApart, within } from '../text/position.ts';

export type Gender = 'm' | 'f';

export interface Entity {
  /** The fullest form the article gives ("Mohammad Kazem Al-e Sadeq", "Iran's Foreign Ministry"). */
  name: string;
  /** Lower-case words of the name, possessives removed, for matching shorter mentions. */
  words: string[];
  /** 'other': a place, a date or an event that happens to be capitalised; never a speaker by pronoun. */
  kind: 'person' | 'org' | 'other';
  role: string | null;
  gender: Gender | null;
  /**
   * Signs that a capitalised run is a person who matters, not "Christmas Day" or "White Paper": a
   * role, a gender the article shows, a reporting verb next to it, a later mention by surname alone.
   */
  evidence: number;
}

export interface Mention {
  entity: Entity;
  /** The mention is the subject of its sentence or the speaker of a quotation. */
  subject: boolean;
  /** The mention is the speaker a cue credits ("Blumenthal" in "…," said Blumenthal). */
  spoke?: boolean;
  /** Where in the article, so mentions compare in reading order. */
  position: Position;
}

export class SpeakerTracker {
  readonly entities: Entity[] = [];
  private mentions: Mention[] = [];
  private readonly calledByFirstName = new Set<Entity>();
  private readonly genderVotes = new Map<Entity, { m: number; f: number }>();
  /** Documents the article has credited to an issuer ("a study by Civic Action"), in reading order. */
  private documents: Array<{ noun: string; entity: Entity; position: Position }> = [];

  /** Where each sentence read so far starts (positions as mentions have them), in reading order. */
  private sentenceStarts: Position[] = [];

  /** The last unnamed plural source quoted ("several executives have warned"), for a later "they". */
  private plural: { text: string; position: Position } | null = null;

  /** Remembers an unnamed plural source that spoke, for "They say …" after it. */
  pluralSource(text: string, position: Position): void {
    this.plural = { text, position };
  }

  /**
   * "Several executives have warned … They say …": the unnamed plural source quoted last, when it is in
   * this paragraph or the one before and no organisation has been a subject since.
   */
  theyAre(position: Position): string | null {
    const plural = this.plural;
    if (!plural || plural.position >= position) return null;
    if (paragraphsApart(plural.position, position) > 1) return null;
    const org = this.lastMentionAt(position, (e) => e.kind === 'org', true);
    return org && org.position > plural.position ? null : plural.text;
  }

  /** Unnamed sources as the article first describes them ("sources familiar with the negotiations"). */
  private descriptions: string[] = [];

  /**
   * An unnamed source as the article described it: a description with more to it is remembered, and a
   * bare "sources" or "the officials" later is the source described before with the same noun.
   */
  describe(written: string): string {
    const words = written.split(/\s+/);
    const head = (w: string[]) => {
      const i = w.findIndex(
        (x, k) =>
          k > 0 &&
          /^(?:familiar|close|with|briefed|involved|unauthorized|unauthorised|authorized|authorised)$/i.test(
            x,
          ),
      );
      return (i > 0 ? w[i - 1] : w.at(-1))?.toLowerCase() ?? '';
    };
    const noun = head(words);
    // "sources", "the officials" — and "the person" after "a person familiar with the talks".
    const bare =
      words.length <= 2 &&
      (/s$/.test(noun) || /^the$/i.test(words[0] ?? '')) &&
      !/^(?:a|an|one|some|two|three|several|many)$/i.test(words[0] ?? '');
    if (bare) {
      const earlier = this.descriptions.filter((d) => head(d.split(/\s+/)) === noun).at(-1);
      if (earlier) return earlier;
    } else if (words.length >= 3 && head(words) !== words.at(-1)?.toLowerCase()) {
      this.descriptions.push(written);
    }
    return written;
  }

  /** The description an unnamed source was given before, for "the person" or "sources" now; else null. */
  recall(written: string): string | null {
    const found = this.describe(written);
    return found !== written ? found : null;
  }

  /** Records who issued a document ("study", "report") so "the study said" can find them again. */
  issued(noun: string, entity: Entity, position: Position): void {
    this.documents.push({ noun: noun.toLowerCase(), entity, position });
  }

  /** Starts reading the article again with the entities (and genders) found so far. */
  restart(): void {
    this.mentions = [];
    this.sentenceStarts = [];
    this.documents = [];
    this.descriptions = [];
    this.plural = null;
    for (const [entity, votes] of this.genderVotes) {
      // The article's own pronouns outweigh the first name's usual gender ("Kim Jong-un … he"; the
      // name's gender counts as a little less than one pronoun).
      const prior = namePrior(entity.name.split(/\s+/));
      const m = votes.m + (prior === 'm' ? 0.9 : 0);
      const f = votes.f + (prior === 'f' ? 0.9 : 0);
      if (m !== f) entity.gender = m > f ? 'm' : 'f';
    }
  }

  /** A gendered pronoun that refers, by the article's sentence structure, to this person. */
  voteGender(entity: Entity, gender: Gender): void {
    const votes = this.genderVotes.get(entity) ?? { m: 0, f: 0 };
    votes[gender]++;
    entity.evidence++;
    this.genderVotes.set(entity, votes);
  }

  /** Registers (or finds) the entity a full name refers to, and records the mention. */
  introduce(name: string, position: Position, role: string | null, subject = false): Entity {
    const clean = name.replace(/['’]s$/u, '');
    const words = nameWords(clean);
    const isOrg = isOrganisationName(clean.split(/\s+/));
    let entity = this.entities.find((e) => sameWords(e.words, words)) ?? this.byInitials(clean);
    // "Samsung Electronics Co." after "Samsung Electronics": keep the fullest form.
    if (entity && sameWords(entity.words, words) && clean.length > entity.name.length) entity.name = clean;
    if (!entity && isOrg) {
      // "Suncor" after "Suncor Energy": the shorter form of an organisation already named.
      // Not "the IRGC" for "the IRGC's Ground Force": a possessive names something else.
      const longer = this.entities.filter(
        (e) =>
          e.kind === 'org' &&
          startsWith(e.words, words) &&
          !/['’]s$/.test(e.name.split(/\s+/)[words.length - 1] ?? ''),
      );
      const found = this.mostRecent(longer, position) ?? longer[0];
      if (found) {
        this.mention(found, position, subject);
        return found;
      }
    }
    if (!entity && !isOrg) {
      // A shorter form of a name already seen ("Al-e Sadeq" after "Mohammad Kazem Al-e Sadeq").
      const longer = this.entities.filter(
        (e) => e.kind === 'person' && e.words.length > words.length && endsWith(e.words, words),
      );
      const found = this.mostRecent(longer, position) ?? longer[0];
      if (found) {
        this.mention(found, position, subject);
        return found;
      }
    }
    if (!entity) {
      // A longer form of a name already seen ("Smith" then "John Smith") upgrades the entity.
      entity =
        this.entities.find(
          (e) => e.kind === 'person' && !isOrg && e.words.length < words.length && endsWith(words, e.words),
        ) ?? null;
      if (entity) {
        entity.name = clean;
        entity.words = words;
      }
    }
    if (!entity) {
      const written = clean.split(/\s+/);
      // A run with a place in it is a place ("New York") or, with other words, an organisation
      // ("Export Development Canada", "Rally Canada").
      const kind = isOrg
        ? 'org'
        : looksLikePerson(written)
          ? 'person'
          : written.length > 1 && !isPlaceOrTime(written)
            ? 'org'
            : 'other';
      // A first name alone ("Colton said") tells its usual gender as well as a full name does.
      const gender = kind === 'person' ? namePrior(written) : null;
      entity = { name: clean, words, kind, role: null, gender, evidence: gender ? 1 : 0 };
      this.entities.push(entity);
    }
    if (role && !entity.role) {
      entity.role = role;
      entity.evidence++;
    }
    this.mention(entity, position, subject);
    return entity;
  }

  /** "EDC" for "Export Development Canada": an acronym of an organisation's capitalised words. */
  private byInitials(name: string): Entity | null {
    if (!/^\p{Lu}{2,6}$/u.test(name)) return null;
    return (
      this.entities.find(
        (e) =>
          e.kind === 'org' &&
          e.name
            .split(/\s+/)
            .filter((w) => /^\p{Lu}/u.test(w))
            .map((w) => w[0])
            .join('') === name,
      ) ?? null
    );
  }

  startSentence(position: Position): void {
    this.sentenceStarts.push(position);
  }

  /**
   * "… also produced results for accountant Babatunji Farinloye, 50. "I had a membership," he says.":
   * news introduces a person, then quotes them. The one person of a fitting gender whom the sentence
   * just before names for the first time in the article, if there is exactly one.
   */
  newcomer(pronoun: 'm' | 'f', position: Position): Entity | null {
    let current = this.sentenceStarts.length - 1;
    while (current >= 0 && (this.sentenceStarts[current] ?? 0) > position) current--;
    const from = this.sentenceStarts[current - 1];
    const to = this.sentenceStarts[current];
    if (from === undefined || to === undefined || paragraphOf(from) !== paragraphOf(to)) return null;
    const named = new Set<Entity>();
    for (const m of this.mentions) {
      if (m.position >= from && m.position < to && m.entity.kind === 'person') named.add(m.entity);
    }
    const fresh = [...named].filter(
      (e) =>
        (e.gender === pronoun || e.gender === null) &&
        !this.mentions.some((m) => m.entity === e && m.position < from),
    );
    return named.size === 1 && fresh.length === 1 ? (fresh[0] ?? null) : null;
  }

  /** Records a reference (name, surname, pronoun, nominal, quotation) so salience follows the article. */
  mention(entity: Entity, position: Position, subject = false, spoke = false): void {
    this.mentions.push({ entity, position, subject, ...(spoke ? { spoke } : {}) });
  }

  /** The person or organisation a name mention ("Al-e Sadeq", "Jamil", "the IRGC") refers to. */
  resolveName(name: string, position: Position): Entity | null {
    const words = nameWords(name.replace(/^the\s+/i, ''));
    if (words.length === 0) return null;
    const exact = this.entities.filter((e) => sameWords(e.words, words));
    if (exact.length > 0 && !(words.length === 1 && exact.every((e) => e.kind === 'person'))) {
      return this.mostRecent(exact, position) ?? exact[0] ?? null;
    }
    const abbreviated = this.byInitials(name);
    if (abbreviated) return abbreviated;
    // "Canada" is not "Statistics Canada": an organisation is never shortened to the place that ends it.
    const place = isPlaceOrTime(name.replace(/^the\s+/i, '').split(/\s+/));
    const bySurname = this.entities.filter(
      (e) =>
        sameWords(e.words, words) ||
        (endsWith(e.words, words) && !(e.kind === 'org' && place)) ||
        (e.kind === 'org' &&
          !place &&
          startsWith(e.words, words) &&
          !/['’]s$/.test(e.name.split(/\s+/)[words.length - 1] ?? '')),
    );
    const byFirstName =
      words.length === 1
        ? this.entities.filter((e) => e.kind === 'person' && e.words[0] === words[0] && e.words.length > 1)
        : [];
    if (bySurname.length === 0 && byFirstName.length === 0) return null;
    if (bySurname.length === 0) {
      // Several people share the word ("Kim" for Kim Jong-un and Kim Yong-chol): the one the article
      // has made the subject most often.
      const salience = (e: Entity) =>
        this.mentions.filter((m) => m.entity === e && m.subject && m.position < position).length;
      const ranked = [...byFirstName].sort((a, b) => salience(b) - salience(a));
      const found =
        byFirstName.length > 1 && ranked[0] && salience(ranked[0]) > salience(ranked[1] as Entity)
          ? ranked[0]
          : (this.lastMentioned(position, (e) => byFirstName.includes(e)) ?? byFirstName[0] ?? null);
      // An article that calls one Greenspan "Michael" keeps the bare surname for the other one.
      if (found) this.calledByFirstName.add(found);
      return found;
    }
    const others = bySurname.filter((e) => !this.calledByFirstName.has(e));
    const candidates = others.length > 0 ? others : bySurname;
    // "Greenspan" when the article has two: the one it has been quoting or following, else the latest.
    const spoken = candidates.filter((e) => this.mentions.some((m) => m.entity === e && m.subject));
    const pool = spoken.length > 0 ? spoken : candidates;
    const found = this.lastMentioned(position, (e) => pool.includes(e), spoken.length > 0) ?? longest(pool);
    if (found && words.length < found.words.length) found.evidence++;
    return found;
  }

  /**
   * He/she/they/it. A person pronoun goes to the most recently *subject*-mentioned person of that gender
   * (speakers and sentence subjects are what news pronouns pick up), then of unknown gender.
   */
  resolvePronoun(pronoun: 'm' | 'f' | 'plural' | 'it', position: Position): Entity | null {
    if (pronoun === 'it') {
      return (
        this.lastMentioned(position, (e) => e.kind === 'org', true) ??
        this.lastMentioned(position, (e) => e.kind === 'org')
      );
    }
    if (pronoun === 'plural') {
      const org = this.lastMentioned(position, (e) => e.kind === 'org', true);
      const person = this.lastMentioned(position, () => true, true);
      return org && org === person ? org : null;
    }
    const fits = (e: Entity) => e.kind === 'person' && e.gender === pronoun;
    const open = (e: Entity) => e.kind === 'person' && e.gender === null && e.evidence > 0;
    // "…," said Sen. Blumenthal. Schumer, he said, "…": someone the paragraph has already quoted.
    const paragraph = paragraphOf(position);
    let speaker: Mention | null = null;
    for (const m of this.mentions) {
      if (
        m.spoke &&
        m.position < position &&
        paragraphOf(m.position) === paragraph &&
        (fits(m.entity) || open(m.entity))
      )
        speaker = m;
    }
    if (speaker) return speaker.entity;
    const known = this.lastMentionAt(position, fits, true);
    const unknown = this.lastMentionAt(position, open, true);
    // A person whose gender the article never showed is taken only when no one of that gender is in view.
    if (known && (!unknown || known.position >= unknown.position || within(known.position, position, 3))) {
      return known.entity;
    }
    return (
      unknown?.entity ??
      known?.entity ??
      this.lastMentioned(position, fits) ??
      this.lastMentioned(position, open) ??
      // Nobody else in view: a person the article has only named, whatever the name suggests.
      this.lastMentioned(position, (e) => e.kind === 'person' && e.gender === null) ??
      null
    );
  }

  /** "the ministry", "the ambassador", "the rookie defenceman": the entity whose name or role fits. */
  resolveNominal(phrase: string, position: Position): Entity | null {
    const words = phrase.toLowerCase().split(/\s+/);
    const of = words.indexOf('of');
    const head = (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
    if (words[0] !== 'the' || words.length < 2) return null;
    // "the Nova Scotia judge", "the Canadian government": a proper word in the description must be in
    // the name or the role of whoever it refers to; otherwise the article means someone it has not named.
    const proper = phrase
      .split(/\s+/)
      .slice(1, of > 0 ? of : undefined)
      .filter((w) => isCapitalised(w))
      .map((w) => withoutPossessive(w).toLowerCase())
      .filter(
        (w) =>
          w !== head &&
          !w.includes('-') &&
          !TITLE_WORDS.has(w) &&
          !PERSON_NOUNS.has(w) &&
          !ORGANISATION_WORDS.has(w) &&
          !NOMINAL_ORGANISATION_HEADS.has(w),
      );
    const consistent = (e: Entity) =>
      proper.every(
        (w) =>
          e.words.includes(w) ||
          (e.role ?? '')
            .toLowerCase()
            .split(/[\s,]+/)
            .includes(w),
      );
    const last = (accept: (e: Entity) => boolean, subjectOnly = false) =>
      this.lastMentioned(position, (e) => accept(e) && consistent(e), subjectOnly);
    // "the city" when the article names two: the one it mentions most, then the latest.
    const named = this.entities.filter((e) => e.kind === 'org' && e.words.includes(head) && consistent(e));
    const count = (e: Entity) => this.mentions.filter((m) => m.entity === e && m.position < position).length;
    const byName =
      named.length > 1
        ? (named
            .filter((e) => count(e) > 0)
            .sort(
              (a, b) =>
                count(b) - count(a) ||
                (this.lastMentionAt(position, (e) => e === b)?.position ?? 0) -
                  (this.lastMentionAt(position, (e) => e === a)?.position ?? 0),
            )[0] ?? null)
        : last((e) => named.includes(e));
    if (byName) return byName;
    const roleWord = new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i');
    const hasRole = (e: Entity) => e.role !== null && roleWord.test(e.role) && consistent(e);
    // The role may be given later in the article ("the WHL commissioner" … "WHL commissioner Ron Robison").
    const byRole = last(hasRole) ?? this.entities.find(hasRole) ?? null;
    if (byRole) return byRole;
    // "The report said": the organisation that issued it, when the article has named one.
    // Only an organisation that has been a subject or a speaker: a news agency the article merely
    // credits ("told The Canadian Press") did not write the report.
    const document = words.findIndex((w, i) => i > 0 && DOCUMENT_NOUNS.has(w));
    if (DOCUMENT_NOUNS.has(head) || document > 0) {
      const noun = words[document > 0 ? document : words.length - 1] ?? head;
      const issuer = this.issuerOf(phrase, document, position);
      if (issuer) {
        this.issued(noun, issuer, position);
        return issuer;
      }
      // "The study said": whoever issued the last study the article named.
      const earlier = this.documents.filter((d) => d.noun === noun && d.position < position).at(-1);
      if (earlier) return earlier.entity;
      return last((e) => e.kind === 'org', true);
    }
    if (NOMINAL_ORGANISATION_HEADS.has(head)) {
      // "the railway company": an organisation named by a word of the description.
      const modifier = words
        .slice(1, -1)
        .map((w) => withoutPossessive(w))
        .find((w) => NOMINAL_ORGANISATION_HEADS.has(w) || ORGANISATION_WORDS.has(w));
      // "Procter & Gamble rallied … The company said": an organisation named earlier in the same
      // paragraph, even as an object, before the last one the article made a subject.
      const subject = this.lastMentionAt(position, (e) => e.kind === 'org' && consistent(e), true);
      const any = this.lastMentionAt(position, (e) => e.kind === 'org' && consistent(e));
      const sameParagraph = any && paragraphOf(any.position) === paragraphOf(position) && any !== subject;
      return (
        (modifier ? last((e) => e.kind === 'org' && e.words.includes(modifier)) : null) ??
        (sameParagraph && (!subject || any.position > subject.position) ? any.entity : null) ??
        subject?.entity ??
        any?.entity ??
        null
      );
    }
    // "officials" is many people; "sergeant-at-arms" is one.
    if (/s$/.test(head.split('-')[0] ?? head) && head !== 'boss') return null;
    if (
      PERSON_NOUNS.has(head) ||
      TITLE_WORDS.has(head) ||
      words.some((w) => /-old$/.test(w)) ||
      head.split('-').some((part) => TITLE_WORDS.has(part))
    ) {
      return last((e) => e.kind === 'person' && e.evidence > 0, true);
    }
    return null;
  }

  /** The organisation last mentioned whose name has this word ("office" for the Prime Minister's Office). */
  organisationNamed(word: string, position: Position): Entity | null {
    if (!NOMINAL_ORGANISATION_HEADS.has(word)) return null;
    return this.lastMentioned(position, (e) => e.kind === 'org' && e.words.includes(word));
  }

  /**
   * "the parole board decision", "the company's statement": the issuer a document's description names,
   * an organisation whose name holds the words before the document noun (two words, or one capitalised).
   */
  private issuerOf(phrase: string, headAt: number, position: Position): Entity | null {
    const written = phrase
      .split(/\s+/)
      .slice(1, headAt)
      .map((w) => withoutPossessive(w));
    const modifiers = written.map((w) => w.toLowerCase());
    if (modifiers.length === 0) return null;
    if (modifiers.length >= 2 || written.some((w) => isCapitalised(w))) {
      const named = (e: Entity) => e.kind !== 'other' && containsRun(e.words, modifiers);
      const found = this.lastMentioned(position, named) ?? this.entities.find(named);
      if (found) return found;
    }
    const last = modifiers.at(-1) ?? '';
    if (NOMINAL_ORGANISATION_HEADS.has(last)) {
      return (
        this.lastMentioned(position, (e) => e.kind === 'org' && e.words.includes(last)) ??
        this.lastMentioned(position, (e) => e.kind === 'org', true)
      );
    }
    return null;
  }

  private lastMentionAt(before: number, accept: (e: Entity) => boolean, subjectOnly = false): Mention | null {
    let best: Mention | null = null;
    for (const m of this.mentions) {
      if (m.position >= before || !accept(m.entity) || (subjectOnly && !m.subject)) continue;
      if (!best || m.position >= best.position) best = m;
    }
    return best;
  }

  private lastMentioned(before: number, accept: (e: Entity) => boolean, subjectOnly = false): Entity | null {
    return this.lastMentionAt(before, accept, subjectOnly)?.entity ?? null;
  }

  private mostRecent(candidates: Entity[], before: number): Entity | null {
    return this.lastMentioned(before, (e) => candidates.includes(e));
  }
}

export const containsRun = (words: string[], run: string[]): boolean =>
  words.some((_, i) => run.every((w, j) => words[i + j] === w));

/**
 * The usual gender of a name's first word — except in names written family name first ("Kim Jong-un",
 * "Moon Jae-in"), whose first word is a surname.
 */
export const namePrior = (words: string[]): Gender | null =>
  words.length > 1 && /-\p{Ll}/u.test(words.at(-1) ?? '') ? null : firstNameGender(words[0] ?? '');

export const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

export const startsWith = (words: string[], prefix: string[]): boolean =>
  prefix.length < words.length && prefix.every((w, i) => words[i] === w);

export const endsWith = (words: string[], suffix: string[]): boolean =>
  suffix.length <= words.length && suffix.every((w, i) => words[words.length - suffix.length + i] === w);

export const longest = (entities: Entity[]): Entity | null =>
  entities.reduce<Entity | null>((a, b) => (a && a.words.length >= b.words.length ? a : b), null);

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Coreference for speakers: the people and organisations an article introduces (with their roles and,
 * when the article shows it, their gender), and who a surname, a pronoun or "the ministry" refers to.
 */
import {
  DETERMINERS,
  isAcronym,
  isCapitalised,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PERSON_NOUNS,
  TITLE_WORDS,
  type Token,
  withoutPossessive,
} from './names.ts';

export type Gender = 'm' | 'f';

export interface Entity {
  /** The fullest form the article gives ("Mohammad Kazem Al-e Sadeq", "Iran's Foreign Ministry"). */
  name: string;
  /** Lower-case words of the name, possessives removed, for matching shorter mentions. */
  words: string[];
  kind: 'person' | 'org';
  role: string | null;
  gender: Gender | null;
}

interface Mention {
  entity: Entity;
  /** Position in the article: paragraph index × 1e6 + offset, so mentions compare in reading order. */
  position: number;
}

/** A run of name tokens found in a token list: [from, to) token indexes. */
export interface NameRun {
  from: number;
  to: number;
  /** Leading title tokens inside the run ("Prime Minister" in "Prime Minister Justin Trudeau"). */
  titleTo: number;
}

const adjacent = (a: Token, b: Token) => b.start === a.end + 1 || b.start === a.end;

const isNameWord = (token: Token): boolean =>
  token.kind === 'word' &&
  (isCapitalised(token.text) || /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u.test(token.text));

/** Runs of capitalised words (with name particles between them) in a token list. */
export function findNameRuns(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token || !isNameWord(token) || NOT_NAME_WORDS.has(token.text)) {
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
      if (isNameWord(next) && !NOT_NAME_WORDS.has(next.text)) {
        j++;
        continue;
      }
      const after = tokens[j + 1];
      if (NAME_PARTICLES.has(next.lower) && after && adjacent(next, after) && isNameWord(after)) {
        j += 2;
        continue;
      }
      break;
    }
    let titleTo = i;
    for (let k = i; k < j - 1; k++) {
      const word = tokens[k];
      if (word && TITLE_WORDS.has(word.lower)) titleTo = k + 1;
    }
    runs.push({ from: i, to: j, titleTo });
    i = j;
  }
  return runs;
}

export const runText = (tokens: Token[], from: number, to: number, text: string): string => {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.start, last.end) : '';
};

const nameWords = (name: string): string[] =>
  name
    .split(/\s+/)
    .map((w) => withoutPossessive(w).toLowerCase())
    .filter((w) => w && !NAME_PARTICLES.has(w));

export function isOrganisationName(words: string[]): boolean {
  return (
    words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())) ||
    (words.length === 1 && isAcronym(words[0] ?? ''))
  );
}

export class SpeakerTracker {
  readonly entities: Entity[] = [];
  private readonly mentions: Mention[] = [];

  /** Registers (or finds) the entity a full name refers to, and records the mention. */
  introduce(name: string, position: number, role: string | null, kindHint?: 'person' | 'org'): Entity {
    const clean = name.replace(/['’]s$/u, '');
    const words = nameWords(clean);
    const isOrg = kindHint === 'org' || isOrganisationName(clean.split(/\s+/));
    let entity = this.entities.find((e) => e.words.join(' ') === words.join(' '));
    if (!entity && !isOrg) {
      // A shorter form of a name already seen ("Al-e Sadeq" after "Mohammad Kazem Al-e Sadeq").
      const longer = this.entities.filter(
        (e) => e.kind === 'person' && e.words.length > words.length && endsWith(e.words, words),
      );
      const found = this.mostRecent(longer, position) ?? longer[0];
      if (found) {
        this.mentions.push({ entity: found, position });
        return found;
      }
    }
    if (!entity) {
      // A longer form of a name already seen ("Smith" then "John Smith") upgrades the entity.
      entity = this.entities.find(
        (e) => e.kind === 'person' && !isOrg && e.words.length < words.length && endsWith(words, e.words),
      );
      if (entity) {
        entity.name = clean;
        entity.words = words;
      }
    }
    if (!entity) {
      entity = { name: clean, words, kind: isOrg ? 'org' : 'person', role: null, gender: null };
      this.entities.push(entity);
    }
    if (role && !entity.role) entity.role = role;
    this.mentions.push({ entity, position });
    return entity;
  }

  /** Records a later reference (surname, pronoun, nominal) so recency follows the article. */
  mention(entity: Entity, position: number): void {
    this.mentions.push({ entity, position });
  }

  /** The person or organisation a name mention ("Al-e Sadeq", "Jamil", "the IRGC") refers to. */
  resolveName(name: string, position: number): Entity | null {
    const words = nameWords(name.replace(/^the\s+/i, ''));
    if (words.length === 0) return null;
    const candidates = this.entities.filter(
      (e) =>
        endsWith(e.words, words) ||
        (words.length === 1 && e.kind === 'person' && e.words[0] === words[0] && e.words.length > 1),
    );
    if (candidates.length === 0) return null;
    return this.mostRecent(candidates, position) ?? longest(candidates);
  }

  /** He/she/they/it: the most recently mentioned compatible entity, preferring a known gender. */
  resolvePronoun(
    pronoun: 'm' | 'f' | 'plural' | 'it',
    position: number,
    following: Entity | null,
  ): Entity | null {
    if (pronoun === 'it') {
      return this.lastMentioned(position, (e) => e.kind === 'org');
    }
    if (pronoun === 'plural') {
      if (following?.kind === 'org') return following;
      return null;
    }
    const known = this.lastMentioned(position, (e) => e.kind === 'person' && e.gender === pronoun);
    const unknown = this.lastMentioned(position, (e) => e.kind === 'person' && e.gender === null);
    if (
      following &&
      following.kind === 'person' &&
      (following.gender === pronoun || following.gender === null)
    ) {
      const followingAt = this.lastPosition(following, position);
      const knownAt = known ? this.lastPosition(known, position) : -1;
      if (known === following || knownAt <= followingAt || following.gender === pronoun) return following;
    }
    if (known) return known;
    if (unknown) {
      unknown.gender = pronoun;
      return unknown;
    }
    return null;
  }

  /** "the ministry", "the ambassador", "the rookie defenceman": the entity whose name or role fits. */
  resolveNominal(phrase: string, position: number): Entity | null {
    const words = phrase.toLowerCase().split(/\s+/);
    const head = words.at(-1) ?? '';
    if (!DETERMINERS.has(words[0] ?? '') || words[0] !== 'the') return null;
    const byName = this.lastMentioned(position, (e) => e.kind === 'org' && e.words.at(-1) === head);
    if (byName) return byName;
    const byRole = this.lastMentioned(
      position,
      (e) => e.role !== null && new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i').test(e.role),
    );
    if (byRole) return byRole;
    if (ORGANISATION_WORDS.has(head)) return this.lastMentioned(position, (e) => e.kind === 'org');
    if (PERSON_NOUNS.has(head) || /-old$/.test(head))
      return this.lastMentioned(position, (e) => e.kind === 'person');
    return null;
  }

  private lastPosition(entity: Entity, before: number): number {
    let best = -1;
    for (const m of this.mentions)
      if (m.entity === entity && m.position < before && m.position > best) best = m.position;
    return best;
  }

  private lastMentioned(before: number, accept: (e: Entity) => boolean): Entity | null {
    let best: Mention | null = null;
    for (const m of this.mentions) {
      if (m.position >= before || !accept(m.entity)) continue;
      if (!best || m.position > best.position) best = m;
    }
    return best?.entity ?? null;
  }

  private mostRecent(candidates: Entity[], before: number): Entity | null {
    return this.lastMentioned(before, (e) => candidates.includes(e));
  }
}

const endsWith = (words: string[], suffix: string[]): boolean =>
  suffix.length <= words.length && suffix.every((w, i) => words[words.length - suffix.length + i] === w);

const longest = (entities: Entity[]): Entity | null =>
  entities.reduce<Entity | null>((a, b) => (a && a.words.length >= b.words.length ? a : b), null);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Is this lower-case phrase something a nominal speaker can be ("officials", "a spokesperson")? */
export function isNominalPhrase(words: string[]): boolean {
  const head = (words.at(-1) ?? '').toLowerCase();
  return (
    PERSON_NOUNS.has(head) || ORGANISATION_WORDS.has(head) || /-old$/.test(head) || TITLE_WORDS.has(head)
  );
}

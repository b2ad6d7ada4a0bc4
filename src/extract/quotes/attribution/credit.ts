/** A cue's subject resolved to the speaker the article means (a name, a pronoun, a description). */
import { PLURAL_PREDICATE } from '../../lexicon/clause-words.ts';
import { DOCUMENT_NOUNS } from '../../lexicon/documents.ts';
import { DETERMINERS, POSSESSIVE_PRONOUNS, PRONOUNS } from '../../lexicon/names.ts';
import { runText } from '../../names/name-runs.ts';
import { isCapitalised, isFunctionWord } from '../../names/words.ts';
import { ruleOn } from '../../rules.ts';
import type { SpeakerTracker } from '../../speakers/tracker.ts';
import { type Position, positionAt } from '../../text/position.ts';
import type { Token } from '../../text/tokens.ts';
import { inConcessiveOpening } from '../clauses.ts';
import type { Credit, Cue } from '../cues/find-cues.ts';
import { classifyPhrase } from '../phrases.ts';

export function resolveCredit(
  tokens: Token[],
  cue: Omit<Cue, 'credit'>,
  text: string,
  tracker: SpeakerTracker,
  base: Position,
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
      const position = positionAt(base, tokens[cue.subjectFrom]?.start ?? 0);
      const issuer = tracker.resolveNominal(`the ${description}`, position);
      if (issuer) {
        tracker.mention(issuer, position, true);
        return { speaker: issuer.name, role: issuer.role, entity: issuer };
      }
    }
    // "May said", "Connolly said": a word the name rules leave out (a month, a modal, an -ly word) that
    // is the surname of someone the article has named in full is that person. Rule: surname-not-word.
    const only = cue.subjectTo - cue.subjectFrom === 1 ? tokens[cue.subjectFrom] : undefined;
    if (only && isCapitalised(only.text) && ruleOn('surname-not-word')) {
      const position = positionAt(base, only.start);
      const named = tracker.resolveName(only.text, position);
      if (named?.kind === 'person' && named.words.length > 1) {
        tracker.mention(named, position, true, true);
        return { speaker: named.name, role: named.role, entity: named };
      }
    }
    return { speaker: runText(tokens, cue.subjectFrom, cue.subjectTo, text), role: null, entity: null };
  }
  const phrase = classifyPhrase(tokens, cue.subjectFrom, cue.subjectTo, text);
  if (!phrase) return none;
  const position = positionAt(base, tokens[cue.subjectFrom]?.start ?? 0);
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

/**
 * "Republican senators are eager to …, and they say …": a "they" later in the sentence is the plural
 * noun phrase the sentence opens with ("the", then up to four words, the last a plural noun).
 */
export function pluralOpening(tokens: Token[], pronoun: number, text: string): string | null {
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

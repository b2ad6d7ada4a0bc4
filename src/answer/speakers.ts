import type { SpeakerEntry } from '../core/knowledge.ts';
import { wordMatchesTerm } from '../search/highlight.ts';
import { isStopword } from '../search/query.ts';
import { foldedWords } from './fold.ts';

/**
 * Does what a person typed name this speaker? Every word they typed (accents, case, dashes folded;
 * small words such as "the" left out) is a word of the name or of the role the corpus gives, a typo
 * or another form of one allowed: "Sadek", "al e sadeq" and "the ambassador" all name
 * "Mohammad Kazem Al-e Sadeq, Iran's ambassador to Baghdad".
 */
export function namesSpeaker(typed: string, name: string, role: string | null = null): boolean {
  const words = foldedWords(typed)
    .map((w) => w.word)
    .filter((w) => !isStopword(w));
  if (words.length === 0) return false;
  const own = foldedWords(`${name} ${role ?? ''}`).map((w) => w.word);
  return words.every((typedWord) =>
    own.some((word) => (typedWord.length < 3 ? word === typedWord : wordMatchesTerm(word, typedWord))),
  );
}

/** The speakers of the corpus that what was typed names, most quoted first. */
export function matchSpeakers(typed: string, speakers: readonly SpeakerEntry[]): SpeakerEntry[] {
  return speakers.filter((s) => namesSpeaker(typed, s.name, s.role));
}

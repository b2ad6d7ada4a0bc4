import { MAX_CORRECTED_WORD_LENGTH } from './options.ts';
import { isStopword, normaliseText } from './query.ts';

/**
 * The words a word index stores and looks up. Both sides go through the same steps: normalised,
 * diacritics off, stopwords out, and a light stem, so "elections", "election's" and "Élection" meet
 * in one posting list. Fuse.js still ranks the candidates on the real text; this only has to find them.
 */

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const NOT_ASCII = /[^ -~\t\n\r]/;
const MARKS = /\p{M}+/gu;

/** Plural, possessive and -ing/-ed endings off; only when enough of the word is left to stay distinctive. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|x|ch|sh|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  return w;
}

function plain(text: string): string {
  const normal = normaliseText(text);
  return NOT_ASCII.test(normal) ? normal.normalize('NFD').replace(MARKS, '').normalize('NFC') : normal;
}

/** The index terms of a text, in order, repeats kept (their count is the term frequency). */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const match of plain(text).matchAll(WORD)) {
    const word = match[0].replace(/’/g, "'");
    if (word.length < 2 || isStopword(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** The index term of one already-cleaned query word (lower-case), or null for a stopword. */
export function queryTerm(word: string): string | null {
  const w = plain(word).replace(/’/g, "'");
  if (w.length < 2 || isStopword(w)) return null;
  return stem(w);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Every word one edit away (a letter dropped, added, changed, or two swapped): how a misspelt query
 * word finds the words it was meant to be. A few hundred map look-ups, far cheaper than comparing
 * the query word with the whole vocabulary. None for a word longer than MAX_CORRECTED_WORD_LENGTH.
 */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  // A longer "word" is no typo (1,000 CJK characters with no space made two million strings).
  if (word.length > MAX_CORRECTED_WORD_LENGTH) return out;
  const letters = ALPHABET + [...new Set(word)].filter((c) => !ALPHABET.includes(c)).join('');
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const c of letters) {
      if (tail.length > 0) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

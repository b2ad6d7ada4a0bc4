/**
 * Words as a fact-checker compares them: quotation marks, apostrophes, dashes, spaces, accents and
 * case folded away, so “Don’t” matches "dont" and "ground-operation" matches "ground operation".
 * Each word keeps where it stands in the original text, to mark it there.
 */
export interface FoldedWord {
  /** Lower case, accents and apostrophes removed. */
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}'’‘`´]+/gu;
const APOSTROPHES = /['’‘`´]/g;

/** One token folded: "Al-e" is two tokens before this; "Sadeq’s" → "sadeqs". */
export function foldWord(token: string): string {
  return token.normalize('NFKD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '').toLowerCase();
}

export function foldedWords(text: string): FoldedWord[] {
  const out: FoldedWord[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = foldWord(m[0]);
    if (word) out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The folded words of a text joined by single spaces: equal strings mean the same words. */
export function foldText(text: string): string {
  return foldedWords(text)
    .map((w) => w.word)
    .join(' ');
}

/** Where `needle` (folded words) occurs contiguously in `hay` (folded words): the word index, or -1. */
export function findWords(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  const first = needle[0];
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    if (hay[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

import { createRequire } from 'node:module';
import type { Sentence } from '../core/types.ts';

type Compromise = typeof import('compromise').default;
let compromise: Compromise | null = null;

/**
 * compromise takes most of a second to load, and a warm start (every article already extracted and
 * cached) never splits a sentence: it is loaded on the first split, not at start-up.
 */
function nlp(): Compromise {
  compromise ??= createRequire(import.meta.url)('compromise') as Compromise;
  return compromise;
}

/**
 * Abbreviations that compromise's tokenizer ends a sentence on but news uses mid-sentence
 * ("Iran Amb. to Iraq", "Dept. of State"). A sentence ending in one of them is joined to the next.
 */
const ABBREVIATIONS_NOT_ENDING_A_SENTENCE =
  /\b(?:Amb|Dept|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Supt|Insp|Const|Det|Cpl|Pvt|Atty|Hon|Rev|Fr|Sr|Jr|Mr|Mrs|Ms|Dr|Prof|St|Ave|Blvd|Mt|No|Nos|Vol|Fig|approx|est|vs|v|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Corp|Inc|Ltd|Co|Bros|[A-Z])\.$/;

/** Splits a paragraph into sentences (compromise's tokenizer, no tagging: it is the cheap part). */
export function splitSentences(text: string): Sentence[] {
  if (text.trim() === '') return [];
  const parts = nlp()
    .tokenize(text)
    .json({ offset: true, terms: false as unknown as object }) as Array<{
    offset: { start: number; length: number };
  }>;
  const sentences: Sentence[] = [];
  // compromise leaves opening quote marks and brackets outside its offsets: the sentences are made to
  // tile the paragraph (each runs to where the next begins), then trimmed of surrounding spaces.
  const bounds = parts.map((part, i) => {
    const start = i === 0 ? 0 : part.offset.start;
    const next = parts[i + 1];
    return { start, end: next ? next.offset.start : text.length };
  });
  for (const bound of bounds) {
    let { start, end } = bound;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (start === end) continue;
    const previous = sentences.at(-1);
    if (previous && ABBREVIATIONS_NOT_ENDING_A_SENTENCE.test(previous.text)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      continue;
    }
    sentences.push({ start, end, text: text.slice(start, end) });
  }
  return sentences;
}

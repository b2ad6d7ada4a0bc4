/** Words that end in a full stop without ending the sentence. */
export const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Gov|Sen|Rep|Amb|Dept|Supt|Insp|Const|Det|Cpl|Pvt|Atty|Hon|Rev|Fr|No|Nos|Vol|vs|approx|est|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\.$/;

export interface SentenceRange {
  start: number;
  end: number;
}

/**
 * Sentences of a paragraph, found on its masked text (so a "?" inside a quotation does not end the
 * sentence that credits it), and between quotations that themselves end a sentence.
 */
export function splitMaskedSentences(text: string, masked: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(masked[s] ?? '')) s++;
    while (e > s && /\s/.test(masked[e - 1] ?? '')) e--;
    if (e > s) ranges.push({ start: s, end: e });
  };
  for (let i = 0; i < masked.length; i++) {
    const ch = masked[i] ?? '';
    let boundary = -1;
    if (ch === '.' || ch === '!' || ch === '?') {
      if (ch === '.' && ABBREVIATION.test(masked.slice(Math.max(0, i - 12), i + 1))) continue;
      boundary = i + 1;
    } else if (ch === '"' && masked[i - 1] === '_' && /[.!?]/.test(text[i - 1] ?? '')) {
      boundary = i + 1;
    }
    if (boundary < 0) continue;
    const rest = masked.slice(boundary);
    const next = /^\s+(\S)/.exec(rest);
    if (!next) continue;
    const first = next[1] ?? '';
    if (!/[\p{Lu}\d"(]/u.test(first)) continue;
    // After a quotation that opens its sentence, "Smith said" credits it: split only before another
    // quotation. A quotation that closes a sentence of the writer's ends that sentence.
    if (ch === '"' && first !== '"' && /^\s*"/.test(masked.slice(start, i))) continue;
    push(boundary);
    start = boundary;
  }
  push(masked.length);
  return ranges;
}

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
export const TOKEN =
  /"_*"?|_+"?|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]*[\p{L}\p{N}\p{M}])?(?:\.(?=[\p{L}])[\p{L}]+)*\.?|\S/gu;

export const KEEPS_ITS_STOP =
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

import type { Highlight } from '../core/types.ts';

/**
 * Text that came from an article or a user, made safe to show on Discord: markdown is escaped so it
 * shows as written, and long text is shortened at word boundaries with "…" — the words kept are never
 * changed, only fewer of them are shown.
 */

const ELLIPSIS = '…';

/** Escapes Discord markdown so the text renders literally (`<` too, so `<@id>` is not a mention). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|<[\]]/g, '\\$&')
    .replace(/^(\s*)([>#+-]|\d+\.)/gm, (_m, space: string, marker: string) => `${space}\\${marker}`);
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** The end of the last whole word that ends at or before `limit`. */
function cutEnd(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  let end = limit;
  if (!isSpace(text[end])) {
    while (end > from && !isSpace(text[end - 1])) end--;
    if (end === from) return limit; // one word longer than the room: cut it rather than show nothing
  }
  while (end > from && isSpace(text[end - 1])) end--;
  return end;
}

/** The start of the first whole word at or after `pos`. */
function wordStart(text: string, pos: number): number {
  if (pos <= 0) return 0;
  let start = pos;
  if (!isSpace(text[start - 1])) while (start < text.length && !isSpace(text[start])) start++;
  while (start < text.length && isSpace(text[start])) start++;
  return start;
}

function normaliseHighlights(text: string, highlights: readonly Highlight[]): Highlight[] {
  const sorted = highlights
    .map((h) => ({ start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .map((h) => {
      let { start, end } = h;
      while (start < end && isSpace(text[start])) start++;
      while (end > start && isSpace(text[end - 1])) end--;
      return { start, end };
    })
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const merged: Highlight[] = [];
  for (const h of sorted) {
    const last = merged.at(-1);
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}

export interface ExcerptOptions {
  /** Prefix every line with "> " (a Discord block quote). */
  blockQuote?: boolean;
}

function renderWindow(
  text: string,
  start: number,
  end: number,
  highlights: readonly Highlight[],
  opts: ExcerptOptions,
): string {
  let out = start > 0 ? ELLIPSIS : '';
  let pos = start;
  for (const h of highlights) {
    const hs = Math.max(h.start, start);
    const he = Math.min(h.end, end);
    if (he <= hs) continue;
    out += escapeMarkdown(text.slice(pos, hs));
    out += `**${escapeMarkdown(text.slice(hs, he))}**`;
    pos = he;
  }
  out += escapeMarkdown(text.slice(pos, end));
  if (end < text.length) out += ELLIPSIS;
  if (opts.blockQuote) out = `> ${out.replace(/\n/g, '\n> ')}`;
  return out;
}

/**
 * The text, escaped, its highlights in bold, in at most `max` characters: whole when it fits, else a
 * window of whole words around the first highlight with "…" where words were left out.
 */
export function excerpt(
  text: string,
  highlights: readonly Highlight[],
  max: number,
  opts: ExcerptOptions = {},
): string {
  const marks = normaliseHighlights(text, highlights);
  let budget = Math.min(text.length, max);
  for (;;) {
    let start = 0;
    const first = marks[0];
    if (budget < text.length && first && first.end > budget * 0.75) {
      start = wordStart(text, Math.max(0, first.start - Math.floor(budget / 4)));
    }
    const end = cutEnd(text, start, start + budget);
    const rendered = renderWindow(text, start, end, marks, opts);
    if (rendered.length <= max || budget <= 1) return rendered.slice(0, max);
    budget = Math.max(1, budget - (rendered.length - max));
  }
}

/** Escaped and shortened plain text (titles, names, echoed questions). */
export function shorten(text: string, max: number): string {
  return excerpt(text.replace(/\s+/g, ' ').trim(), [], max);
}

/** Shortened without escaping, for places that show no markdown (autocomplete choices). */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const end = cutEnd(clean, 0, max - 1);
  return clean.slice(0, end) + ELLIPSIS;
}

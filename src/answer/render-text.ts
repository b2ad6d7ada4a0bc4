import type { Answer, EventResult, Highlight, QuoteResult, SourceResult } from '../core/types.ts';
import { citationLink, formatCitation, formatDate } from './format.ts';
import { Strings } from './strings.ts';

export interface TextStyle {
  /** Wraps a matched stretch of text (bold on a terminal, ** in plain text). */
  mark: (text: string) => string;
}

export const PLAIN: TextStyle = { mark: (t) => `**${t}**` };
export const TERMINAL: TextStyle = { mark: (t) => `\u001b[1m${t}\u001b[22m` };

function markHighlights(text: string, highlights: readonly Highlight[], style: TextStyle): string {
  let out = '';
  let at = 0;
  for (const h of highlights) {
    if (h.start < at || h.end > text.length) continue;
    out += text.slice(at, h.start) + style.mark(text.slice(h.start, h.end));
    at = h.end;
  }
  return out + text.slice(at);
}

function renderQuote(r: QuoteResult, n: number, style: TextStyle): string {
  const who = r.speaker ? `${r.speaker}${r.role ? ` (${r.role})` : ''}` : Strings.speakerNotStated;
  const when = r.date ? `, ${formatDate(r.date)}` : '';
  return [
    `${n}. ${who}${when} — ${r.kind} quote`,
    `   ${markHighlights(r.text, r.highlights, style)}`,
    `   ${formatCitation(r.citation)} · ${citationLink(r.citation)}`,
  ].join('\n');
}

function renderEvent(r: EventResult, n: number, style: TextStyle): string {
  const when = `${r.date ? formatDate(r.date) : Strings.dateNotStated}${r.upcoming ? `, ${Strings.upcoming}` : ''}`;
  return [
    `${n}. ${when}${r.expression ? ` (“${r.expression}”)` : ''}`,
    `   ${markHighlights(r.text, r.highlights, style)}`,
    `   ${formatCitation(r.citation)} · ${citationLink(r.citation)}`,
  ].join('\n');
}

function renderSource(r: SourceResult, n: number, style: TextStyle): string {
  return [
    `${n}. ${formatCitation(r.citation)} · ${citationLink(r.citation)}`,
    `   ${markHighlights(r.text, r.highlights, style)}`,
  ].join('\n');
}

/** An answer as readable text for the CLI and the console. */
export function renderAnswer(
  answer: Answer<QuoteResult | EventResult | SourceResult>,
  style: TextStyle = PLAIN,
  /** How the reader gets the next page: the CLI's --offset, or the console's /more. */
  next: 'offset' | 'more' = 'offset',
): string {
  if (answer.results.length === 0) return `${Strings.noResultText} ${answer.suggestion ?? ''}`.trim();
  const lines = answer.results.map((r, i) => {
    const n = answer.offset + i + 1;
    if ('speaker' in r) return renderQuote(r, n, style);
    if ('expression' in r) return renderEvent(r, n, style);
    return renderSource(r, n, style);
  });
  const shown = answer.offset + answer.results.length;
  if (shown < answer.total) {
    const more = next === 'more' ? Strings.moreInConsole : Strings.moreWithOffset;
    lines.push(more(shown, answer.total, answer.capped === true));
  }
  return lines.join('\n\n');
}

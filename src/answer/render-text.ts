import type { Answer, Citation, EventResult, Highlight, QuoteResult, SourceResult } from '../core/types.ts';
import type { AnyAnswer } from './ask.ts';
import { citationLink, formatCitation, formatDate } from './format.ts';
import { coverage, Strings } from './strings.ts';
import type { VerifyMatch, WordDiff } from './verify.ts';

export interface TextStyle {
  /** Wraps a matched stretch of text (bold on a terminal, ** in plain text). */
  mark: (text: string) => string;
}

export const PLAIN: TextStyle = { mark: (t) => `**${t}**` };
export const TERMINAL: TextStyle = { mark: (t) => `\u001b[1m${t}\u001b[22m` };

/** The coverage line of a result many articles carry (none for one article). */
function carried(carriedBy: readonly Citation[]): string[] {
  const line = coverage(carriedBy);
  return line ? [`   ${line}`] : [];
}

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
    ...carried(r.carriedBy),
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
    ...carried(r.carriedBy),
  ].join('\n');
}

/** How one front end marks word differences (a changed stretch is its removed words, then its added ones). */
export interface DiffMarks {
  same(words: string): string;
  added(words: string): string;
  removed(words: string): string;
}

export function markDiff(diff: readonly WordDiff[], marks: DiffMarks): string {
  const parts: string[] = [];
  for (const d of diff) {
    if (d.op === 'same') parts.push(marks.same(d.corpus));
    if (d.op === 'removed' || d.op === 'changed') parts.push(marks.removed(d.corpus));
    if (d.op === 'added' || d.op === 'changed') parts.push(marks.added(d.claim));
  }
  return parts.join(' ');
}

/** Word differences as a terminal shows them: [-corpus words-]{+claim words+}, as git's word diff. */
const TEXT_DIFF: DiffMarks = { same: (t) => t, added: (t) => `{+${t}+}`, removed: (t) => `[-${t}-]` };

function renderMatch(r: VerifyMatch, n: number, style: TextStyle): string {
  const who = r.source === 'passage' ? '' : `${r.speaker ?? Strings.speakerNotStated} — `;
  return [
    `${n}. ${who}${formatCitation(r.citation)} · ${citationLink(r.citation)}`,
    `   ${markHighlights(r.text, r.highlights, style)}`,
    ...(r.diff.length > 0 ? [`   ${markDiff(r.diff, TEXT_DIFF)}`] : []),
    ...carried(r.carriedBy),
  ].join('\n');
}

function renderResults<R>(
  answer: Answer<R>,
  render: (r: R, n: number, style: TextStyle) => string,
  style: TextStyle,
  next: 'offset' | 'more',
): string[] {
  const lines = answer.results.map((r, i) => render(r, answer.offset + i + 1, style));
  const shown = answer.offset + answer.results.length;
  if (shown < answer.total) {
    const more = next === 'more' ? Strings.moreInConsole : Strings.moreWithOffset;
    lines.push(more(shown, answer.total, answer.capped === true));
  }
  return lines;
}

/** An answer as readable text for the CLI and the console. */
export function renderAnswer(
  answer: AnyAnswer,
  style: TextStyle = PLAIN,
  /** How the reader gets the next page: the CLI's --offset, or the console's /more. */
  next: 'offset' | 'more' = 'offset',
): string {
  if (answer.command === 'verify') {
    const head = answer.summary;
    return [head, ...renderResults(answer, renderMatch, style, next)].join('\n\n');
  }
  if (answer.results.length === 0) return `${Strings.noResultText} ${answer.suggestion ?? ''}`.trim();
  switch (answer.command) {
    case 'who-said':
      return renderResults(answer, renderQuote, style, next).join('\n\n');
    case 'what-happened':
      return renderResults(answer, renderEvent, style, next).join('\n\n');
    case 'source':
      return renderResults(answer, renderSource, style, next).join('\n\n');
  }
}

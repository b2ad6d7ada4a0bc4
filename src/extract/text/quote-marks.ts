/**
 * Finds the spans of a paragraph that are inside quotation marks (straight, curly, single, guillemets)
 * and splits the paragraph into sentences without being fooled by the punctuation inside quotations.
 */

export interface QuoteSpan {
  /** Offset of the opening mark, or 0 when the quotation continues from the paragraph before. */
  start: number;
  /** Offset just after the closing mark, or the paragraph's end when the quotation runs on. */
  end: number;
  /** The quotation has its opening mark in this paragraph (false: carried over from before). */
  opened: boolean;
  /** The quotation closes in this paragraph (false: it runs on into the next one, or is cut off). */
  closed: boolean;
  /** In single marks ('…' or ‘…’). */
  single: boolean;
}

export interface ScannedParagraph {
  spans: QuoteSpan[];
  /** The paragraph with every quotation's inside blanked out ('_'), same length, marks kept. */
  masked: string;
  /** A quotation is still open at the end (the next paragraph may carry it on). */
  openAtEnd: boolean;
}

export const DOUBLE_OPENING = new Set(['“', '„', '«']);

export const DOUBLE_CLOSING = new Set(['”', '»']);

export const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‟']);

export const OPENING_CONTEXT = /[\s([{—–\-/]/;

export const CLOSING_NEXT = /[\s,.;:!?)\]}—–\-'’…]/;

export const isOpeningContext = (text: string, i: number): boolean => {
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const after = text[i + 1] ?? ' ';
  return OPENING_CONTEXT.test(before) && !/\s/.test(after);
};

export const isClosingContext = (text: string, i: number): boolean => {
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const after = i + 1 >= text.length ? ' ' : (text[i + 1] ?? ' ');
  return !/\s/.test(before) && CLOSING_NEXT.test(after);
};

/** Does the paragraph start with an opening quotation mark (a new quotation, not a carried-over one)? */
export const startsWithQuoteMark = (text: string): boolean => /^\s*["“„«'‘]/.test(text);

/**
 * Scans one paragraph. `carriedOpen` says a quotation was left open at the end of the paragraph before:
 * news repeats the opening mark on each paragraph of a long quotation, so a paragraph that starts with a
 * mark begins a new span; one that starts with a lower-case word continues the open quotation.
 */
export function scanParagraph(text: string, carriedOpen: boolean): ScannedParagraph {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let opened = true;
  if (carriedOpen && !startsWithQuoteMark(text) && /^\s*[a-z]/.test(text)) {
    open = 0;
    opened = false;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!DOUBLE_MARKS.has(ch)) continue;
    if (open < 0) {
      if (DOUBLE_CLOSING.has(ch) && !isOpeningContext(text, i)) continue;
      if (ch === '"' && isClosingContext(text, i) && !isOpeningContext(text, i)) continue;
      open = i;
      opened = true;
      continue;
    }
    if (DOUBLE_OPENING.has(ch) && isOpeningContext(text, i) && !isClosingContext(text, i)) {
      // A second opening mark before any closing one: the first quotation was cut off here.
      spans.push({ start: open, end: i, opened, closed: false, single: false });
      open = i;
      opened = true;
      continue;
    }
    spans.push({ start: open, end: i + 1, opened, closed: true, single: false });
    open = -1;
  }
  const openAtEnd = open >= 0;
  if (open >= 0) spans.push({ start: open, end: text.length, opened, closed: false, single: false });
  const singles = scanSingleQuotes(text, spans);
  const all = [...spans, ...singles].sort((a, b) => a.start - b.start);
  return { spans: all, masked: mask(text, all), openAtEnd };
}

/** Single-quoted spans outside double quotations ('…' and ‘…’), telling apostrophes apart by context. */
export function scanSingleQuotes(text: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const inside = (i: number) => doubles.some((s) => i >= s.start && i < s.end);
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== "'" && ch !== '‘' && ch !== '’') continue;
    if (inside(i)) continue;
    if (open < 0) {
      const after = text[i + 1] ?? ' ';
      if (ch !== '’' && isOpeningContext(text, i) && /[\p{L}]/u.test(after)) open = i;
      continue;
    }
    if (ch !== '‘' && isClosingContext(text, i)) {
      if (text.slice(open, i).split(/\s+/).length >= 2) {
        spans.push({ start: open, end: i + 1, opened: true, closed: true, single: true });
      }
      open = -1;
    }
  }
  return spans;
}

export function mask(text: string, spans: QuoteSpan[]): string {
  const chars = text.split('');
  for (const span of spans) {
    const from = span.opened ? span.start + 1 : span.start;
    const to = span.closed ? span.end - 1 : span.end;
    for (let i = from; i < to; i++) chars[i] = '_';
    if (span.opened) chars[span.start] = '"';
    if (span.closed) chars[span.end - 1] = '"';
  }
  return chars.join('');
}

/**
 * The corpus boundary's one text clean-up, applied to every title and body before anything reads it:
 * HTML markup is stripped (block tags become line breaks, so paragraphs stay apart), character
 * references are decoded, invisible characters (soft hyphen, zero-width space, byte-order mark, word
 * joiner) are removed, and odd spaces (no-break, ideographic, thin …) become a plain space.
 *
 * Quotes are cut from the normalised text, so they read as the article reads; `originalSpan` says
 * where any stretch of it lies in the text as the file gives it, so a position is never a guess.
 *
 *   const n = normaliseCorpusText('He said <b>“no”</b>.');
 *   n.text;                      // 'He said “no”.'
 *   n.originalSpan(8, 12);       // { start: 11, end: 15 }: '“no”' in the original
 */

export interface NormalisedText {
  /** The text as the rest of the project reads it. */
  readonly text: string;
  /** The text as it came from the file. */
  readonly original: string;
  /** Where `text.slice(start, end)` came from in `original` (markup around it is left out). */
  originalSpan(start: number, end: number): { start: number; end: number };
}

/** One named clean-up: a pattern tried where the text may need it, and what a match becomes. */
interface NormaliseRule {
  name: string;
  /** Sticky: tried at one position. */
  pattern: RegExp;
  /** The replacement, or null to leave the match as it is (an unknown entity, say). */
  replace: (match: RegExpExecArray) => string | null;
}

/** Tags that end a block of text: they become a line break, so a paragraph never runs into the next. */
const BLOCK_TAGS =
  'p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|thead|tbody|tr|td|th|section|article|header|footer|aside|nav|figure|figcaption|main';
/** Tags inside a line of text: they go, their content stays. Unknown "<words>" are kept as text. */
const INLINE_TAGS =
  'a|abbr|b|bdi|bdo|big|cite|code|del|dfn|em|font|i|img|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr|html|head|body|meta|link|title|source|picture|video|audio|iframe';
const ATTRIBUTES = `(?:\\s+[^\\s<>"'=/]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s<>"']+))?)*\\s*/?`;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  shy: '\u00AD',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
  ntilde: 'ñ',
  zwsp: '\u200B',
};

const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;

/** A decoded character as the text keeps it: invisible ones go, odd spaces are a space. */
const foldChar = (c: string): string => (INVISIBLE.test(c) ? '' : ODD_SPACE.test(c) ? ' ' : c);

function decodeEntity(m: RegExpExecArray): string | null {
  const body = m[1] ?? '';
  let decoded: string | undefined;
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    decoded =
      code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : undefined;
  } else {
    decoded = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
  }
  return decoded === undefined ? null : [...decoded].map(foldChar).join('');
}

/** The rules, in the order they are tried at a position. */
const RULES: readonly NormaliseRule[] = [
  { name: 'html-comment', pattern: /<!--[\s\S]*?-->/y, replace: () => '' },
  {
    name: 'html-script-or-style',
    pattern: /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/iy,
    replace: () => '',
  },
  {
    name: 'html-block-tag',
    pattern: new RegExp(`</?(?:${BLOCK_TAGS})\\b${ATTRIBUTES}>`, 'iy'),
    replace: () => '\n',
  },
  {
    name: 'html-inline-tag',
    pattern: new RegExp(`</?(?:${INLINE_TAGS})\\b${ATTRIBUTES}>`, 'iy'),
    replace: () => '',
  },
  {
    name: 'character-reference',
    pattern: /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y,
    replace: decodeEntity,
  },
  { name: 'invisible-character', pattern: /[\u00AD\u200B\u2060\uFEFF]/y, replace: () => '' },
  { name: 'odd-space', pattern: /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/y, replace: () => ' ' },
];

/** Where a rule may apply: everything else is copied as it is. */
const CANDIDATE = /[<&\u00AD\u200B\u2060\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** A stretch of the normalised text and the stretch of the original it came from. */
interface Segment {
  /** Start in the normalised text, and its length there. */
  at: number;
  length: number;
  /** Start in the original, and its length there. */
  from: number;
  fromLength: number;
  /** Copied as is: offsets inside map one to one. */
  copied: boolean;
}

class Normalised implements NormalisedText {
  readonly text: string;
  readonly original: string;
  readonly #segments: readonly Segment[];

  constructor(text: string, original: string, segments: readonly Segment[]) {
    this.text = text;
    this.original = original;
    this.#segments = segments;
  }

  originalSpan(start: number, end: number): { start: number; end: number } {
    if (this.#segments.length === 0) return { start, end };
    return { start: this.#start(start), end: Math.max(this.#start(start), this.#end(end)) };
  }

  /** The original offset of the first character at `n` (past any markup removed just before it). */
  #start(n: number): number {
    const s = this.#segments;
    let lo = 0;
    let hi = s.length - 1;
    // The last segment starting at or before n; among segments that start at n, the last (it has text).
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid]?.at ?? 0) <= n) lo = mid;
      else hi = mid - 1;
    }
    const seg = s[lo] as Segment;
    if (n >= seg.at + seg.length) return seg.from + seg.fromLength;
    return seg.copied ? seg.from + (n - seg.at) : seg.from;
  }

  /** The original offset just after the character before `n` (before any markup removed after it). */
  #end(n: number): number {
    const s = this.#segments;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s[mid]?.at ?? 0) < n) lo = mid;
      else hi = mid - 1;
    }
    const seg = s[lo] as Segment;
    if (seg.at >= n) return seg.from;
    if (n >= seg.at + seg.length) return seg.from + seg.fromLength;
    return seg.copied ? seg.from + (n - seg.at) : seg.from + seg.fromLength;
  }
}

/** The text with markup, invisible characters and odd spaces cleaned, and a way back to the original. */
export function normaliseCorpusText(original: string): NormalisedText {
  CANDIDATE.lastIndex = 0;
  if (!CANDIDATE.test(original)) return new Normalised(original, original, []);
  const out: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let copiedFrom = 0;
  const copyUpTo = (end: number) => {
    if (end <= copiedFrom) return;
    out.push(original.slice(copiedFrom, end));
    segments.push({
      at: length,
      length: end - copiedFrom,
      from: copiedFrom,
      fromLength: end - copiedFrom,
      copied: true,
    });
    length += end - copiedFrom;
    copiedFrom = end;
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(original); m; m = CANDIDATE.exec(original)) {
    const at = m.index;
    if (at < copiedFrom) continue;
    for (const rule of RULES) {
      rule.pattern.lastIndex = at;
      const match = rule.pattern.exec(original);
      if (!match) continue;
      const replacement = rule.replace(match);
      if (replacement === null) continue;
      copyUpTo(at);
      out.push(replacement);
      segments.push({
        at: length,
        length: replacement.length,
        from: at,
        fromLength: match[0].length,
        copied: false,
      });
      length += replacement.length;
      copiedFrom = at + match[0].length;
      CANDIDATE.lastIndex = copiedFrom;
      break;
    }
  }
  copyUpTo(original.length);
  return new Normalised(out.join(''), original, segments);
}

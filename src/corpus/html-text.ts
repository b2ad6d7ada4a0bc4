import { Parser } from 'htmlparser2';

/** Elements that start or end a paragraph; text between them is one paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
/** Elements whose content is never article text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe']);

/**
 * HTML as a feed carries it (an item's description or content:encoded, an Atom entry's content) →
 * plain paragraphs separated by blank lines, the corpus's own paragraph form: each block element
 * (p, div, li, h1…, a br) ends a paragraph, entities are decoded by htmlparser2, scripts and styles
 * dropped, runs of white space folded. Text with no markup keeps its own blank-line paragraphs.
 */
export function htmlToParagraphs(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let hidden = 0;
  const flush = (): void => {
    for (const part of current.split(/\n[ \t\r\f\v\u00a0]*\n/)) {
      const text = part.replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
    }
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (hidden === 0) current += text;
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}

import type { Paragraph } from '../core/types.ts';
import { splitSentences } from './sentences.ts';

/** "Read more: …", "Related: …", "See also …": links to other articles that sit between paragraphs. */
const RELATED_LINK =
  /^\s*(?:read more|read also|also read|related(?: articles?| stories| coverage)?|see also|more on this|recommended|watch|listen|click here)\b\s*[:\-–—|]/i;

function isRelatedLink(text: string): boolean {
  return RELATED_LINK.test(text);
}

/**
 * Splits an article body into numbered paragraphs. Bodies with blank lines between paragraphs
 * (most exports) split on those; bodies with none (one paragraph a line, like the seed) split on lines.
 */
export function splitParagraphs(body: string): Paragraph[] {
  const normalised = body.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n+/) : normalised.split('\n');
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    const text = block.trim();
    if (text === '') continue;
    paragraphs.push({
      number: paragraphs.length + 1,
      text,
      isRelatedLink: isRelatedLink(text),
      sentences: splitSentences(text),
    });
  }
  return paragraphs;
}

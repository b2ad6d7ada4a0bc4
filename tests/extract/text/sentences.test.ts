import { describe, expect, test } from 'vitest';
import { scanParagraph } from '../../../src/extract/text/quote-marks.ts';
import { splitMaskedSentences } from '../../../src/extract/text/sentences.ts';

const sentences = (text: string) => {
  const { masked } = scanParagraph(text, false);
  return splitMaskedSentences(text, masked).map((r) => text.slice(r.start, r.end));
};

describe('splitMaskedSentences', () => {
  test('a "?" inside a quotation does not end the sentence that credits it', () => {
    expect(sentences('"Why now?" she asked. Nobody answered.')).toEqual([
      '"Why now?" she asked.',
      'Nobody answered.',
    ]);
  });

  test('abbreviations and initials do not end a sentence', () => {
    expect(sentences('Dr. Smith met Gen. J. Lee in Oct. at noon. They talked.')).toEqual([
      'Dr. Smith met Gen. J. Lee in Oct. at noon.',
      'They talked.',
    ]);
  });
});

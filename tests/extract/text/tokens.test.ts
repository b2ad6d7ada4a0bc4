import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/extract/text/tokens.ts';

describe('tokenize', () => {
  test('names keep their apostrophes, hyphens and initials; a sentence’s full stop is its own token', () => {
    const text = 'Dr. Mary O’Regan of the U.S. met Al-e Sadeq.';
    expect(tokenize(text, 0, text.length).map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:Dr.',
      'word:Mary',
      'word:O’Regan',
      'word:of',
      'word:the',
      'word:U.S.',
      'word:met',
      'word:Al-e',
      'word:Sadeq',
      'punct:.',
    ]);
  });

  test('a blanked quotation is one token, with offsets into the paragraph', () => {
    const masked = 'He said "______" today';
    const quote = tokenize(masked, 3, masked.length).find((t) => t.kind === 'quote');
    expect(quote).toMatchObject({ text: '"______"', start: 8, end: 16 });
  });
});

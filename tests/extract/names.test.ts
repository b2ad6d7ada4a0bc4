import { describe, expect, test } from 'vitest';
import {
  firstNameGender,
  isAcronym,
  isPlaceOrTime,
  looksLikePerson,
  tokenize,
  withoutPossessive,
} from '../../src/extract/names.ts';

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

describe('word tests', () => {
  test('acronyms and possessives', () => {
    expect(isAcronym('IRGC')).toBe(true);
    expect(isAcronym('U.N.')).toBe(true);
    expect(isAcronym('Iran')).toBe(false);
    expect(withoutPossessive('Williamson’s')).toBe('Williamson');
    expect(withoutPossessive('Jones’')).toBe('Jones');
    expect(withoutPossessive('Boss')).toBe('Boss');
  });

  test('a first name’s usual gender, and whether a capitalised run is a person', () => {
    expect(firstNameGender('Mary')).toBe('f');
    expect(firstNameGender('Dennis')).toBe('m');
    expect(firstNameGender('Harbour')).toBeNull();
    expect(looksLikePerson(['Mary', 'Jordan'])).toBe(true);
    expect(looksLikePerson(['North', 'Korean'])).toBe(false);
    expect(isPlaceOrTime(['New', 'York'])).toBe(true);
    expect(isPlaceOrTime(['Mary', 'Jordan'])).toBe(false);
  });
});

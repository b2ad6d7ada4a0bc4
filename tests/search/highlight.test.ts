import { describe, expect, test } from 'vitest';
import { highlightTerms, TermMatcher, termCoverage, wordMatchesTerm } from '../../src/search/highlight.ts';

const marked = (text: string, terms: string[]) =>
  highlightTerms(text, terms).map((h) => text.slice(h.start, h.end));

describe('wordMatchesTerm', () => {
  test('the same word, another form of it, or a typo of a long enough term', () => {
    expect(wordMatchesTerm('bridge', 'bridge')).toBe(true);
    expect(wordMatchesTerm('settled', 'settle')).toBe(true);
    expect(wordMatchesTerm('settlement', 'settle')).toBe(false);
    expect(wordMatchesTerm('dialogue', 'dialoge')).toBe(true);
    expect(wordMatchesTerm('operations', 'operatoins')).toBe(true);
    expect(wordMatchesTerm('cat', 'cut')).toBe(false);
    expect(wordMatchesTerm('bridge', 'fridge')).toBe(true);
    expect(wordMatchesTerm('harbour', 'bridge')).toBe(false);
  });
});

describe('highlightTerms', () => {
  test('neighbouring matched words become one range; others stay apart', () => {
    expect(
      marked('They settle problems through dialogue, he said.', ['settle', 'problems', 'dialogue']),
    ).toEqual(['settle problems', 'dialogue']);
  });

  test('no terms, no highlights; curly apostrophes match straight ones', () => {
    expect(highlightTerms('anything at all', [])).toEqual([]);
    expect(marked('the mayor’s bridge', ["mayor's"])).toEqual(['mayor’s']);
  });

  test('a matcher gives the same marks as comparing every term', () => {
    const text = 'The Harbour authority said the harbour bridge would open.';
    const terms = ['harbour', 'bridge'];
    expect(highlightTerms(text, terms, new TermMatcher(terms))).toEqual(highlightTerms(text, terms));
  });
});

describe('termCoverage', () => {
  test('the share of the terms some word answers', () => {
    expect(termCoverage('The bridge opens in March', ['bridge', 'march', 'harbour', 'winter'])).toBe(0.5);
    expect(termCoverage('The bridge opens', ['bridge'], new TermMatcher(['bridge']))).toBe(1);
    expect(termCoverage('The bridge opens', [])).toBe(0);
  });
});

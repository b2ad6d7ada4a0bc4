import { describe, expect, test } from 'vitest';
import { citationLink, formatCitation, formatDate, publicationDate } from '../../src/answer/format.ts';
import type { Citation } from '../../src/core/types.ts';

const citation: Citation = {
  articleId: 'a1',
  title: 'Bridge opens',
  outlet: 'Town Herald',
  date: '2022-11-14',
  url: null,
  source: 'corpus/bridge.md',
  paragraph: 3,
};

describe('formatDate', () => {
  test('as precise as it is known', () => {
    expect(formatDate({ iso: '2022-11-14', precision: 'day', yearKnown: true })).toBe('14 Nov 2022');
    expect(formatDate({ iso: '2022-11', precision: 'month', yearKnown: true })).toBe('Nov 2022');
    expect(formatDate({ iso: '2022', precision: 'year', yearKnown: true })).toBe('2022');
    expect(formatDate({ iso: '2022-11-14', precision: 'week', yearKnown: true })).toBe('week of 14 Nov 2022');
  });

  test('a date without its year says so', () => {
    expect(formatDate({ iso: '--11-04', precision: 'day', yearKnown: false })).toBe('4 Nov, year not stated');
    expect(formatDate({ iso: '--03', precision: 'month', yearKnown: false })).toBe('Mar, year not stated');
  });
});

describe('citations', () => {
  test('title, outlet, publication date and paragraph', () => {
    expect(formatCitation(citation)).toBe('Bridge opens — Town Herald — 14 Nov 2022, ¶3');
    expect(formatCitation({ ...citation, outlet: null, date: null })).toBe('Bridge opens, ¶3');
  });

  test('the link is the article’s URL, else the file it came from', () => {
    expect(citationLink(citation)).toBe('corpus/bridge.md');
    expect(citationLink({ ...citation, url: 'https://example.org/b' })).toBe('https://example.org/b');
  });

  test('a publication date is a day', () => {
    expect(publicationDate('2022-11-14')).toEqual({ iso: '2022-11-14', precision: 'day', yearKnown: true });
    expect(publicationDate(null)).toBeNull();
  });
});

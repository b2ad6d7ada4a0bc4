import { describe, expect, it } from 'vitest';
import { readPublicationDate } from '../../src/corpus/publication-date.ts';

describe('publication dates as people and exports write them', () => {
  it('reads the common forms as the day written', () => {
    const forms = [
      '2023-12-31',
      '2023-12-31T23:30:00-05:00',
      '2023/12/31',
      '31/12/2023',
      '12/31/2023',
      '31.12.2023',
      '31-12-2023',
      'Dec 31, 2023',
      'Dec. 31, 2023',
      'December 31, 2023',
      '31 December 2023',
      '31st December 2023',
      'Sunday, 31 December 2023',
      'Sun, 31 Dec 2023 23:30:00 -0500',
    ];
    expect(forms.map((f) => [f, readPublicationDate(f).iso])).toEqual(forms.map((f) => [f, '2023-12-31']));
    expect(readPublicationDate(new Date(Date.UTC(2023, 11, 31)))).toEqual({ iso: '2023-12-31' });
  });

  it('gives no date, and says why, for a value that does not name one day', () => {
    expect(readPublicationDate('03/04/2023')).toEqual({
      iso: null,
      problem: 'it could be 2023-04-03 or 2023-03-04 (day or month first?)',
    });
    expect(readPublicationDate('31/02/2023')).toEqual({ iso: null, problem: 'no such day' });
    expect(readPublicationDate('2022')).toEqual({
      iso: null,
      problem: 'it does not say a day, month and year that can be read',
    });
    expect(readPublicationDate('March 2023').iso).toBeNull();
    expect(readPublicationDate('yesterday').iso).toBeNull();
    expect(readPublicationDate(2022)).toEqual({
      iso: null,
      problem: 'it is a number, not a date with a day',
    });
  });

  it('treats a missing or empty date as no date, with nothing to report', () => {
    expect(readPublicationDate(undefined)).toEqual({ iso: null, problem: null });
    expect(readPublicationDate('  ')).toEqual({ iso: null, problem: null });
  });
});

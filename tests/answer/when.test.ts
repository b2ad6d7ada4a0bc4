import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../src/answer/when.ts';
import type { DateValue } from '../../src/core/types.ts';

const day = (iso: string): DateValue => ({ iso, precision: 'day', yearKnown: true });
const week = (iso: string): DateValue => ({ iso, precision: 'week', yearKnown: true });
const month = (iso: string): DateValue => ({ iso, precision: 'month', yearKnown: true });
const year = (iso: string): DateValue => ({ iso, precision: 'year', yearKnown: true });

describe('parseWhen', () => {
  const today = new Date(Date.UTC(2022, 11, 1)); // 2022-12-01, a Thursday

  it('an ISO day, month or year is that period', () => {
    expect(parseWhen('2022-11-14', today)).toEqual({ start: day('2022-11-14'), end: day('2022-11-14') });
    expect(parseWhen('2021', today)).toEqual({ start: year('2021'), end: year('2021') });
  });

  it('a month name is the latest such month that has begun', () => {
    expect(parseWhen('November', today)).toEqual({ start: month('2022-11'), end: month('2022-11') });
    expect(parseWhen('in december', today)).toEqual({ start: month('2022-12'), end: month('2022-12') });
    expect(parseWhen('March', today)).toEqual({ start: month('2022-03'), end: month('2022-03') });
  });

  it('without a reference, a month or day has no year', () => {
    expect(parseWhen('November', null)).toEqual({
      start: { iso: '--11', precision: 'month', yearKnown: false },
      end: { iso: '--11', precision: 'month', yearKnown: false },
    });
    expect(parseWhen('November 14', null)).toEqual({
      start: { iso: '--11-14', precision: 'day', yearKnown: false },
      end: { iso: '--11-14', precision: 'day', yearKnown: false },
    });
  });

  it('relative words count back from the reference', () => {
    expect(parseWhen('last week', today)).toEqual({ start: week('2022-11-21'), end: week('2022-11-21') });
    expect(parseWhen('yesterday', today)).toEqual({ start: day('2022-11-30'), end: day('2022-11-30') });
  });

  it('"between March and May 2020" shares the year with both ends', () => {
    expect(parseWhen('between March and May 2020', today)).toEqual({
      start: month('2020-03'),
      end: month('2020-05'),
    });
    expect(parseWhen('from 2014 to 2016', today)).toEqual({ start: year('2014'), end: year('2016') });
  });

  it('seasons are their three months and decades their ten years', () => {
    expect(parseWhen('spring 2020', today)).toEqual({ start: month('2020-03'), end: month('2020-05') });
    expect(parseWhen('last summer', today)).toEqual({ start: month('2022-06'), end: month('2022-08') });
    expect(parseWhen('the 1990s', null)).toEqual({ start: year('1990'), end: year('1999') });
  });

  it('"since" runs to the reference, or stays open without one', () => {
    expect(parseWhen('since June', today)).toEqual({ start: month('2022-06'), end: day('2022-12-01') });
    expect(parseWhen('since 2019', null)).toEqual({ start: year('2019'), end: year('9999') });
  });

  it('words that need a reference give null without one', () => {
    expect(parseWhen('last week', null)).toBeNull();
    expect(parseWhen('yesterday', null)).toBeNull();
  });

  it('words with no date give null', () => {
    expect(parseWhen('the protests', today)).toBeNull();
    expect(parseWhen('', today)).toBeNull();
  });
});

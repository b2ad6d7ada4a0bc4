import { describe, expect, it } from 'vitest';
import { dateBounds, dateInRange } from '../../src/core/calendar.ts';
import type { DateValue } from '../../src/core/types.ts';

const day = (iso: string): DateValue => ({ iso, precision: 'day', yearKnown: true });
const week = (iso: string): DateValue => ({ iso, precision: 'week', yearKnown: true });
const month = (iso: string): DateValue => ({ iso, precision: 'month', yearKnown: true });
const year = (iso: string): DateValue => ({ iso, precision: 'year', yearKnown: true });

describe('dateInRange', () => {
  it('compares values of different precisions by overlap, never vaguer than the range', () => {
    const november = { start: month('2022-11'), end: month('2022-11') };
    expect(dateInRange(day('2022-11-14'), november)).toBe(true);
    expect(dateInRange(day('2022-12-01'), november)).toBe(false);
    expect(dateInRange(week('2022-10-31'), november)).toBe(true);
    expect(dateInRange(year('2022'), november)).toBe(false);
    expect(dateInRange(year('2022'), { start: year('2021'), end: year('2023') })).toBe(true);
  });

  it('a value without a year matches by month and day', () => {
    const november = { start: month('2022-11'), end: month('2022-11') };
    expect(dateInRange({ iso: '--11-14', precision: 'day', yearKnown: false }, november)).toBe(true);
    expect(dateInRange({ iso: '--09', precision: 'month', yearKnown: false }, november)).toBe(false);
  });

  it('gives the first and last day of a value', () => {
    expect(dateBounds(month('2020-02'))).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(dateBounds(week('2022-11-21'))).toEqual({ first: '2022-11-21', last: '2022-11-27' });
  });
});

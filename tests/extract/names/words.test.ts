import { describe, expect, test } from 'vitest';
import {
  firstNameGender,
  isAcronym,
  isPlaceOrTime,
  looksLikePerson,
  withoutPossessive,
} from '../../../src/extract/names/words.ts';

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

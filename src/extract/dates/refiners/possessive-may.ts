import { possessiveMayIsAName } from '../parsers/month-alone.ts';
import { chronoFilter } from '../rule.ts';

/** `possessive-may`: "May's leadership" is a person's, not the month's. */
export const possessiveMay = chronoFilter(
  'possessive-may',
  ({ text, sentence, result }) => /^May\b/.test(text) && possessiveMayIsAName(sentence, result.index),
);

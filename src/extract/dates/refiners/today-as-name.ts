import { chronoFilter } from '../rule.ts';
/** `today-as-name`: "the Today show", "USA Today" — a capitalised "Today" inside a sentence is a name. */
export const todayAsName = chronoFilter(
  'today-as-name',
  ({ text, sentence, result }) =>
    /^Today\b/.test(text) && result.index > 0 && !/[.!?:"“(]\s*$/.test(sentence.slice(0, result.index)),
);

import { chronoFilter } from '../rule.ts';
/** `quoted-word`: a word alone in quotation marks ("the “Today” team") is a name. */
export const quotedWord = chronoFilter(
  'quoted-word',
  ({ text, sentence, result }) =>
    /["“]$/.test(sentence.slice(Math.max(0, result.index - 1), result.index)) &&
    /^["”]/.test(sentence.slice(result.index + text.length)),
);

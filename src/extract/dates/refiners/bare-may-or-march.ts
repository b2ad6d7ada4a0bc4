import { chronoFilter } from '../rule.ts';

/**
 * `bare-may-or-march`: "Forward March", "May" as a name — a bare May or March needs a preposition or
 * determiner before it.
 */
export const bareMayOrMarch = chronoFilter(
  'bare-may-or-march',
  ({ text, sentence, result }) =>
    /^(?:May|March)[\s,.;:]*$/.test(text) &&
    !/\b(?:in|since|by|until|of|a|the|last|this|next|early|late|mid-?|through|from|before|after|during)\s+$/i.test(
      sentence.slice(Math.max(0, result.index - 12), result.index),
    ),
);

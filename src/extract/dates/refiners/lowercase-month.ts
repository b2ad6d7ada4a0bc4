import { chronoFilter } from '../rule.ts';

/**
 * `lowercase-month`: "may" and "march" in lower case are a verb, not a month, and "Sun", "Sat",
 * "Wed" are words or names — chrono matches them case-insensitively.
 */
export const lowercaseMonth = chronoFilter('lowercase-month', ({ text }) => {
  const month = /\b(may|march|jan|sept?|oct|dec|sun|sat|wed)\b/i.exec(text);
  if (!month) return false;
  const word = month[0];
  return !(word[0] === word[0]?.toUpperCase() && !/^(?:Sun|Sat|Wed)$/.test(word));
});

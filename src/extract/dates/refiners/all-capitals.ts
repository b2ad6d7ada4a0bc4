import { chronoFilter } from '../rule.ts';
/** `all-capitals`: "USA TODAY", "MONDAY NIGHT FOOTBALL" — capitals are names and headlines. */
export const allCapitals = chronoFilter('all-capitals', ({ text }) => /^[A-Z]{4,}/.test(text));

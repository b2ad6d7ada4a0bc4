import { chronoFilter } from '../rule.ts';
/** `clock-offset`: "an hour after", "30 minutes later" — times relative to something else, not dates. */
export const clockOffset = chronoFilter('clock-offset', ({ lower }) =>
  /\b(?:hours?|minutes?|seconds?)\b/.test(lower),
);

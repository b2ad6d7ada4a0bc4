import { chronoFilter } from '../rule.ts';

/** Phrases chrono's casual parser reads as dates but news uses otherwise. */
const NOT_A_DATE =
  /^(?:now|right now|just now|in the day|the day|day|a day|the morning|morning|noon|(?:the )?(?:last|first|next) day|in the (?:week|month|year)s?)$/i;

/** `not-a-date`: "now", "the day", "morning", "in the years" — words chrono dates that place nothing. */
export const notADate = chronoFilter('not-a-date', ({ lower }) => NOT_A_DATE.test(lower.trim()));

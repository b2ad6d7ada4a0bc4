/**
 * How much an answer holds, in one place for every front end (the bot's embeds have their own
 * Discord limits in src/discord/limits.ts, but ask the core for this many results per page).
 */
export const AnswerLimits = Object.freeze({
  /** Results per page unless the caller asks otherwise (a Discord page, a console /more, the CLI). */
  resultsPerPage: 5,
  /** The most results ranked for paging through one question. */
  maxResults: 50,
  /**
   * The longest `when` read as a date. No date is said in more (Discord's option allows 100), and
   * parsing grows faster than the text: 130 KB of "last week of …" took 17 s, now it is not a date.
   */
  whenChars: 100,
  /** Autocomplete suggestions asked of the core (Discord shows at most 25). */
  suggestions: 25,
});

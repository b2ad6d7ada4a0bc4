/** Discord's documented limits, and the bot's own budgets that must stay inside them. */
export const DiscordLimits = Object.freeze({
  contentLength: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  embedsTotal: 6000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  optionValue: 6000,
  /** The first answer to an interaction must arrive within this. */
  interactionDeadlineMs: 3000,
});

/** How the bot uses that room. */
export const BotLimits = Object.freeze({
  /** A quote or paragraph longer than this is shortened with "…". */
  resultText: 900,
  /** Text taken from a message to look up its source. */
  sourceQuery: 1000,
  /** Defer before answering when recent answers took longer than this. */
  deferAboveMs: 400,
  /** Per user: at most `rateCount` questions in `rateWindowMs`. */
  rateCount: 5,
  rateWindowMs: 10_000,
  /** "More" buttons keep working this long, across restarts. */
  pageTtlMs: 7 * 24 * 3600_000,
  pageEntries: 5000,
  /** Corpus changes are gathered for this long before one reload. */
  reloadDebounceMs: 300,
  /** On SIGINT/SIGTERM, wait at most this long for answers in flight. */
  shutdownGraceMs: 10_000,
  /** HTTP interactions endpoint: an interaction not answered by then is acknowledged ("thinking…")
   * and finished through the webhook, well inside Discord's 3 s (network time counts too). */
  acknowledgeAfterMs: 2000,
  /** A signed request whose timestamp is further than this from our clock is refused as a replay. */
  signatureMaxAgeSec: 300,
  /** Larger request bodies are refused (Discord's interactions are a few kilobytes). */
  interactionBodyBytes: 512 * 1024,
  /** A client that has not sent its whole request by then is disconnected. */
  interactionRequestMs: 10_000,
});

/** Everything the bot says to people, in one place. Text that echoes user input is escaped by callers. */
export const Strings = Object.freeze({
  apology: 'Sorry — something went wrong while answering that. It has been logged; please try again.',
  shuttingDown: 'I am restarting right now; please ask again in a minute.',
  rateLimited: (seconds: number) =>
    `You are asking faster than I can keep up with — please wait ${seconds} s and ask again.`,
  pageExpired: 'Those results have expired (or the corpus changed). Please ask the question again.',
  unknownCommand:
    'I do not know that command any more; it may have been removed. Try /who-said, /what-happened or /source.',
  whoSaidNeedsInput: 'Tell me a topic, a speaker, or both: for example `/who-said topic: ground operation`.',
  emptyMessage: 'That message has no text I can look up.',
  replyUnreadable:
    'I cannot read the text of the message you replied to. Right-click it → Apps → Find source instead.',
  noResults: (what: string, suggestion: string | null) =>
    `I found nothing for ${what}.${suggestion ? ` ${suggestion}` : ' Try fewer or different words, or a name as the article spells it.'}`,
  mentionHelp:
    'Ask me “who said …”, “what happened …”, or “where is this from?” in reply to a message — or use /who-said, /what-happened and /source.',
  moreButton: 'More',
  previousButton: 'Previous',
  findSourceCommand: 'Find source',
  unnamedSpeaker: 'Speaker not named',
  dateNotStated: 'Date not stated',
  pageFooter: (from: number, to: number, total: number) =>
    total === 1 ? '1 result' : `Results ${from}–${to} of ${total}`,
  headers: {
    'who-said': 'Who said',
    'what-happened': 'What happened',
    source: 'Source of',
  },
});

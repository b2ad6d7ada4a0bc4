import type { Citation } from '../core/types.ts';
import { formatDate, publicationDate } from './format.ts';

/**
 * Every sentence the project says to a person — core answers, the bot, the console and the CLI — in
 * one place. Text that echoes user input is cut with `echo` here and escaped by the front end.
 */
export const Strings = Object.freeze({
  // Answers (core)
  emptyCorpus:
    'The corpus is empty: no articles are loaded. Put articles (.txt, .md, .json, .jsonl, .csv, or feeds saved as .xml, .rss or .atom) in the corpus folder.',
  askForTopicOrSpeaker: 'Tell me what was said (topic), who said it (speaker), or both.',
  askForTopic: 'Tell me what to look for: a few words about what happened.',
  askForText: 'Give me the quote, claim or phrase to trace.',
  noQuotes: (topic: string | undefined, speaker: string | undefined): string =>
    `No quote matches${topic ? ` “${topic}”` : ''}${speaker ? ` from “${speaker}”` : ''}.`,
  unknownSpeaker: (speaker: string, known: readonly string[]): string =>
    known.length > 0
      ? `No one called “${speaker}” is quoted in the corpus. Speakers it knows include: ${known.join(', ')}.`
      : `No one called “${speaker}” is quoted in the corpus.`,
  tryFewerWords: 'Try fewer or different words, or /source to search every paragraph.',
  tryTopics: (topics: readonly string[]): string => `Try one of: ${topics.map((t) => `“${t}”`).join(', ')}.`,
  noEvents: (topic: string, when: string | undefined): string =>
    `Nothing that happened matches “${topic}”${when ? ` ${when}` : ''}.`,
  unknownWhen: (when: string): string =>
    `I could not read “${when}” as a date. Try “November 2022”, “last week” or “2022-11-14”.`,
  widenWhen: 'Try without “when”, or with a wider period.',
  /** Beside the date of an event the article tells of as still to come. */
  upcoming: 'upcoming when the article was written',
  noSource: (text: string): string => `No paragraph in the corpus matches “${text}”.`,
  trySourceWords: 'Try a shorter, distinctive part of the quote or claim.',
  askForQuote: 'Give me the quote to verify, in the words you read it.',
  firstReported: (date: string | null, outlet: string | null): string => {
    const published = publicationDate(date);
    const when = published ? ` ${formatDate(published)}` : '';
    return when || outlet ? `First reported${when}${outlet ? ` by ${outlet}` : ''}.` : '';
  },
  /** "Carried by 3 articles: Tasnim, IRNA, Mehr (+1 more)": outlets (else titles), at most `show` named. */
  carriedBy: (names: readonly string[], show = 3): string => {
    const more = names.length - show;
    return `Carried by ${names.length} articles: ${names.slice(0, show).join(', ')}${more > 0 ? ` (+${more} more)` : ''}.`;
  },
  carriedField: 'Carried by',
  articlesDisagree: (speakers: readonly string[]): string =>
    `The articles disagree on who said it: ${speakers.map((s) => `“${s}”`).join(' and ')}.`,
  verdictVerified: (speaker: string, trimmed: boolean): string =>
    trimmed
      ? `Verified, trimmed: these words are part of a longer quote by ${speaker}.`
      : `Verified: ${speaker} said this, in these words.`,
  verdictMisattributed: (claimed: string, credit: string): string =>
    `Misattributed: the corpus credits these words to ${credit}, not to “${claimed}”.`,
  verdictAltered: (speaker: string | null): string =>
    `Altered: the corpus has a close quote${speaker ? ` by ${speaker}` : ''} in other words; the differences are marked.`,
  verdictUnattributed: 'Unattributed: these words are in the corpus, but no article says who said them.',
  verdictNotFound: (nearest: boolean): string =>
    `Not in the corpus: no article has these words or close ones${nearest ? '; the nearest passages follow' : ''}. (The corpus may be incomplete: this is not a verdict of false.)`,
  verifyNotFoundHint: 'Check the wording, or search a few distinctive words with /source.',
  verdictBadges: {
    verified: '✅ Verified',
    misattributed: '❌ Misattributed',
    altered: '✏️ Altered',
    unattributed: '❔ Unattributed',
    'not-found': '🔍 Not in the corpus',
  },
  differencesField: 'Differences from the claim',
  diffLegend:
    '~~struck~~: in the article, not in the claim · __underlined__: in the claim, not in the article',
  speakerNotStated: 'Speaker not stated',
  dateNotStated: 'Date not stated',

  // Questions (every front end)
  unknownCommand: (command: string, known: readonly string[]): string =>
    `Unknown command “${command}”. Try one of: ${known.join(', ')}.`,
  missingOption: (command: string, option: string): string => `/${command} needs ${option}:.`,
  needsOneOf: (command: string, options: readonly string[]): string =>
    `Tell me ${options.map((o) => `a ${o}`).join(', ')}, or both: for example \`/${command} ${options[0]}: ground operation\`.`,
  notText: (option: string): string => `${option}: must be text.`,
  batchEmptyLine:
    'This line is empty: write one question as a JSON object, e.g. {"command":"source","text":"…"}.',
  batchNotJson: (reason: string): string => `This line is not JSON (${reason}).`,
  batchNotObject: 'This line is not a JSON object: write one question as {"command":"source","text":"…"}.',
  batchFailed: 'This question could not be answered; the error is logged.',

  // The bot
  apology: 'Sorry — something went wrong while answering that. It has been logged; please try again.',
  shuttingDown: 'I am restarting right now; please ask again in a minute.',
  rateLimited: (seconds: number) =>
    `You are asking faster than I can keep up with — please wait ${seconds} s and ask again.`,
  pageExpired: 'Those results have expired (or the corpus changed). Please ask the question again.',
  commandGone: (known: readonly string[]): string =>
    `I do not know that command any more; it may have been removed. Try ${known.map((c) => `/${c}`).join(', ')}.`,
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
  /** `capped`: the search stopped at its most results, so the total is a floor ("50+"), not a count. */
  pageFooter: (from: number, to: number, total: number, capped = false) =>
    total === 1 ? '1 result' : `Results ${from}–${to} of ${total}${capped ? '+' : ''}`,
  headers: {
    'who-said': 'Who said',
    'what-happened': 'What happened',
    source: 'Source of',
    verify: 'Verify',
  },
  verifyQuoteCommand: 'Verify quote',

  // Text answers (CLI and console)
  noResultText: 'No result.',
  moreWithOffset: (shown: number, total: number, capped = false): string =>
    `(${shown} of ${total}${capped ? '+' : ''} — more with --offset ${shown})`,
  moreInConsole: (shown: number, total: number, capped = false): string =>
    `(${shown} of ${total}${capped ? '+' : ''} — /more for the next)`,
});

/** Cuts what we echo back so a 2,000-character query does not fill the reply. */
export function echo(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "First reported 14 Nov 2022 by Tasnim. Carried by 3 articles: …" for a result many articles carry, else null. */
export function coverage(carriedBy: readonly Citation[]): string | null {
  const first = carriedBy[0];
  if (!first || carriedBy.length < 2) return null;
  const names = carriedBy.map((c) => c.outlet ?? c.title);
  return `${Strings.firstReported(first.date, first.outlet)} ${Strings.carriedBy(names)}`.trim();
}

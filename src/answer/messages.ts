/** Every sentence the core says to a person, in one place. */
export const MESSAGES = Object.freeze({
  emptyCorpus:
    'The corpus is empty: no articles are loaded. Put .txt, .md, .json or .jsonl articles in the corpus folder.',
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
});

/** Cuts what we echo back so a 2,000-character query does not fill the reply. */
export function echo(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

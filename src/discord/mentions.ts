import type { Message } from 'discord.js';
import type { Question } from '../answer/questions.ts';
import { BotLimits } from './limits.ts';

/** What a message that mentions the bot asks for. */
export type MentionIntent =
  | { kind: 'question'; question: Question }
  /** "where is this from?" (or nothing at all) in reply to another message: the source of that message. */
  | { kind: 'source-of-reply' }
  | { kind: 'help' };

const cleanTopic = (s: string) =>
  s
    .replace(/^[\s:,-]+/, '')
    .replace(/[\s?!.]+$/, '')
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .trim();

const WHO_SAID = /^who\s+(?:said|says|say|stated|claimed|told|announced|declared)\b(?:\s+that\b)?(.*)$/is;
const WHAT_HAPPENED =
  /^what\s+(?:happened|happens|is\s+happening|was\s+happening)\b(?:\s+(?:with|to|in|at|on|about)\b)?(.*)$/is;
const WHERE_FROM =
  /^(?:where\s+(?:is|does|did|was)\s+(?:this|that|it)(?:\s+(?:come|coming|said|reported|written|quoted))?\s+from\b|(?:what\s+is\s+the\s+)?source\b|find\s+(?:the\s+)?source\b)(.*)$/is;

/** Removes the bot's own mention (and other mention markup) from the text of a message. */
export function stripMentions(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the question in a message that mentions the bot. `isReply`: it replies to another message. */
export function readMention(content: string, botId: string, isReply: boolean): MentionIntent {
  const text = stripMentions(content, botId);
  const fallback: MentionIntent = isReply ? { kind: 'source-of-reply' } : { kind: 'help' };
  if (cleanTopic(text) === '') return fallback;

  const who = WHO_SAID.exec(text);
  if (who) {
    const topic = cleanTopic(who[1] ?? '');
    return topic ? { kind: 'question', question: { command: 'who-said', topic } } : fallback;
  }
  const what = WHAT_HAPPENED.exec(text);
  if (what) {
    const topic = cleanTopic(what[1] ?? '');
    return topic ? { kind: 'question', question: { command: 'what-happened', topic } } : fallback;
  }
  const where = WHERE_FROM.exec(text);
  if (where) {
    const rest = cleanTopic(where[1] ?? '');
    return rest ? { kind: 'question', question: { command: 'source', text: rest } } : fallback;
  }
  return { kind: 'question', question: { command: 'source', text: cleanTopic(text) } };
}

/** The words of a message worth searching for: its text, else its embeds' text; mentions removed. */
export function searchableText(message: Pick<Message, 'content' | 'embeds'>): string {
  const raw =
    message.content.trim() ||
    message.embeds.map((e) => [e.title, e.description].filter(Boolean).join(' ')).join(' ');
  return raw
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, BotLimits.sourceQuery);
}

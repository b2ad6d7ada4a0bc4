import { describe, expect, test } from 'vitest';
import { readMention, stripMentions } from '../../src/discord/mentions.ts';

describe('reading a mention', () => {
  const bot = '111111111111111111';
  test('the bot’s own mention (both forms) and other mentions are stripped', () => {
    expect(stripMentions(`<@${bot}> hi <@!${bot}> <@222222222222222222> <@&333333333333333333>`, bot)).toBe(
      'hi',
    );
  });

  test.each([
    [
      'who said the operation was out of the question?',
      { command: 'who-said', topic: 'the operation was out of the question' },
    ],
    ['Who said that "ground operation"', { command: 'who-said', topic: 'ground operation' }],
    ['what happened with rocket launchers?', { command: 'what-happened', topic: 'rocket launchers' }],
    [
      'where is this from: settle problems through dialogue',
      { command: 'source', text: 'settle problems through dialogue' },
    ],
    ['settle problems through dialogue', { command: 'source', text: 'settle problems through dialogue' }],
  ])('“%s”', (text, question) => {
    expect(readMention(`<@${bot}> ${text}`, bot, false)).toEqual({ kind: 'question', question });
  });

  test('no question of its own: the replied-to message’s source, else help', () => {
    expect(readMention(`<@${bot}>`, bot, true)).toEqual({ kind: 'source-of-reply' });
    expect(readMention(`<@${bot}> where is this from?`, bot, true)).toEqual({ kind: 'source-of-reply' });
    expect(readMention(`<@${bot}>`, bot, false)).toEqual({ kind: 'help' });
  });
});

import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, QuestionError, readQuestion } from '../../src/answer/questions.ts';

const error = (fields: Record<string, unknown>): string => {
  try {
    readQuestion(fields);
  } catch (err) {
    if (err instanceof QuestionError) return err.message;
    throw err;
  }
  throw new Error('no error');
};

describe('one question model for every front end', () => {
  it('lists the commands once, from the question list', () => {
    expect(COMMAND_NAMES).toEqual(['who-said', 'what-happened', 'source', 'verify']);
  });

  it('reads loose fields into a question: trimmed, empty and unknown fields dropped', () => {
    expect(
      readQuestion({ command: 'who-said', topic: '  ground operation ', speaker: ' ', colour: 'red' }),
    ).toEqual({ command: 'who-said', topic: 'ground operation' });
    expect(readQuestion({ command: '/what-happened', topic: 'rocket launchers', when: 'November' })).toEqual({
      command: 'what-happened',
      topic: 'rocket launchers',
      when: 'November',
    });
  });

  it('a bare text fills the main option, whichever command', () => {
    expect(readQuestion({ command: 'source', topic: 'settle problems' })).toEqual({
      command: 'source',
      text: 'settle problems',
    });
    expect(readQuestion({ command: 'who-said', text: 'ground operation' })).toEqual({
      command: 'who-said',
      topic: 'ground operation',
    });
  });

  it('says what is wrong with a question that cannot be asked', () => {
    expect(error({ command: 'nope' })).toBe(
      'Unknown command “nope”. Try one of: who-said, what-happened, source, verify.',
    );
    expect(error({})).toBe('Unknown command “”. Try one of: who-said, what-happened, source, verify.');
    expect(error({ command: 'source', text: '   ' })).toBe('/source needs text:.');
    expect(error({ command: 'what-happened', when: 'May' })).toBe('/what-happened needs topic:.');
    expect(error({ command: 'who-said' })).toBe(
      'Tell me a topic, a speaker, or both: for example `/who-said topic: ground operation`.',
    );
    expect(error({ command: 'source', text: 42 })).toBe('text: must be text.');
  });
});

import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerBatchLine, batchLines } from '../../src/answer/batch.ts';
import { Knowledge } from '../../src/core/knowledge.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
let seeds: Knowledge;
beforeAll(async () => {
  seeds = await Knowledge.load(['seeds']);
});

const lines = async (...chunks: string[]) => {
  const out: string[] = [];
  for await (const line of batchLines(Readable.from(chunks))) out.push(line);
  return out;
};
const answer = (line: string) =>
  JSON.parse(answerBatchLine(seeds, line, { now: NOW })) as {
    error?: string;
    results: { citation: { paragraph: number } }[];
  };
const source = JSON.stringify({ command: 'source', text: 'settle problems through dialogue' });

describe('the lines of a batch', () => {
  it('split at "\\n" only: "\\r\\n" ends a line, a lone "\\r" is part of one, however the chunks fall', async () => {
    expect(await lines('one\r', '\ntw', 'o\rstill two\n\nfour')).toEqual([
      'one',
      'two\rstill two',
      '',
      'four',
    ]);
  });

  it('a byte-order mark before the first line is not part of it', async () => {
    expect(await lines('\uFEFF', `${source}\n`, '\uFEFF\n')).toEqual([source, '\uFEFF']);
  });
});

describe('one answer line per line', () => {
  it('a question is answered', () => {
    expect(answer(source).results[0]?.citation.paragraph).toBe(6);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['a no-break space', '\u00A0'],
    ['an ideographic space', '\u3000'],
    ['a lone byte-order mark', '\uFEFF'],
  ])('%s: a line saying it is empty', (_name, line) => {
    expect(answer(line)).toEqual({
      error: 'This line is empty: write one question as a JSON object, e.g. {"command":"source","text":"…"}.',
      results: [],
    });
  });

  it.each([
    ['a string', '"settle problems"'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[{"command":"source"}]'],
  ])('%s is not a question', (_name, line) => {
    expect(answer(line)).toEqual({
      error: 'This line is not a JSON object: write one question as {"command":"source","text":"…"}.',
      results: [],
    });
  });

  it('wrong types say which option, never the code’s internals', () => {
    expect(answer('{"command":"what-happened","topic":42}')).toEqual({
      error: 'topic: must be text.',
      results: [],
    });
    expect(answer('{"command":"who-said","speaker":["a"]}')).toEqual({
      error: 'speaker: must be text.',
      results: [],
    });
    expect(answer('{"command":7,"text":"x"}').error).toMatch(/^Unknown command/);
    expect(answer('{"command":"source","text":"x"').error).toMatch(/^This line is not JSON \(/);
  });

  it('an unexpected failure is told to the log, and the line still gets its answer', () => {
    const told: unknown[] = [];
    const broken = { ...seeds, articleCount: 1 } as unknown as Knowledge;
    const line = answerBatchLine(broken, source, { now: NOW, onError: (err) => told.push(err) });
    expect(JSON.parse(line)).toEqual({
      error: 'This question could not be answered; the error is logged.',
      results: [],
    });
    expect(told).toHaveLength(1);
  });
});

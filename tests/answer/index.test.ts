import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatHappened } from '../../src/answer/index.ts';
import { renderAnswer } from '../../src/answer/render-text.ts';
import { Knowledge } from '../../src/core/knowledge.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-i13-when-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let k: Knowledge;
beforeAll(async () => {
  // No publication dates: "in September" keeps its year unknown.
  writeFileSync(
    join(dir, 'talks.md'),
    '# Harbour talks\n\nThe harbour talks resumed in September.\n\nThe harbour talks collapsed on 14 October 2022.\n',
  );
  const days = Array.from(
    { length: 60 },
    (_, i) =>
      `The ferry strike closed the port on ${(i % 28) + 1} ${['March', 'April', 'May'][Math.floor(i / 28)]} 2021.`,
  );
  writeFileSync(join(dir, 'strike.md'), `# Ferry strike\n\n${days.join('\n\n')}\n`);
  k = await Knowledge.load([dir], undefined, { cacheDir: null, workers: 1 });
}, 60_000);

describe('/what-happened when:', () => {
  it('accepts a month alone, matching it in any year, a year not stated included', () => {
    const answer = whatHappened(k, { topic: 'harbour talks', when: 'September' }, NOW);
    expect(answer.suggestion).toBeNull();
    expect(answer.results.map((r) => [r.text, r.date?.yearKnown])).toEqual([
      ['The harbour talks resumed in September.', false],
    ]);
  });

  it('does not match "Sep, year not stated" to a year the event does not name', () => {
    const answer = whatHappened(k, { topic: 'harbour talks', when: '2022' }, NOW);
    expect(answer.results.map((r) => r.text)).toEqual(['The harbour talks collapsed on 14 October 2022.']);
  });

  it('does not present the result cap as the total', () => {
    const answer = whatHappened(k, { topic: 'ferry strike port' }, NOW);
    expect([answer.total, answer.capped]).toEqual([50, true]);
    const asked = { ...answer, command: 'what-happened' as const };
    expect(renderAnswer(asked).split('\n').at(-1)).toBe('(5 of 50+ — more with --offset 5)');
    expect(renderAnswer(asked, undefined, 'more').split('\n').at(-1)).toBe('(5 of 50+ — /more for the next)');
    const few = whatHappened(k, { topic: 'harbour talks' }, NOW);
    expect([few.total, few.capped]).toEqual([2, undefined]);
  });
});

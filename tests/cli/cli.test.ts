import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseConsoleLine, runConsole } from '../../src/console.ts';
import { Knowledge } from '../../src/core/knowledge.ts';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });

describe('the CLI', () => {
  it('answers a batch of questions, one JSON line each, in order, from one corpus load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-'));
    const batch = join(dir, 'questions.jsonl');
    writeFileSync(
      batch,
      [
        JSON.stringify({ command: 'source', text: 'settle problems through dialogue' }),
        'this line is not JSON',
        JSON.stringify({ command: 'what-happened', topic: 'rocket launchers' }),
        JSON.stringify({ command: 'no-such-command', topic: 'x' }),
      ].join('\n'),
    );
    const { stdout } = await cli('ask', '--json', '--corpus', 'seeds', '--batch', batch);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].results[0].citation.paragraph).toBe(6);
    expect(lines[1]).toMatchObject({ results: [] });
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2].results[0].date).toEqual({ iso: '--11-14', precision: 'day', yearKnown: false });
    expect(lines[3].error).toBe(
      'Unknown command “no-such-command”. Try one of: who-said, what-happened, source.',
    );
  });

  it('extract --json prints one line per article with quotes and events in the scorer contract', async () => {
    const { stdout } = await cli('extract', '--json', 'seeds');
    const [article, ...rest] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rest).toEqual([]);
    expect(article.id).toBe('000_1428a1c93f5937bd');
    expect(Object.keys(article.quotes[0]).sort()).toEqual([
      'creditedBy',
      'kind',
      'paragraph',
      'role',
      'rule',
      'speaker',
      'text',
    ]);
    expect(article.events.find((e: { paragraph: number }) => e.paragraph === 7)).toMatchObject({
      date: '--11-14',
      precision: 'day',
    });
  });

  it('prints a readable answer with its citation', async () => {
    const { stdout } = await cli('ask', 'source', 'settle problems through dialogue');
    expect(stdout.split('\n')[0]).toBe(
      '1. Iran Amb. to Iraq dismisses claims of land operation in Kurdistan, ¶6 · seeds/000_1428a1c93f5937bd.txt',
    );
    expect(stdout).toContain('**settle problems** through **dialogue**');
  });
});

describe('the console', () => {
  it('reads slash commands with options the way Discord shows them', () => {
    expect(parseConsoleLine('/who-said ground operation')).toEqual({
      command: 'who-said',
      topic: 'ground operation',
    });
    expect(parseConsoleLine('/who-said topic: security speaker: IRGC')).toEqual({
      command: 'who-said',
      topic: 'security',
      speaker: 'IRGC',
    });
    expect(parseConsoleLine('/what-happened rocket launchers when: November')).toEqual({
      command: 'what-happened',
      topic: 'rocket launchers',
      when: 'November',
    });
    expect(parseConsoleLine('/source "settle problems"')).toEqual({
      command: 'source',
      text: '"settle problems"',
    });
    expect(parseConsoleLine('/who ground')).toEqual({
      error: 'Unknown command “/who”. Did you mean /who-said? Type /help for the list.',
    });
  });

  it('answers typed questions, help and bad commands in a session', async () => {
    const knowledge = await Knowledge.load(['seeds']);
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    const session = runConsole(knowledge, { input, output, banner: 'No DISCORD_TOKEN: local console.' });
    input.end('/source settle problems through dialogue\n/bogus\n/help\n/quit\n');
    await session;
    expect(printed.startsWith('No DISCORD_TOKEN: local console.\n1 article(s),')).toBe(true);
    expect(printed).toContain('1. Iran Amb. to Iraq dismisses claims of land operation in Kurdistan, ¶6');
    expect(printed).toContain('Unknown command “/bogus”.');
    expect(printed.split('/more                                 the next results').length).toBe(3);
  });
});

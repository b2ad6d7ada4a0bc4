import { execFile, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseConsoleLine, runConsole } from '../../src/console.ts';
import { Knowledge } from '../../src/core/knowledge.ts';
import { tempDir } from '../temp.ts';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });
const CLI = join(import.meta.dirname, '../../src/cli.ts');
/** tsx found from here, not from the working folder a test runs the CLI in. */
const TSX = import.meta.resolve('tsx');
/** The environment of a fresh clone: no corpus or log settings from the developer's shell. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['CORPUS_DIR', 'CACHE_DIR', 'LOG_LEVEL'].includes(k)),
);

/** Runs the CLI to its end; resolves with what a shell sees (exit code, stdout, stderr), never rejects. */
function cliRun(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', TSX, CLI, ...args],
      { encoding: 'utf8', cwd: options.cwd ?? process.cwd(), env: { ...cleanEnv, ...options.env } },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

const scratch = tempDir('cli');

describe('the CLI', () => {
  it('answers a batch of questions, one JSON line each, in order, from one corpus load', async () => {
    const dir = tempDir('batch');
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
      'Unknown command “no-such-command”. Try one of: who-said, what-happened, source, verify.',
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

describe('the CLI when it is used wrongly', () => {
  it('says what is wrong in one line, then the usage, and exits 2', { timeout: 120_000 }, async () => {
    const cases: Array<[string[], string, string]> = [
      [['--bogus'], "error: unknown option '--bogus'", 'Usage: npm run cli -- [options] [command]'],
      [
        ['ask', 'who-said', 'x', '--limit', 'abc'],
        "error: option '--limit <n>' argument 'abc' is invalid. it must be a whole number from 1 to 50.",
        'Usage: npm run cli -- ask [options] QUESTION [words...]  |  ask --json --batch FILE',
      ],
      [
        ['ask', 'who-said', 'x', '--limit', '-3'],
        "error: option '--limit <n>' argument '-3' is invalid. it must be a whole number from 1 to 50.",
        'Usage: npm run cli -- ask [options] QUESTION [words...]  |  ask --json --batch FILE',
      ],
      [
        ['ask', 'who-said', 'x', '--corpus'],
        "error: option '--corpus <path>' argument missing",
        'Usage: npm run cli -- ask [options] QUESTION [words...]  |  ask --json --batch FILE',
      ],
      [
        ['ask', 'who-said', 'x', '--corpus', '/nonexistent'],
        'error: /nonexistent: no such file or folder',
        'Usage: npm run cli -- ask who-said [options] [words...]',
      ],
      [
        ['ask', '--json', '--batch', 'missing.jsonl'],
        'error: --batch missing.jsonl: no such file',
        'Usage: npm run cli -- ask [options] QUESTION [words...]  |  ask --json --batch FILE',
      ],
      [
        ['ask', 'who-said'],
        'error: Tell me a topic, a speaker, or both: for example `/who-said topic: ground operation`.',
        'Usage: npm run cli -- ask who-said [options] [words...]',
      ],
      [
        ['ask', 'who'],
        'error: unknown question “who”: ask one of who-said, what-happened, source, verify',
        'Usage: npm run cli -- ask [options] QUESTION [words...]  |  ask --json --batch FILE',
      ],
    ];
    const runs = await Promise.all(cases.map(([args]) => cliRun(args)));
    expect(runs.map((r) => [r.code, r.stdout, ...r.stderr.split('\n').slice(0, 2)])).toEqual(
      cases.map(([, error, usage]) => [2, '', error, usage]),
    );
  });

  it('has --version, and --help for each command listing its own options', { timeout: 60_000 }, async () => {
    const [version, help] = await Promise.all([
      cliRun(['--version']),
      cliRun(['ask', 'what-happened', '--help']),
    ]);
    expect([version.code, version.stdout]).toEqual([0, '0.1.0\n']);
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toBe('Usage: npm run cli -- ask what-happened [options] [words...]');
    expect(help.stdout).toContain('--when <when>');
    expect(help.stdout).not.toContain('--speaker');
  });
});

describe("the CLI in a self-hoster's setup", () => {
  it('reads CORPUS_DIR from .env in the working folder, as the bot does', { timeout: 60_000 }, async () => {
    const home = join(scratch, 'home');
    mkdirSync(join(home, 'articles'), { recursive: true });
    writeFileSync(join(home, '.env'), 'CORPUS_DIR=articles\n');
    writeFileSync(
      join(home, 'articles', 'bridge.md'),
      '---\ntitle: Bridge reopens\n---\nThe old bridge reopened to traffic on Monday.\n',
    );
    const { code, stdout } = await cliRun(['ask', 'source', 'bridge reopened to traffic'], { cwd: home });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('1. Bridge reopens, ¶1 · articles/bridge.md');
  });

  it('stops quietly, exit 0, when the reader of its output goes away (| head -2)', {
    timeout: 60_000,
  }, async () => {
    const batch = join(scratch, 'many.jsonl');
    writeFileSync(batch, `${JSON.stringify({ command: 'source', text: 'dialogue' })}\n`.repeat(2000));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'ask', '--json', '--corpus', 'seeds', '--batch', batch],
      {
        env: cleanEnv,
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) =>
      child.on('close', (exitCode) => resolve(exitCode)),
    );
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });
});

describe('ask verify', () => {
  it('--json: one verdict, whom the corpus credits, and the matches with citations', {
    timeout: 60_000,
  }, async () => {
    const { stdout } = await cli(
      'ask',
      'verify',
      '--corpus',
      'seeds',
      '--json',
      '--quote',
      '“We always try to settle problems through dialogue”',
      '--speaker',
      'the ministry',
    );
    const answer = JSON.parse(stdout);
    expect([answer.verdict, answer.trimmed, answer.speaker]).toEqual([
      'misattributed',
      false,
      'Mohammad Kazem Al-e Sadeq',
    ]);
    expect(answer.matches[0].citation.paragraph).toBe(6);
    expect(answer.matches[0].diff).toEqual([]);
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
    expect(parseConsoleLine('/verify We always try speaker: Sadeq')).toEqual({
      command: 'verify',
      quote: 'We always try',
      speaker: 'Sadeq',
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

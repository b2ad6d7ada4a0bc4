import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const evaluate = (...args: string[]) =>
  run('npx', ['tsx', 'src/eval/run.ts', '--no-build', ...args], { encoding: 'utf8' });

/**
 * A data folder laid out like the shared one, with stand-in scorers that print a fixed summary and
 * the rules they were asked to run without, so the table and the --without switch can be checked.
 */
const data = mkdtempSync(join(tmpdir(), 'eval-run-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));
for (const folder of ['quotes', 'dates', 'news', 'scorers']) mkdirSync(join(data, folder));
for (const file of ['quotes/ggt-dev.jsonl', 'dates/dates-dev.jsonl', 'news/abp-9000.jsonl'])
  writeFileSync(join(data, file), '');
writeFileSync(
  join(data, 'scorers/score-quotes.mjs'),
  `console.log('a miss');
console.log(JSON.stringify({ 'F1@0.3': 90.3, 'F1@0.8': 88.4, 'speakerFull@0.3': 94.1, 'speakerSurname@0.3': 94.9,
  askTop1: process.argv.includes('--ask') ? 91 : undefined, askTop1Article: 98, notVerbatim: 0, predicted: 841,
  goldQuotes: process.env.NEWSDESK_RULES_OFF || 'none' }));`,
);
writeFileSync(
  join(data, 'scorers/score-dates.mjs'),
  `console.log(JSON.stringify({ items: 44, withEvent: 100, dateAccuracy: 97.7, pastAccuracy: 97.4 }));`,
);
const scorers = join(data, 'scorers');

describe('npm run eval', () => {
  it('prints one table for the quote sets and one for the date sets', async () => {
    const { stdout } = await evaluate('--data', data, '--scorers', scorers, '--sets', 'ggt-dev,dates-dev');
    expect(stdout.split('\n').slice(0, 10)).toEqual([
      'all rules on',
      '',
      '| set | F1@0.3 | F1@0.8 | speakerFull@0.3 | speakerSurname@0.3 | askTop1 | askTop1Article | notVerbatim | predicted | goldQuotes |',
      '|---|---|---|---|---|---|---|---|---|---|',
      '| ggt-dev | 90.3 | 88.4 | 94.1 | 94.9 | 91 | 98 | 0 | 841 | none |',
      '',
      '| set | dateAccuracy | withEvent | pastAccuracy | items |',
      '|---|---|---|---|---|',
      '| dates-dev | 97.7 | 100 | 97.4 | 44 |',
      '',
    ]);
  });

  it('runs the extractor without the rules named by --without', async () => {
    const { stdout } = await evaluate(
      '--data',
      data,
      '--scorers',
      scorers,
      '--sets',
      'ggt-dev',
      '--no-ask',
      '--without',
      'narrator',
      '--without',
      'following',
    );
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      'without: narrator, following',
      '',
      '| set | F1@0.3 | F1@0.8 | speakerFull@0.3 | speakerSurname@0.3 | notVerbatim | predicted | goldQuotes |',
      '|---|---|---|---|---|---|---|---|',
      '| ggt-dev | 90.3 | 88.4 | 94.1 | 94.9 | 0 | 841 | narrator,following |',
    ]);
  });

  it('refuses a rule that does not exist, with exit code 2 and where to find the names', async () => {
    const failed = await evaluate('--data', data, '--scorers', scorers, '--without', 'no-such-rule').catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr.split('\n')[0]).toBe(
      'No rule called no-such-rule; npm run eval -- --rules lists them.',
    );
  });
});

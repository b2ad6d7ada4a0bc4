import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, tempDir } from './ingest/fixtures.ts';

const run = promisify(execFile);
const ingest = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/ingest-cli.ts', ...args], { encoding: 'utf8' });

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('builds the store with progress lines when not on a terminal, then finds it already built', async () => {
    const dir = corpusDir(5);
    const cache = tempDir();
    made.push(dir, cache);
    const first = await ingest(dir, '--cache-dir', cache);
    expect(first.stdout).toMatch(/^5 article\(s\) in the store \(0 already there, 5 extracted, 0 failed\)/);
    expect(first.stderr).toContain('extracting articles {"done":5,"total":5,"percent":100');
    const again = await ingest(dir, '--cache-dir', cache);
    expect(again.stdout).toMatch(/^5 article\(s\) in the store \(5 already there, 0 extracted, 0 failed\)/);
    expect(again.stderr).not.toContain('extracting articles');
    // Two fresh processes that load the NLP libraries: slow on a busy machine, so a wide margin.
  }, 120_000);

  it('says how to use it when no corpus is given (exit code 2)', async () => {
    const failed = await ingest().catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain('usage: npm run ingest -- PATH...');
  });
});

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The environment of a fresh clone: no token, no corpus or cache settings from the developer's shell. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !k.startsWith('DISCORD_') && !['CORPUS_DIR', 'CACHE_DIR', 'LOG_LEVEL', 'SHARDS'].includes(k),
  ),
);

describe('the compiled build (dist/)', () => {
  beforeAll(async () => {
    // `npm install` built it; this compiles again only if the sources changed since.
    await run(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT });
  }, 180_000);

  it('npm run cli runs the compiled CLI and answers with a citation', async () => {
    const { stdout } = await run(
      'npm',
      ['run', '--silent', 'cli', '--', 'ask', 'source', 'settle problems through dialogue'],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      },
    );
    expect(stdout.split('\n')[0]).toBe(
      '1. Iran Amb. to Iraq dismisses claims of land operation in Kurdistan, ¶6 · seeds/000_1428a1c93f5937bd.txt',
    );
  });

  it('npm start runs the compiled bot: with no token and no terminal it says how to set one', async () => {
    const failure = await run('npm', ['start', '--silent'], { cwd: ROOT, env, encoding: 'utf8' }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.split('\n')[0]).toBe(
      'No DISCORD_TOKEN is set, so the bot cannot log in to Discord.',
    );
  });
});

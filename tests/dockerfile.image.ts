/**
 * The Dockerfile's steps, run outside Docker (base images cannot be pulled where this project is
 * developed, so the image itself is not built here): a clean copy of the repository, `npm ci` with
 * the build (stage `build`), `npm ci --omit=dev` beside the build (stage `deps`), then the compiled
 * bot started as a non-root user against the Discord stand-in, its health check asked as the image's
 * HEALTHCHECK asks it, and SIGTERM.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiscordStandIn } from './discord/stand-in.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'newsdesk-image-'));
// mkdtemp makes it private to root; the image's user must reach the app and data below it.
chmodSync(work, 0o755);
let standIn: DiscordStandIn | null = null;
afterAll(async () => {
  await standIn?.close();
  rmSync(work, { recursive: true, force: true });
});

const sh = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/** The image's user: `node` there; here a system user made for the test when run as root. */
function imageUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null; // already not root
  const name = 'newsdesk-image';
  try {
    sh('id', ['-u', name], work);
  } catch {
    sh('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', name], work);
  }
  return { uid: Number(sh('id', ['-u', name], work)), gid: Number(sh('id', ['-g', name], work)) };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the Dockerfile, step by step', () => {
  it('builds, installs without dev dependencies, and runs as a non-root user with a health check', async () => {
    // Stage `build`: the committed tree (a clean copy), `npm ci` (its "prepare" compiles dist/).
    const build = path.join(work, 'build');
    mkdirSync(build);
    execFileSync('sh', ['-c', `git -C "${ROOT}" archive HEAD | tar -x -C "${build}"`]);
    sh('npm', ['ci', '--no-audit', '--no-fund'], build);
    expect(existsSync(path.join(build, 'dist/src/main.js'))).toBe(true);

    // Stage `deps` + the final stage: package files, scripts, the build, then npm ci --omit=dev.
    const app = path.join(work, 'app');
    mkdirSync(app);
    for (const name of ['package.json', 'package-lock.json', 'scripts', 'dist', 'seeds']) {
      cpSync(path.join(build, name), path.join(app, name), { recursive: true });
    }
    sh('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], app);
    for (const devOnly of ['typescript', 'tsx', 'vitest', 'pino-pretty', '@biomejs/biome']) {
      expect([devOnly, existsSync(path.join(app, 'node_modules', devOnly))]).toEqual([devOnly, false]);
    }

    // The final stage's user, data folder and environment.
    const user = imageUser();
    const data = path.join(work, 'data');
    mkdirSync(path.join(data, 'cache'), { recursive: true });
    cpSync(path.join(app, 'seeds'), path.join(data, 'corpus'), { recursive: true });
    if (user) for (const dir of [data, path.join(data, 'cache')]) chownSync(dir, user.uid, user.gid);
    standIn = await DiscordStandIn.start();
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      // development on purpose: without pino-pretty installed the logs must stay JSON, not crash.
      NODE_ENV: 'development',
      CORPUS_DIR: path.join(data, 'corpus'),
      CACHE_DIR: path.join(data, 'cache'),
      HEALTH_PORT: String(await freePort()),
      DISCORD_TOKEN: standIn.token,
      DISCORD_CLIENT_ID: standIn.applicationId,
      DISCORD_API_URL: standIn.apiUrl,
    };
    const asUser = { cwd: app, env, ...(user ?? {}) };
    const bot = spawn(process.execPath, ['--enable-source-maps', 'dist/src/main.js'], {
      ...asUser,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => bot.on('exit', (code) => resolve(code)));
    let stdout = '';
    let stderr = '';
    bot.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const healthLogged = new Promise<void>((resolve, reject) => {
      bot.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (stdout.includes('"msg":"health check at /health (loopback)"')) resolve();
      });
      bot.on('exit', (code) => reject(new Error(`the bot exited (${code}): ${stdout}\n${stderr}`)));
    });
    await healthLogged;
    const logs = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(logs[0]?.msg).toBe(
      'NODE_ENV=development, but pino-pretty is not installed (a production install): logs stay JSON',
    );

    // The HEALTHCHECK: `node dist/src/main.js --health`, as the same user.
    const health = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const probe = spawn(process.execPath, ['dist/src/main.js', '--health'], {
        ...asUser,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      probe.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
      });
      probe.on('exit', (code) => resolve({ code, out }));
    });
    expect(health.code).toBe(0);
    expect(JSON.parse(health.out)).toMatchObject({ ok: true, discord: 'ready', articles: 1 });
    if (user)
      expect(readFileSync(`/proc/${bot.pid}/status`, 'utf8')).toMatch(
        new RegExp(`\\nUid:\\s+${user.uid}\\s`),
      );

    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

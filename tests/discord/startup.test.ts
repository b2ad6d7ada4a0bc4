/**
 * `npm start` as a self-hoster runs it: the real entry point in a child process, configured only by
 * its environment, pointed at the Discord stand-in.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../temp.ts';
import { DiscordStandIn, publicKeyHex } from './stand-in.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  child: ChildProcess;
  stdout: string[];
  stderr: () => string;
  exit: Promise<number | null>;
  /** Resolves with the first JSON log line whose msg is `msg`. */
  logLine(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** Every bot process a test started: one a failed assertion left running is killed when the file ends. */
const started = new Set<ChildProcess>();

function start(env: Record<string, string>): Run {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('DISCORD_') && !['CORPUS_DIR', 'CACHE_DIR', 'LOG_LEVEL', 'SHARDS'].includes(k),
    ),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...base, NODE_ENV: 'production', DISCORD_TOKEN: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  started.add(child);
  const stdout: string[] = [];
  let stderr = '';
  let pending = '';
  const waiters: (() => void)[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    stdout.push(...lines.filter((l) => l.trim()));
    for (const w of waiters.splice(0)) w();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logLine = async (msg: string, timeoutMs = 150_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = stdout.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === msg);
      if (found) return found;
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`no "${msg}" in ${stdout.join('\n')}\n${stderr}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  return { child, stdout, stderr: () => stderr, exit, logLine };
}

let d: DiscordStandIn;
let cacheDir: string;
beforeAll(async () => {
  d = await DiscordStandIn.start();
  cacheDir = tempDir('start-cache');
});
afterAll(async () => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await d?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

/** SIGTERM: expects exit 0, and gives the log messages from the signal on. */
async function terminate(run: Run): Promise<string[]> {
  run.child.kill('SIGTERM');
  expect(await run.exit).toBe(0);
  const messages = run.stdout.map((l) => (JSON.parse(l) as { msg: string }).msg);
  return messages.slice(messages.indexOf('signal received'));
}

/** Asks /source for a seed sentence; the title of the article the answer cites. */
async function sourceTitle(discord: DiscordStandIn): Promise<string | undefined> {
  const reply = await discord
    .command('source', { text: 'settle problems through dialogue' })
    .reply<{ embeds: { title: string }[] }>();
  return reply.data.embeds[0]?.title;
}

const botEnv = () => ({
  DISCORD_TOKEN: d.token,
  DISCORD_CLIENT_ID: d.applicationId,
  DISCORD_API_URL: d.apiUrl,
  CACHE_DIR: cacheDir,
  LOG_LEVEL: 'info',
});

// Child processes start slower on a busy machine (CI runs every test file at once): generous timeouts.
describe('npm start', { timeout: 180_000 }, () => {
  test('with no token and no terminal: exits 1 saying how to add a token', async () => {
    const run = start({});
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toBe(
      'No DISCORD_TOKEN is set, so the bot cannot log in to Discord.\n' +
        'To run it on Discord: copy .env.example to .env, put your bot token in DISCORD_TOKEN and the\n' +
        'Application ID in DISCORD_CLIENT_ID (docs/discord.md explains where to find them), then `npm start`.\n',
    );
  });

  test('with a malformed variable: exits 1 naming it and how to fix it', async () => {
    const run = start({ DISCORD_TOKEN: 'abc.def', DISCORD_CLIENT_ID: 'my-bot', LOG_LEVEL: 'loud' });
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toBe(
      'Configuration error (fix it in .env or the environment; .env.example documents each variable):\n' +
        '  - DISCORD_CLIENT_ID must be a numeric Discord id (17–20 digits): copy the Application ID from the developer portal (General Information)\n' +
        '  - LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent\n',
    );
  });

  test('with a wrong token: exits 1 with a clear error', async () => {
    const run = start({ ...botEnv(), DISCORD_TOKEN: 'wrong.token' });
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain('Discord rejected DISCORD_TOKEN (401 Unauthorized).');
    expect(run.stdout.join('\n')).not.toContain('wrong.token');
  });

  test('logs in, registers, logs the invite; SIGTERM finishes, logs out and exits 0', async () => {
    const run = start(botEnv());
    const invite = await run.logLine('invite the bot with this URL (scopes bot + applications.commands)');
    expect(invite.invite).toBe(
      `https://discord.com/oauth2/authorize?client_id=${d.applicationId}&scope=bot+applications.commands&permissions=274877991936`,
    );
    expect(await run.logLine('commands registered globally')).toMatchObject({
      scope: 'global',
      commands: ['who-said', 'what-happened', 'source', 'verify', 'Find source', 'Verify quote'],
    });
    expect(await sourceTitle(d)).toBe('Iran Amb. to Iraq dismisses claims of land operation in Kurdistan');
    expect(await run.logLine('answered')).toMatchObject({
      command: 'source',
      guildId: d.guildId,
      results: 1,
    });

    expect(await terminate(run), run.stdout.join('\n')).toEqual([
      'signal received',
      'shutting down: no new questions',
      'logged out',
    ]);
    expect(run.stdout.join('\n')).not.toContain(d.token);
  });

  test('npm run deploy-commands registers now, even when nothing changed', async () => {
    const puts = () =>
      d.requests.filter((r) => r.method === 'PUT' && r.path === `/applications/${d.applicationId}/commands`);
    const before = puts().length;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/deploy-commands.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...botEnv(), NODE_ENV: 'production' },
      stdio: 'ignore',
    });
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    expect(puts().length).toBe(before + 1);
    expect(((puts().at(-1)?.body ?? []) as unknown as { name: string }[]).map((c) => c.name)).toEqual([
      'who-said',
      'what-happened',
      'source',
      'verify',
      'Find source',
      'Verify quote',
    ]);
  });

  test('SHARDS=1: a ShardingManager runs the bot in a shard process; SIGTERM stops both, exit 0', async () => {
    const identified = d.identifies.length;
    const run = start({ ...botEnv(), SHARDS: '1' });
    await run.logLine('shard started');
    await d.waitFor(() => d.identifies.length > identified && d.connected, 150_000, 'the shard to identify');
    expect(d.identifies.at(-1)?.shard).toEqual([0, 1]);
    await run.logLine('invite the bot with this URL (scopes bot + applications.commands)');
    expect(await sourceTitle(d)).toBe('Iran Amb. to Iraq dismisses claims of land operation in Kurdistan');
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    const byPid = new Map<unknown, string[]>();
    for (const line of run.stdout) {
      const { pid, msg } = JSON.parse(line) as { pid: number; msg: string };
      byPid.set(pid, [...(byPid.get(pid) ?? []), msg]);
    }
    expect(byPid.get(run.child.pid)?.slice(-2), run.stdout.join('\n')).toEqual([
      'signal received',
      'all shards stopped',
    ]);
    const shard = [...byPid.entries()].find(([pid]) => pid !== run.child.pid)?.[1];
    expect(shard?.slice(-2), run.stdout.join('\n')).toEqual([
      'shutting down: no new questions',
      'logged out',
    ]);
  });

  test('DISCORD_PUBLIC_KEY + INTERACTIONS_PORT, no token: serves /interactions, no gateway; SIGTERM exits 0', async () => {
    const discord = await DiscordStandIn.start();
    try {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const run = start({
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_PUBLIC_KEY: publicKeyHex(publicKey),
        INTERACTIONS_PORT: '0',
        INTERACTIONS_HOST: '127.0.0.1',
        CACHE_DIR: cacheDir,
      });
      const listening = await run.logLine(
        'interactions endpoint listening; Discord reaches it through your HTTPS address',
      );
      discord.deliverTo(String(listening.url), privateKey);
      expect(await sourceTitle(discord)).toBe(
        'Iran Amb. to Iraq dismisses claims of land operation in Kurdistan',
      );
      expect(discord.identifies).toEqual([]);

      expect(await terminate(run), run.stdout.join('\n')).toEqual([
        'signal received',
        'shutting down: no new questions',
        'interactions endpoint closed',
      ]);
    } finally {
      await discord.close();
    }
  });
});

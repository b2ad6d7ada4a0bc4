import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { commands as realCommands } from '../../commands/index.ts';
import { parseConfig } from '../../src/config.ts';
import { type Bot, startBot } from '../../src/discord/bot.ts';
import type { Command } from '../../src/discord/command.ts';
import { type InteractionsEndpoint, startInteractionsEndpoint } from '../../src/discord/interactions-http.ts';
import { createLogger } from '../../src/log.ts';
import { tempDir } from '../temp.ts';
import { DiscordStandIn, publicKeyHex } from './stand-in.ts';

export const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** Collects the bot's JSON log lines, as they would reach stdout. */
export class LogCapture extends Writable {
  readonly lines: LogLine[] = [];
  readonly raw: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      this.raw.push(line);
      this.lines.push(JSON.parse(line) as LogLine);
    }
    done();
  }
  find(msg: string): LogLine[] {
    return this.lines.filter((l) => l.msg === msg);
  }
}

export interface Harness {
  d: DiscordStandIn;
  bot: Bot;
  logs: LogCapture;
  cacheDir: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  corpusDir?: string;
  cacheDir?: string;
  commands?: readonly Command[];
  standIn?: DiscordStandIn;
}

/** The environment `npm start` would be given to run against the stand-in. */
function standInEnv(d: DiscordStandIn, cacheDir: string, corpusDir = SEEDS): Record<string, string> {
  return {
    DISCORD_TOKEN: d.token,
    DISCORD_CLIENT_ID: d.applicationId,
    DISCORD_GUILD_ID: d.guildId,
    DISCORD_API_URL: d.apiUrl,
    CORPUS_DIR: corpusDir,
    CACHE_DIR: cacheDir,
    LOG_LEVEL: 'debug',
  };
}

function captureLogs(): { logs: LogCapture; log: ReturnType<typeof createLogger> } {
  const logs = new LogCapture();
  return { logs, log: createLogger({ level: 'debug', destination: logs }) };
}

/** Starts the bot exactly as `npm start` does, but with its environment pointed at a stand-in. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const d = opts.standIn ?? (await DiscordStandIn.start());
  const cacheDir = opts.cacheDir ?? tempDir('cache');
  const config = parseConfig(standInEnv(d, cacheDir, opts.corpusDir));
  const { logs, log } = captureLogs();
  const bot = await startBot({
    config,
    log,
    commands: opts.commands ?? realCommands,
  });
  return {
    d,
    bot,
    logs,
    cacheDir,
    async close() {
      await bot.stop();
      if (!opts.standIn) await d.close();
      if (!opts.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

export interface EndpointHarness {
  d: DiscordStandIn;
  endpoint: InteractionsEndpoint;
  /** The key Discord signs with; its public half is the endpoint's DISCORD_PUBLIC_KEY. */
  privateKey: KeyObject;
  logs: LogCapture;
  close(): Promise<void>;
}

/**
 * Starts the HTTP interactions endpoint exactly as `npm start` does with DISCORD_PUBLIC_KEY and
 * INTERACTIONS_PORT set, on an ephemeral loopback port, and makes the stand-in deliver interactions
 * to it signed with a key pair made here.
 */
export async function startEndpointHarness(
  opts: HarnessOptions & { acknowledgeAfterMs?: number; privateKey?: KeyObject } = {},
): Promise<EndpointHarness> {
  const d = opts.standIn ?? (await DiscordStandIn.start());
  const cacheDir = opts.cacheDir ?? tempDir('cache');
  // Replicas of one application share its key.
  const { privateKey, publicKey } = opts.privateKey
    ? { privateKey: opts.privateKey, publicKey: createPublicKey(opts.privateKey) }
    : generateKeyPairSync('ed25519');
  const config = parseConfig({
    ...standInEnv(d, cacheDir, opts.corpusDir),
    DISCORD_PUBLIC_KEY: publicKeyHex(publicKey),
    INTERACTIONS_PORT: '0',
    INTERACTIONS_HOST: '127.0.0.1',
  });
  const { logs, log } = captureLogs();
  const endpoint = await startInteractionsEndpoint({
    config,
    log,
    commands: opts.commands ?? realCommands,
    ...(opts.acknowledgeAfterMs === undefined ? {} : { acknowledgeAfterMs: opts.acknowledgeAfterMs }),
  });
  d.deliverTo(endpoint.url, privateKey);
  return {
    d,
    endpoint,
    privateKey,
    logs,
    async close() {
      await endpoint.stop();
      if (!opts.standIn) await d.close();
      if (!opts.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Embed text with Discord markdown removed: what a reader sees. */
export function plain(text: string | undefined): string {
  return (text ?? '').replace(/\*\*/g, '').replace(/\\(.)/g, '$1').replace(/^> /gm, '');
}

/** Polls `check` until it returns something truthy (for effects the stand-in does not see, like logs). */
export async function until<T>(check: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Discord's EPHEMERAL message flag, and the allowed_mentions every reply must carry. */
export const EPHEMERAL = 64;
export const NO_PINGS = { parse: [], replied_user: false };

/** The parts of a message payload that reach the stand-in which the tests read. */
export type Embed = {
  title?: string;
  url?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};
export type Payload = {
  content?: string;
  embeds?: Embed[];
  flags?: number;
  allowed_mentions?: unknown;
  components?: { components: { custom_id: string; label: string }[] }[];
};

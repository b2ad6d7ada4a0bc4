import { createRequire } from 'node:module';
import pino from 'pino';

export type Logger = pino.Logger;

/** Where a token could end up in a log line: these paths are replaced by "[redacted]". */
const redactPaths = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'config.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
  'interaction.token',
];

/**
 * An interaction's token sits in the URLs discord.js calls (/interactions/ID/TOKEN/callback,
 * /webhooks/APP/TOKEN/…) and so in a failed request's error (err.url, its message): it answers as
 * the bot for 15 minutes, so it is redacted like the bot token.
 */
const TOKEN_IN_URL = /\/(interactions|webhooks)\/(\d+)\/[\w.-]+/g;

export function redactUrlTokens(text: string): string {
  return text.replace(TOKEN_IN_URL, '/$1/$2/[redacted]');
}

/** Every string in a log field (up to a few levels down) with URL tokens redacted; the rest as it is. */
function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactUrlTokens(value);
  // An error is left to the err serializer (which redacts it too): it runs after this.
  if (depth > 4 || value === null || typeof value !== 'object' || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  // for…in: a serialized error keeps message and stack as accessors on its prototype.
  for (const k in value) out[k] = redactDeep((value as Record<string, unknown>)[k], depth + 1);
  return out;
}

export interface LogOptions {
  level?: string;
  /** Human-readable output (NODE_ENV=development); JSON lines otherwise. */
  pretty?: boolean;
  /** Where JSON lines go (tests); stdout by default. */
  destination?: pino.DestinationStream;
  /** LOG_FILE: JSON lines to this file instead, rotated daily or at 10 MB, the last 7 kept (pino-roll). */
  file?: string | undefined;
}

/** Rotation of LOG_FILE: a new file each day or at this size, and this many old files kept. */
export const LOG_ROTATION = { frequency: 'daily', size: '10m', keep: 7 } as const;

/** pino-pretty is a development dependency: a production install (npm ci --omit=dev) has none. */
function prettyInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function createLogger(opts: LogOptions = {}): Logger {
  const options: pino.LoggerOptions = {
    level: opts.level ?? 'info',
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { err: (err: Error) => redactDeep(pino.stdSerializers.err(err)) },
    formatters: { log: (fields) => redactDeep(fields) as Record<string, unknown> },
    base: { pid: process.pid },
  };
  if (opts.destination) return pino(options, opts.destination);
  if (opts.file) {
    // A transport runs in a worker thread: writing and rotating never hold up an answer.
    return pino({
      ...options,
      transport: {
        target: 'pino-roll',
        options: {
          file: opts.file,
          frequency: LOG_ROTATION.frequency,
          size: LOG_ROTATION.size,
          limit: { count: LOG_ROTATION.keep },
          mkdir: true,
        },
      },
    });
  }
  if (opts.pretty && prettyInstalled()) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } },
    });
  }
  // Synchronous writes: lines stay in order and none is lost when the process exits right after.
  const log = pino(options, pino.destination({ dest: 1, sync: true }));
  if (opts.pretty) {
    log.info(
      {},
      'NODE_ENV=development, but pino-pretty is not installed (a production install): logs stay JSON',
    );
  }
  return log;
}

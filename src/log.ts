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

export interface LogOptions {
  level?: string;
  /** Human-readable output (NODE_ENV=development); JSON lines otherwise. */
  pretty?: boolean;
  /** Where JSON lines go (tests); stdout by default. */
  destination?: pino.DestinationStream;
}

export function createLogger(opts: LogOptions = {}): Logger {
  const options: pino.LoggerOptions = {
    level: opts.level ?? 'info',
    redact: { paths: redactPaths, censor: '[redacted]' },
    base: { pid: process.pid },
  };
  if (opts.destination) return pino(options, opts.destination);
  if (opts.pretty) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } },
    });
  }
  // Synchronous writes: lines stay in order and none is lost when the process exits right after.
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

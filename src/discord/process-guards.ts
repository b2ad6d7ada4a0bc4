import type { Logger } from '../log.ts';

/**
 * A bot must outlive its bugs: an unhandled rejection or a stray exception is logged with its
 * stack, and the process keeps answering.
 */
export function installProcessGuards(log: Logger): void {
  process.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, 'unhandled promise rejection (kept running)');
  });
  process.on('uncaughtException', (err, origin) => {
    log.error({ err, origin }, 'uncaught exception (kept running)');
  });
}

/** SIGINT/SIGTERM: run `stop` once, then exit 0; a second signal exits at once. */
export function onShutdownSignal(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'signal received');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  // A shard whose manager is gone (killed, crashed) drains and exits rather than answer on alone.
  if (process.env.SHARDING_MANAGER === 'true' && process.send)
    process.once('disconnect', () => handler('SIGTERM'));
}

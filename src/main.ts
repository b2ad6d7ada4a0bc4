import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './log.ts';

// The corpus, the console and discord.js are imported only on the path that needs them, so a
// configuration mistake is reported at once.

const NO_TOKEN = [
  'No DISCORD_TOKEN is set, so the bot cannot log in to Discord.',
  'To run it on Discord: copy .env.example to .env, put your bot token in DISCORD_TOKEN and the',
  'Application ID in DISCORD_CLIENT_ID (docs/discord.md explains where to find them), then `npm start`.',
].join('\n');

function stop(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) stop(err.message);
    throw err;
  }

  // `--health`: a supervisor's check of the bot already running (HEALTH_PORT), not a second bot.
  if (process.argv.includes('--health')) {
    if (!config.HEALTH_PORT)
      stop('HEALTH_PORT is not set, so the bot serves no /health to ask: set it (e.g. 8788) in .env.');
    const { probeHealth } = await import('./health.ts');
    const health = await probeHealth(`http://127.0.0.1:${config.HEALTH_PORT}/health`);
    process.stdout.write(`${health.text}\n`);
    process.exit(health.ok ? 0 : 1);
  }

  // Neither a token nor an interactions endpoint (DISCORD_PUBLIC_KEY + INTERACTIONS_PORT): the console.
  if (!config.DISCORD_TOKEN && !config.interactions) {
    if (!process.stdin.isTTY || !process.stdout.isTTY) stop(NO_TOKEN);
    // The console owns stdout; logs go to stderr.
    const [{ Knowledge }, { runConsole }] = await Promise.all([
      import('./core/knowledge.ts'),
      import('./console.ts'),
    ]);
    const log = createLogger({
      level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL,
      destination: pino.destination(2),
    });
    const knowledge = await Knowledge.load([config.corpusDir], log, { cacheDir: config.cacheDir });
    await runConsole(knowledge, { banner: `${NO_TOKEN}\nMeanwhile, here is the local console.\n` });
    return;
  }

  const log = createLogger({ level: config.LOG_LEVEL, pretty: config.pretty, file: config.LOG_FILE });
  // SHARDS set, and not already a shard: one process per shard, each running this file.
  if (config.SHARDS && process.env.SHARDING_MANAGER !== 'true') {
    const { runShardManager } = await import('./discord/sharding.ts');
    await runShardManager(fileURLToPath(import.meta.url), config, log);
    return;
  }

  const [{ commands }, { StartupError, startBot }, { startInteractionsEndpoint }, guards] = await Promise.all(
    [
      import('../commands/index.ts'),
      import('./discord/bot.ts'),
      import('./discord/interactions-http.ts'),
      import('./discord/process-guards.ts'),
    ],
  );
  guards.installProcessGuards(log);

  try {
    const start = config.interactions ? startInteractionsEndpoint : startBot;
    const running = await start({ config, log, commands });
    let health: Server | null = null;
    if (config.HEALTH_PORT) {
      const { startHealthServer } = await import('./health.ts');
      const started = Date.now();
      health = await startHealthServer(config.HEALTH_PORT, () => {
        const discord =
          'client' in running ? (running.client.isReady() ? 'ready' : 'reconnecting') : 'endpoint';
        return {
          ok: discord !== 'reconnecting',
          discord,
          articles: running.corpus.current.articleCount,
          uptimeSeconds: Math.round((Date.now() - started) / 1000),
        };
      });
      log.info({ port: config.HEALTH_PORT }, 'health check at /health (loopback)');
    }
    guards.onShutdownSignal(log, async () => {
      await running.stop();
      health?.close();
    });
    // `systemctl reload` (ExecReload sends SIGHUP): read the corpus folder again now.
    process.on('SIGHUP', () => {
      log.info({ dir: config.corpusDir }, 'SIGHUP: reloading the corpus');
      void running.corpus.reload();
    });
  } catch (err) {
    if (err instanceof StartupError) {
      log.fatal({ err: { message: err.message } }, 'could not start');
      stop(err.message);
    }
    throw err;
  }
}

await main();

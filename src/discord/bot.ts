import { Client, DiscordAPIError, Events, GatewayIntentBits, type REST } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { BotContext, Command } from './command.ts';
import { CorpusHolder } from './corpus.ts';
import { Dispatcher } from './dispatcher.ts';
import { inviteUrl, permissionBits } from './invite.ts';
import { BotLimits } from './limits.ts';
import { PageStore } from './paging.ts';
import { LatencyWindow } from './rate-limit.ts';
import { registerCommands } from './registration.ts';
import { noPings } from './render.ts';

export class StartupError extends Error {
  override name = 'StartupError';
}

export interface BotOptions {
  config: Config;
  log: Logger;
  commands: readonly Command[];
  /** The clock questions are answered against; the system's unless a test fixes it. */
  now?: () => Date;
}

export interface Bot extends Answering {
  client: Client<true>;
  /** Stop taking work, let what is in flight finish, log out. */
  stop(): Promise<void>;
}

function createClient(config: Config): Client {
  return new Client({
    // Discord gives message content to messages that mention the bot: MessageContent is not needed.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: noPings,
    // A question deleted before its answer: answer in the channel rather than fail.
    failIfNotExists: false,
    // DISCORD_API_URL: a REST proxy; the gateway address then comes from its /gateway/bot.
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
}

function explainLoginFailure(err: unknown, config: Config): StartupError {
  const code = (err as { code?: unknown }).code;
  if (code === 'TokenInvalid' || (err instanceof DiscordAPIError && err.status === 401)) {
    return new StartupError(
      'Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy a fresh token from the developer portal ' +
        '(your application → Bot → Reset Token) into .env, without quotes.',
    );
  }
  if (code === 'DisallowedIntents') {
    return new StartupError(
      'Discord refused the gateway intents; this bot only needs Guilds and GuildMessages.',
    );
  }
  const where = config.DISCORD_API_URL ?? 'https://discord.com/api';
  return new StartupError(`Could not log in to Discord at ${where}: ${(err as Error).message}`);
}

function logGateway(client: Client, log: Logger, stopping: () => boolean): void {
  client.on(Events.ShardReconnecting, (shardId) => {
    // destroy() closes the gateway too: only a disconnect while running is news.
    if (!stopping()) log.warn({ shardId }, 'gateway disconnected; reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayedEvents) =>
    log.info({ shardId, replayedEvents }, 'gateway resumed'),
  );
  client.on(Events.ShardReady, (shardId) => log.info({ shardId }, 'gateway shard ready'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    log.error({ shardId, code: event.code }, 'gateway closed and will not reconnect'),
  );
  client.on(Events.ShardError, (err, shardId) => log.warn({ err, shardId }, 'gateway connection error'));
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  client.on(Events.Warn, (message) => log.warn({ detail: message }, 'client warning'));
  client.rest.on('rateLimited', (info) =>
    log.warn(
      { route: info.route, retryAfter: info.retryAfter, global: info.global },
      'Discord rate limit hit',
    ),
  );
}

/** Registers the commands when their definitions changed, and logs the invite URL. */
export async function registerAndInvite(rest: REST, opts: BotOptions, applicationId: string): Promise<void> {
  const { config, log } = opts;
  try {
    await registerCommands({
      rest,
      commands: opts.commands,
      target: { applicationId, guildId: config.DISCORD_GUILD_ID },
      cacheDir: config.cacheDir,
      log,
    });
  } catch (err) {
    // The bot still answers with whatever was registered before; the next start tries again.
    log.error({ err }, 'command registration failed; run `npm run deploy-commands` to retry');
  }
  log.info(
    { invite: inviteUrl(applicationId), permissions: permissionBits().toString() },
    'invite the bot with this URL (scopes bot + applications.commands)',
  );
}

/** What both front doors (the gateway and the HTTP interactions endpoint) answer with. */
export interface Answering {
  corpus: CorpusHolder;
  dispatcher: Dispatcher;
  /** Recent answer times; they decide whether interactions are deferred before answering. */
  latency: LatencyWindow;
}

/** Loads the corpus and builds the one dispatcher every interaction goes through. */
export async function openAnswering(opts: BotOptions): Promise<Answering> {
  const { config, log } = opts;
  const corpus = await CorpusHolder.open(config.corpusDir, log, config.cacheDir);
  const ctx: BotContext = {
    knowledge: () => corpus.current,
    now: opts.now ?? (() => new Date()),
    pages: new PageStore(config.cacheDir, log),
    latency: new LatencyWindow(),
    log,
  };
  return { corpus, dispatcher: new Dispatcher(opts.commands, ctx), latency: ctx.latency };
}

/** Stop taking questions, let those in flight finish (within the grace period), then `close`. */
export async function drain(answering: Answering, log: Logger, close: () => Promise<void>): Promise<void> {
  const { dispatcher, corpus } = answering;
  log.info({ inFlight: dispatcher.inFlight.size }, 'shutting down: no new questions');
  dispatcher.stopAccepting();
  corpus.close();
  const drained = await dispatcher.inFlight.drain(BotLimits.shutdownGraceMs);
  if (!drained) log.warn({ inFlight: dispatcher.inFlight.size }, 'gave up waiting for answers in flight');
  await close();
}

/** Loads the corpus, logs in, registers commands when they changed, starts watching the corpus. */
export async function startBot(opts: BotOptions): Promise<Bot> {
  const { config, log } = opts;
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_CLIENT_ID;
  if (!token || !applicationId) throw new StartupError('DISCORD_TOKEN and DISCORD_CLIENT_ID are required');

  const answering = await openAnswering(opts);
  const { corpus, dispatcher } = answering;
  const client = createClient(config);
  let stopping: Promise<void> | null = null;
  logGateway(client, log, () => stopping !== null);
  dispatcher.attach(client);

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(token);
  } catch (err) {
    await client.destroy();
    throw explainLoginFailure(err, config);
  }
  const readyClient = await ready;
  log.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'logged in');

  // Under a ShardingManager, shard 0 alone registers and logs the invite.
  if (!readyClient.shard || readyClient.shard.ids.includes(0)) {
    await registerAndInvite(readyClient.rest, opts, applicationId);
  }
  corpus.watch();

  const stop = () => {
    stopping ??= drain(answering, log, async () => {
      await client.destroy();
      log.info('logged out');
    });
    return stopping;
  };
  return { client: readyClient, corpus, dispatcher, latency: answering.latency, stop };
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIInteractionResponse,
  Client,
  DefaultRestOptions,
  Events,
  type Interaction,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type RESTOptions,
} from 'discord.js';
import { Strings } from '../answer/strings.ts';
import type { Logger } from '../log.ts';
import {
  type Answering,
  type BotOptions,
  drain,
  openAnswering,
  registerAndInvite,
  StartupError,
} from './bot.ts';
import { BotLimits } from './limits.ts';
import { noPings } from './render.ts';
import { checkSignature, publicKeyFromHex } from './signature.ts';

/**
 * Discord's "Interactions Endpoint URL": Discord POSTs each interaction here, signed, and waits for
 * the first answer in the HTTP response. A request needs nothing a previous one left in this process
 * (the corpus is read, answers are deterministic, follow-ups go by the interaction's own token), so
 * any number of replicas behind a load balancer can answer; the one exception, the question behind a
 * "More" button, belongs in the shared store.
 *
 * Interactions are answered by the same dispatcher and handlers as on the gateway: the payload
 * becomes the same discord.js interaction object, and the handler's first callback
 * (`reply`, `deferReply`, `update`, `respond` …) is caught on its way to the REST API and sent as
 * the HTTP response instead. Everything after it (editReply, followUp) goes to the webhook as usual.
 */

type MakeRequest = RESTOptions['makeRequest'];

export const INTERACTIONS_PATH = '/interactions';
export const HEALTH_PATH = '/health';

/** The fields of a payload this module reads; the rest is discord.js's business. */
interface Payload {
  id: string;
  type: number;
  token: string;
  application_id: string;
  entitlements?: unknown[];
}

function isPayload(v: unknown): v is Payload {
  const p = v as Partial<Payload> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.type === 'number' &&
    typeof p.id === 'string' &&
    typeof p.token === 'string' &&
    typeof p.application_id === 'string'
  );
}

/** What Discord is sent when the deadline comes before the handler's first answer. */
function acknowledgement(type: number): APIInteractionResponse {
  if (type === InteractionType.ApplicationCommandAutocomplete) {
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  }
  if (type === InteractionType.MessageComponent)
    return { type: InteractionResponseType.DeferredMessageUpdate };
  return { type: InteractionResponseType.DeferredChannelMessageWithSource };
}

/** One interaction's HTTP response, waiting for its first answer. */
class FirstAnswer {
  #res: ServerResponse | null;
  #timer: NodeJS.Timeout | null = null;
  /** Set when the deadline came first: the handler's answer then edits the acknowledgement. */
  acknowledgedAtDeadline = false;

  constructor(
    readonly payload: Payload,
    res: ServerResponse,
  ) {
    this.#res = res;
  }

  get answered(): boolean {
    return this.#res === null;
  }

  /** Sends `body` as the HTTP response; false when one was already sent. */
  send(body: APIInteractionResponse): boolean {
    const res = this.#res;
    if (!res) return false;
    this.#res = null;
    if (this.#timer) clearTimeout(this.#timer);
    sendJson(res, 200, body);
    return true;
  }

  /** Acknowledges by the deadline, so that a slow answer is not lost (it then arrives by webhook). */
  startDeadline(log: Logger, ms: number): void {
    const started = performance.now();
    this.#timer = setTimeout(() => {
      if (!this.send(acknowledgement(this.payload.type))) return;
      this.acknowledgedAtDeadline = true;
      log.info(
        { interactionId: this.payload.id, ms: Math.round(performance.now() - started) },
        'answer not ready in time: acknowledged, it will follow through the webhook',
      );
    }, ms);
  }
}

const CALLBACK = /\/interactions\/(\d+)\/([^/?]+)\/callback(?:\?|$)/;

/**
 * The interactions waiting for their first answer, and the REST hook that delivers it: a callback
 * for one of them becomes its HTTP response; any other request goes to the REST API untouched.
 */
class FirstAnswers {
  readonly #waiting = new Map<string, FirstAnswer>();

  add(answer: FirstAnswer): void {
    this.#waiting.set(answer.payload.id, answer);
  }

  delete(answer: FirstAnswer): void {
    if (this.#waiting.get(answer.payload.id) === answer) this.#waiting.delete(answer.payload.id);
  }

  intercept(next: MakeRequest): MakeRequest {
    return async (url, init) => {
      const m = CALLBACK.exec(url);
      const waiting = m ? this.#waiting.get(m[1] ?? '') : undefined;
      if (!m || !waiting || waiting.payload.token !== decodeURIComponent(m[2] ?? '')) return next(url, init);
      if (typeof init.body !== 'string') {
        throw new Error('an interaction answered over HTTP cannot carry files in its first response');
      }
      const body = JSON.parse(init.body) as APIInteractionResponse;
      if (waiting.send(body)) return new Response(null, { status: 204 });
      if (
        !waiting.acknowledgedAtDeadline ||
        (body.type !== InteractionResponseType.ChannelMessageWithSource &&
          body.type !== InteractionResponseType.UpdateMessage)
      ) {
        // A defer after the deadline's own acknowledgement: nothing more to tell Discord.
        return new Response(null, { status: 204 });
      }
      // Acknowledged at the deadline: the reply or update finishes that acknowledgement instead.
      const { application_id: app, token } = waiting.payload;
      const webhook = `${url.slice(0, m.index)}/webhooks/${app}/${token}`;
      const data = body.data ?? {};
      const forAskerOnly =
        body.type === InteractionResponseType.ChannelMessageWithSource &&
        ((data as { flags?: number }).flags ?? 0) & MessageFlags.Ephemeral;
      if (!forAskerOnly) {
        return next(`${webhook}/messages/@original`, {
          ...init,
          method: 'PATCH',
          body: JSON.stringify(data),
        });
      }
      // "Thinking…" is public and an edit cannot make it private: remove it, answer the asker alone.
      await next(`${webhook}/messages/@original`, { ...init, method: 'DELETE', body: null });
      return next(webhook, { ...init, method: 'POST', body: JSON.stringify(data) });
    };
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
}

class TooLarge extends Error {}

/** The raw body (the signature covers its exact bytes), refused past `limit` bytes. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * The discord.js interaction for a payload, made by the action the gateway's INTERACTION_CREATE
 * goes through, so handlers see exactly the objects they see on the gateway. discord.js has no
 * public "from raw payload" API; this internal one is pinned with discord.js's exact version.
 */
function toInteraction(client: Client, payload: Payload): Interaction | null {
  const actions = (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } })
    .actions;
  let made: Interaction | null = null;
  const take = (interaction: Interaction) => {
    made = interaction;
  };
  client.on(Events.InteractionCreate, take);
  try {
    // Entitlements are read through the application a gateway login fills in; the bot sells nothing.
    actions.InteractionCreate.handle({ ...payload, entitlements: [] });
  } finally {
    client.off(Events.InteractionCreate, take);
  }
  return made;
}

export interface InteractionsEndpoint extends Answering {
  /** Where it listens, e.g. http://127.0.0.1:8787/interactions. */
  url: string;
  /** Stop taking requests, let those in flight (and their follow-ups) finish, close. */
  stop(): Promise<void>;
}

export interface EndpointOptions extends BotOptions {
  /** When to acknowledge an interaction whose answer is not ready; BotLimits.acknowledgeAfterMs by default. */
  acknowledgeAfterMs?: number;
}

/** Loads the corpus, registers commands when a token is given, and serves POST /interactions. */
export async function startInteractionsEndpoint(opts: EndpointOptions): Promise<InteractionsEndpoint> {
  const { config, log } = opts;
  const acknowledgeAfterMs = opts.acknowledgeAfterMs ?? BotLimits.acknowledgeAfterMs;
  const settings = config.interactions;
  if (!settings) throw new StartupError('DISCORD_PUBLIC_KEY and INTERACTIONS_PORT are required');
  let key: ReturnType<typeof publicKeyFromHex>;
  try {
    key = publicKeyFromHex(settings.publicKey);
  } catch {
    throw new StartupError(
      'DISCORD_PUBLIC_KEY is not an Ed25519 public key: copy it again from the developer portal (General Information → Public Key)',
    );
  }

  const answering = await openAnswering(opts);
  const { dispatcher } = answering;
  const firstAnswers = new FirstAnswers();
  const client = new Client({
    intents: [],
    allowedMentions: noPings,
    rest: {
      ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
      makeRequest: firstAnswers.intercept(DefaultRestOptions.makeRequest),
    },
  });

  const answer = (payload: Payload, res: ServerResponse): void => {
    const interaction = toInteraction(client, payload);
    if (!interaction) {
      log.info(
        { interactionId: payload.id, type: payload.type },
        'interaction of a kind the bot does not handle',
      );
      sendText(res, 400, 'unsupported interaction');
      return;
    }
    const first = new FirstAnswer(payload, res);
    firstAnswers.add(first);
    first.startDeadline(log, acknowledgeAfterMs);
    const work = dispatcher.inFlight.track(dispatcher.interaction(interaction));
    void work.finally(() => {
      firstAnswers.delete(first);
      // The dispatcher answers every interaction it takes; should it not, Discord still hears back.
      if (!first.answered) {
        log.warn({ interactionId: payload.id, type: payload.type }, 'interaction finished without an answer');
        first.send(
          payload.type === InteractionType.ApplicationCommandAutocomplete
            ? acknowledgement(payload.type)
            : {
                type: InteractionResponseType.ChannelMessageWithSource,
                data: { content: Strings.apology, flags: MessageFlags.Ephemeral, allowed_mentions: noPings },
              },
        );
      }
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    // For the load balancer's health check (once draining starts, new connections are refused).
    if (path === HEALTH_PATH && req.method === 'GET') {
      return sendJson(res, 200, { status: 'ok', articles: answering.corpus.current.articleCount });
    }
    if (path !== INTERACTIONS_PATH) return sendText(res, 404, 'not found');
    if (req.method !== 'POST') return sendText(res, 405, 'use POST', { Allow: 'POST' });
    let body: Buffer;
    try {
      body = await readBody(req, BotLimits.interactionBodyBytes);
    } catch (err) {
      if (!(err instanceof TooLarge)) throw err;
      log.info({ remote: req.socket.remoteAddress }, 'refused a request body over the size limit');
      res.once('finish', () => req.destroy());
      return sendText(res, 413, 'request body too large', { Connection: 'close' });
    }
    const check = checkSignature(
      key,
      { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp') },
      body,
      Date.now(),
    );
    if (!check.ok) {
      // Discord itself sends badly signed requests when the URL is saved, to see them refused.
      log.info(
        { reason: check.reason, remote: req.socket.remoteAddress },
        'refused a request: bad signature',
      );
      return sendText(res, 401, 'invalid request signature');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      payload = null;
    }
    if (!isPayload(payload)) return sendText(res, 400, 'not an interaction');
    if (payload.type === InteractionType.Ping)
      return sendJson(res, 200, { type: InteractionResponseType.Pong });
    answer(payload, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error({ err }, 'interactions endpoint failed on a request');
      if (!res.headersSent) sendText(res, 500, 'internal error');
    });
  });
  server.requestTimeout = BotLimits.interactionRequestMs;
  server.headersTimeout = BotLimits.interactionRequestMs;
  await listen(server, settings.port, settings.host);
  const { port } = server.address() as AddressInfo;
  const shownHost =
    !settings.host || settings.host === '0.0.0.0' || settings.host === '::' ? '127.0.0.1' : settings.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}${INTERACTIONS_PATH}`;
  log.info({ url, port }, 'interactions endpoint listening; Discord reaches it through your HTTPS address');

  if (config.DISCORD_TOKEN && config.DISCORD_CLIENT_ID) {
    client.rest.setToken(config.DISCORD_TOKEN);
    await registerAndInvite(client.rest, opts, config.DISCORD_CLIENT_ID);
  } else {
    log.info(
      'no DISCORD_TOKEN: commands are not registered by this process (the one with the token does it)',
    );
  }
  answering.corpus.watch();

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      // No new connections; requests already in (and the follow-ups they started) are finished.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await drain(answering, log, async () => {
        server.closeAllConnections();
        await closed;
        await client.destroy();
        log.info('interactions endpoint closed');
      });
    })();
    return stopping;
  };
  return { ...answering, url, stop };
}

async function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const where = `${host ?? 'all interfaces'} port ${port}`;
      reject(
        new StartupError(
          err.code === 'EADDRINUSE'
            ? `INTERACTIONS_PORT ${port} is already in use on ${where}: stop what uses it, or pick another port`
            : `Could not listen on ${where} for interactions: ${err.message}`,
        ),
      );
    });
    server.listen(port, host, resolve);
  });
}

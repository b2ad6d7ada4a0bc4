/**
 * A small stand-in for Discord — REST API and gateway on 127.0.0.1 — that the real, unmodified
 * discord.js Client logs in to. Tests play Discord: they send interactions and messages down the
 * gateway and read what the bot sent back. It enforces the rules a bot most often breaks: the 3 s
 * deadline, double acknowledgement, message/embed/autocomplete/registration limits, and the token.
 */
import { type KeyObject, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export interface User {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export function makeUser(username: string, bot = false): User {
  return {
    id: snowflake(),
    username,
    discriminator: '0',
    global_name: username,
    avatar: null,
    ...(bot ? { bot } : {}),
  };
}

type Json = Record<string, unknown>;

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Json | null;
  authorized: boolean;
  status: number;
  at: number;
}

/** One message as the stand-in stores it (what the bot sent, or what a test posted). */
export type StoredMessage = Json & { id: string; channel_id: string; content: string };

export interface InteractionResponse {
  kind: 'callback' | 'edit' | 'followup' | 'delete';
  /** For callbacks: 4 reply, 5 defer, 6 deferred update, 7 update, 8 autocomplete. */
  type?: number;
  body: Json | null;
  status: number;
  at: number;
}

export class InteractionRecord {
  readonly responses: InteractionResponse[] = [];
  acknowledged = false;
  original: StoredMessage | null = null;
  readonly #waiters: (() => void)[] = [];

  constructor(
    readonly id: string,
    readonly token: string,
    readonly payload: Json,
    readonly sentAt: number,
  ) {}

  push(response: InteractionResponse): void {
    this.responses.push(response);
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Waits until `count` accepted responses (2xx) have arrived. */
  accepted(count = 1, timeoutMs = 5000): Promise<InteractionResponse[]> {
    return this.#until((r) => r.status < 300, count, timeoutMs);
  }

  /** Waits until `count` responses have arrived, accepted or refused. */
  responded(count = 1, timeoutMs = 5000): Promise<InteractionResponse[]> {
    return this.#until(() => true, count, timeoutMs);
  }

  async #until(
    which: (r: InteractionResponse) => boolean,
    count: number,
    timeoutMs: number,
  ): Promise<InteractionResponse[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ok = this.responses.filter(which);
      if (ok.length >= count) return ok;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(
          `interaction ${String(this.payload.type)}: ${ok.length}/${count} responses; got ${JSON.stringify(this.responses)}`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The first response's data (type 4/7/8), or after a defer, the edit that followed it. */
  async reply<T extends object = Json>(timeoutMs = 5000): Promise<{ type: number; data: T }> {
    const [first] = await this.accepted(1, timeoutMs);
    if (!first) throw new Error('no response');
    if (first.type === 5 || first.type === 6) {
      const [, second] = await this.accepted(2, timeoutMs);
      return { type: first.type, data: (second?.body ?? {}) as T };
    }
    return { type: first.type ?? 0, data: ((first.body?.data as Json) ?? {}) as T };
  }
}

/**
 * The headers Discord puts on a request to an Interactions Endpoint URL: the Ed25519 signature of
 * the timestamp (Unix seconds) followed by the exact body.
 */
export function signedHeaders(
  privateKey: KeyObject,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = sign(null, Buffer.from(`${timestamp}${body}`, 'utf8'), privateKey).toString('hex');
  return {
    'Content-Type': 'application/json',
    'X-Signature-Ed25519': signature,
    'X-Signature-Timestamp': String(timestamp),
  };
}

/** A public key as the developer portal shows it: the raw 32 bytes in hex (DER minus its 12-byte prefix). */
export function publicKeyHex(publicKey: KeyObject): string {
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
}

const GUILD_PERMISSIONS = '2248473465835073';

/** Discord's 400 Invalid Form Body for a message, or null when it is valid. */
function messageErrors(body: Json): string[] {
  const errors: string[] = [];
  const content = typeof body.content === 'string' ? body.content : '';
  if (content.length > 2000) errors.push(`content: ${content.length} > 2000`);
  const embeds = (body.embeds as Json[] | undefined) ?? [];
  if (embeds.length > 10) errors.push(`embeds: ${embeds.length} > 10`);
  let total = 0;
  embeds.forEach((e, i) => {
    const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);
    const check = (name: string, v: unknown, max: number) => {
      if (len(v) > max) errors.push(`embeds.${i}.${name}: ${len(v)} > ${max}`);
      total += len(v);
    };
    check('title', e.title, 256);
    check('description', e.description, 4096);
    check('footer.text', (e.footer as Json | undefined)?.text, 2048);
    check('author.name', (e.author as Json | undefined)?.name, 256);
    const fields = (e.fields as Json[] | undefined) ?? [];
    if (fields.length > 25) errors.push(`embeds.${i}.fields: ${fields.length} > 25`);
    fields.forEach((f, j) => {
      if (len(f.name) < 1) errors.push(`embeds.${i}.fields.${j}.name: empty`);
      if (len(f.value) < 1) errors.push(`embeds.${i}.fields.${j}.value: empty`);
      check(`fields.${j}.name`, f.name, 256);
      check(`fields.${j}.value`, f.value, 1024);
    });
  });
  if (total > 6000) errors.push(`embeds: ${total} characters > 6000`);
  const rows = (body.components as Json[] | undefined) ?? [];
  if (rows.length > 5) errors.push(`components: ${rows.length} rows > 5`);
  for (const row of rows) {
    const parts = (row.components as Json[] | undefined) ?? [];
    if (parts.length > 5) errors.push(`components: ${parts.length} in a row > 5`);
    for (const p of parts) {
      const id = typeof p.custom_id === 'string' ? p.custom_id : '';
      if (id.length < 1 || id.length > 100) errors.push(`custom_id length ${id.length}`);
      if (typeof p.label === 'string' && p.label.length > 80) errors.push(`label length ${p.label.length}`);
    }
  }
  if (!content && embeds.length === 0 && rows.length === 0 && !('flags' in body && body.content === ''))
    errors.push('empty message');
  return errors;
}

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function registrationErrors(commands: Json[]): string[] {
  const errors: string[] = [];
  if (commands.length > 100) errors.push('more than 100 commands');
  commands.forEach((c, i) => {
    const type = (c.type as number | undefined) ?? 1;
    const name = String(c.name ?? '');
    if (type === 1) {
      if (!NAME.test(name) || name !== name.toLowerCase()) errors.push(`${i}.name: "${name}"`);
      const d = String(c.description ?? '');
      if (d.length < 1 || d.length > 100) errors.push(`${i}.description length ${d.length}`);
      const options = (c.options as Json[] | undefined) ?? [];
      if (options.length > 25) errors.push(`${i}.options > 25`);
      let optionalSeen = false;
      options.forEach((o, j) => {
        const on = String(o.name ?? '');
        if (!NAME.test(on) || on !== on.toLowerCase()) errors.push(`${i}.options.${j}.name: "${on}"`);
        const od = String(o.description ?? '');
        if (od.length < 1 || od.length > 100)
          errors.push(`${i}.options.${j}.description length ${od.length}`);
        if (o.required === true && optionalSeen) errors.push(`${i}.options.${j}: required after optional`);
        if (o.required !== true) optionalSeen = true;
      });
    } else if (name.length < 1 || name.length > 32) {
      errors.push(`${i}.name: "${name}"`);
    }
  });
  return errors;
}

interface Session {
  id: string;
  seq: number;
  ws: WebSocket | null;
  events: { s: number; t: string; d: unknown }[];
}

export interface StandInOptions {
  token?: string;
  /** Discord's 3 s deadline for the first response to an interaction. */
  deadlineMs?: number;
}

export class DiscordStandIn {
  readonly token: string;
  /** How long an interaction may wait for its first response (a test may shorten it for a while). */
  deadlineMs: number;
  readonly applicationId = snowflake();
  readonly botUser = makeUser('Newsdesk', true);
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly threadId = snowflake();
  readonly owner = makeUser('owner');
  readonly requests: Recorded[] = [];
  /** Gateway ops received from the client (2 identify, 6 resume, …). */
  readonly gatewayOps: number[] = [];
  /** The IDENTIFY payloads received (token, intents, …). */
  readonly identifies: Json[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly messages = new Map<string, StoredMessage>();
  readonly #server: Server;
  readonly #wss = new WebSocketServer({ noServer: true });
  #session: Session | null = null;
  #port = 0;
  readonly #listeners = new Set<() => void>();
  #commandIds = new Map<string, string>();
  #endpoint: { urls: string[]; privateKey: KeyObject; next: number } | null = null;
  #webhookHold: Promise<void> | null = null;
  /** Webhook requests (follow-ups, edits) waiting for `holdWebhooks`' release. */
  heldWebhooks = 0;

  private constructor(opts: StandInOptions) {
    this.token =
      opts.token ??
      `${Buffer.from(this.applicationId).toString('base64url')}.stand-in.${randomBytes(8).toString('hex')}`;
    this.deadlineMs = opts.deadlineMs ?? 3000;
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: String(err), code: 0 }));
      });
    });
    this.#server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#connect(ws));
    });
  }

  static async start(opts: StandInOptions = {}): Promise<DiscordStandIn> {
    const d = new DiscordStandIn(opts);
    await new Promise<void>((resolve) => d.#server.listen(0, '127.0.0.1', resolve));
    d.#port = (d.#server.address() as AddressInfo).port;
    return d;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  async close(): Promise<void> {
    for (const ws of this.#wss.clients) ws.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #changed(): void {
    for (const l of [...this.#listeners]) l();
  }

  /** Waits until `check` returns something truthy (re-checked whenever the stand-in sees traffic). */
  async waitFor<T>(
    check: () => T | undefined | null | false,
    timeoutMs = 5000,
    what = 'condition',
  ): Promise<T> {
    const first = check();
    if (first) return first;
    return new Promise<T>((resolve, reject) => {
      const listener = () => {
        const v = check();
        if (v) {
          cleanup();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.#listeners.delete(listener);
      };
      this.#listeners.add(listener);
    });
  }

  // ---------------------------------------------------------------- REST

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Json | null = null;
    if (raw) {
      const type = req.headers['content-type'] ?? '';
      if (type.includes('multipart/form-data')) {
        const m = /name="payload_json"[^\n]*\r?\n(?:[^\n]*\r?\n)*?\r?\n([\s\S]*?)\r?\n--/.exec(raw);
        body = m?.[1] ? (JSON.parse(m[1]) as Json) : {};
      } else body = JSON.parse(raw) as Json;
    }
    if (this.#webhookHold && path.startsWith('/webhooks/')) {
      this.heldWebhooks++;
      this.#changed();
      await this.#webhookHold;
      this.heldWebhooks--;
    }
    const authorized = req.headers.authorization === `Bot ${this.token}`;
    const record: Recorded = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      authorized,
      status: 0,
      at: Date.now(),
    };
    const send = (status: number, payload?: unknown) => {
      record.status = status;
      this.requests.push(record);
      if (payload === undefined) {
        res.writeHead(status);
        res.end();
      } else {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(payload));
      }
      this.#changed();
    };
    const invalid = (errors: string[]) => send(400, { message: 'Invalid Form Body', code: 50035, errors });
    const needsBot = () => {
      if (authorized) return false;
      send(401, { message: '401: Unauthorized', code: 0 });
      return true;
    };
    const m = (re: RegExp) => re.exec(`${record.method} ${path}`);
    let r: RegExpExecArray | null;

    if (m(/^GET \/gateway\/bot$/)) {
      if (needsBot()) return;
      return send(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    r = m(/^PUT \/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (r) {
      if (needsBot()) return;
      if (r[1] !== this.applicationId) return send(403, { message: 'Missing Access', code: 50001 });
      const list = (body as unknown as Json[]) ?? [];
      const errors = registrationErrors(list);
      if (errors.length) return invalid(errors);
      return send(
        200,
        list.map((c) => {
          const key = String(c.name);
          if (!this.#commandIds.has(key)) this.#commandIds.set(key, snowflake());
          return {
            ...c,
            id: this.#commandIds.get(key),
            application_id: this.applicationId,
            version: snowflake(),
            ...(r?.[2] ? { guild_id: r[2] } : {}),
          };
        }),
      );
    }
    r = m(/^POST \/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (r) {
      const rec = this.interactions.get(r[1] ?? '');
      if (!rec || rec.token !== r[2]) return send(404, { message: 'Unknown interaction', code: 10062 });
      const respond = (status: number, payload?: unknown) => {
        rec.push({ kind: 'callback', type: body?.type as number, body, status, at: Date.now() });
        send(status, payload);
      };
      const [status, payload] = this.#acknowledge(
        rec,
        body,
        url.searchParams.get('with_response') === 'true',
      );
      return respond(status, payload);
    }
    r = m(/^(PATCH|DELETE) \/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/);
    if (r) {
      const rec = [...this.interactions.values()].find((i) => i.token === r?.[3]);
      const push = (status: number, payload?: unknown) => {
        rec?.push({ kind: r?.[1] === 'PATCH' ? 'edit' : 'delete', body, status, at: Date.now() });
        send(status, payload);
      };
      if (!rec?.acknowledged || r[2] !== this.applicationId)
        return push(404, { message: 'Unknown Webhook', code: 10015 });
      if (r[1] === 'DELETE') return push(204);
      const errors = messageErrors({ ...(rec.original ?? {}), ...body });
      if (errors.length) return push(400, { message: 'Invalid Form Body', code: 50035, errors });
      const base = rec.original ?? this.#botMessage(rec, {});
      rec.original = this.#storeMessage({
        ...base,
        ...body,
        id: r[4] === '@original' ? base.id : (r[4] ?? base.id),
      });
      return push(200, rec.original);
    }
    r = m(/^POST \/webhooks\/(\d+)\/([^/]+)$/);
    if (r) {
      const rec = [...this.interactions.values()].find((i) => i.token === r?.[2]);
      const push = (status: number, payload?: unknown) => {
        rec?.push({ kind: 'followup', body, status, at: Date.now() });
        send(status, payload);
      };
      if (!rec?.acknowledged) return push(404, { message: 'Unknown Webhook', code: 10015 });
      const errors = messageErrors(body ?? {});
      if (errors.length) return push(400, { message: 'Invalid Form Body', code: 50035, errors });
      return push(200, this.#storeMessage(this.#botMessage(rec, body ?? {})));
    }
    r = m(/^POST \/channels\/(\d+)\/messages$/);
    if (r) {
      if (needsBot()) return;
      const errors = messageErrors(body ?? {});
      if (errors.length) return invalid(errors);
      const message = this.#storeMessage({
        ...this.#messageBase(r[1] ?? '', this.botUser),
        ...body,
        ...(body?.message_reference ? { type: 19 } : {}),
      } as StoredMessage);
      return send(200, message);
    }
    r = m(/^GET \/channels\/(\d+)\/messages\/(\d+)$/);
    if (r) {
      if (needsBot()) return;
      const message = this.messages.get(r[2] ?? '');
      if (!message) return send(404, { message: 'Unknown Message', code: 10008 });
      return send(200, this.#asSeenByBot(message));
    }
    return send(404, { message: '404: Not Found', code: 0 });
  }

  /** Discord's checks on the first response to an interaction (by callback, or in the HTTP response). */
  #acknowledge(rec: InteractionRecord, body: Json | null, withResponse: boolean): [number, unknown?] {
    if (Date.now() - rec.sentAt > this.deadlineMs)
      return [404, { message: 'Unknown interaction', code: 10062 }];
    if (rec.acknowledged)
      return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    const type = body?.type as number;
    const data = (body?.data as Json | undefined) ?? {};
    if (type === 8) {
      const choices = (data.choices as Json[] | undefined) ?? [];
      const errors: string[] = [];
      if (choices.length > 25) errors.push(`choices: ${choices.length} > 25`);
      for (const c of choices) {
        const name = typeof c.name === 'string' ? c.name : '';
        if (name.length < 1 || name.length > 100) errors.push(`choice name length ${name.length}`);
        if (typeof c.value === 'string' && c.value.length > 100)
          errors.push(`choice value length ${c.value.length}`);
      }
      if (errors.length) return [400, { message: 'Invalid Form Body', code: 50035, errors }];
    } else if (type === 4 || type === 7) {
      const errors = messageErrors(data);
      if (errors.length) return [400, { message: 'Invalid Form Body', code: 50035, errors }];
    } else if (type !== 5 && type !== 6) {
      return [400, { message: `unsupported callback type ${type}`, code: 50035 }];
    }
    rec.acknowledged = true;
    if (type === 4 || type === 5) rec.original = this.#storeMessage(this.#botMessage(rec, data));
    if (withResponse) {
      return [
        200,
        { interaction: { id: rec.id, type: rec.payload.type }, resource: { type, message: rec.original } },
      ];
    }
    return [204];
  }

  #messageBase(channelId: string, author: User): StoredMessage {
    return {
      id: snowflake(),
      channel_id: channelId,
      author,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
  }

  #botMessage(rec: InteractionRecord, data: Json): StoredMessage {
    return {
      ...this.#messageBase(String(rec.payload.channel_id), this.botUser),
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      type: 20,
      ...data,
    } as StoredMessage;
  }

  #storeMessage(message: StoredMessage): StoredMessage {
    this.messages.set(message.id, message);
    return message;
  }

  /** Discord blanks message content for bots without the MessageContent intent, unless it mentions them. */
  #asSeenByBot(message: StoredMessage): StoredMessage {
    const mentionsBot = ((message.mentions as User[] | undefined) ?? []).some(
      (u) => u.id === this.botUser.id,
    );
    const byBot = (message.author as User | undefined)?.id === this.botUser.id;
    return mentionsBot || byBot ? message : { ...message, content: '', embeds: [] };
  }

  /** Messages the bot posted in a channel (message.reply / channel.send). */
  botMessagesIn(channelId: string): StoredMessage[] {
    return [...this.messages.values()].filter(
      (m) =>
        m.channel_id === channelId && (m.author as User).id === this.botUser.id && m.webhook_id === undefined,
    );
  }

  // ---------------------------------------------------------------- gateway

  #connect(ws: WebSocket): void {
    const send = (payload: unknown) => ws.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null });
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number; d: Json };
      this.gatewayOps.push(msg.op);
      if (msg.op === 1) send({ op: 11, d: null, s: null, t: null });
      else if (msg.op === 2) {
        this.identifies.push(msg.d);
        if (msg.d.token !== this.token) return ws.close(4004, 'Authentication failed.');
        const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, ws, events: [] };
        this.#session = session;
        this.#dispatch('READY', {
          v: 10,
          user: { ...this.botUser, flags: 0, verified: true, mfa_enabled: false },
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
          relationships: [],
        });
        this.#dispatch('GUILD_CREATE', this.#guild());
      } else if (msg.op === 6) {
        const session = this.#session;
        if (!session || msg.d.session_id !== session.id || msg.d.token !== this.token) {
          send({ op: 9, d: false, s: null, t: null });
          return;
        }
        session.ws = ws;
        const since = Number(msg.d.seq ?? 0);
        for (const e of session.events.filter((e) => e.s > since)) send({ op: 0, ...e });
        this.#dispatch('RESUMED', {});
      }
      this.#changed();
    });
  }

  #dispatch(t: string, d: unknown): void {
    const session = this.#session;
    if (!session) throw new Error('no gateway session');
    const event = { s: ++session.seq, t, d };
    session.events.push(event);
    if (session.events.length > 200) session.events.shift();
    if (session.ws && session.ws.readyState === session.ws.OPEN)
      session.ws.send(JSON.stringify({ op: 0, ...event }));
  }

  /** Drops the gateway connection abruptly, as a network failure would; the client should resume. */
  dropGateway(): void {
    const ws = this.#session?.ws;
    if (this.#session) this.#session.ws = null;
    ws?.terminate();
  }

  get connected(): boolean {
    return this.#session?.ws?.readyState === 1;
  }

  #guild(): Json {
    const channel = this.#channel();
    return {
      id: this.guildId,
      name: 'Newsroom',
      icon: null,
      owner_id: this.owner.id,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      nsfw_level: 0,
      preferred_locale: 'en-US',
      roles: [
        {
          id: this.guildId,
          name: '@everyone',
          permissions: GUILD_PERMISSIONS,
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      channels: [channel],
      threads: [
        {
          id: this.threadId,
          type: 11,
          guild_id: this.guildId,
          parent_id: this.channelId,
          owner_id: this.owner.id,
          name: 'Kurdistan coverage',
          last_message_id: null,
          message_count: 0,
          member_count: 1,
          rate_limit_per_user: 0,
          flags: 0,
          thread_metadata: {
            archived: false,
            auto_archive_duration: 1440,
            archive_timestamp: new Date().toISOString(),
            locked: false,
          },
        },
      ],
      members: [this.#member(this.botUser)],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
    };
  }

  #channel(): Json {
    return {
      id: this.channelId,
      type: 0,
      guild_id: this.guildId,
      name: 'news',
      position: 0,
      permission_overwrites: [],
      parent_id: null,
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
    };
  }

  #member(user: User): Json {
    return {
      user,
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
    };
  }

  // ---------------------------------------------------------------- what tests do

  #interaction(type: number, data: Json, user: User, extra: Json = {}): InteractionRecord {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb24.${randomBytes(24).toString('base64url')}`;
    const payload: Json = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      data,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: this.#channel(),
      member: { ...this.#member(user), permissions: GUILD_PERMISSIONS },
      app_permissions: GUILD_PERMISSIONS,
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 10485760,
      ...extra,
    };
    const rec = new InteractionRecord(id, token, payload, Date.now());
    this.interactions.set(id, rec);
    if (this.#endpoint) void this.#deliver(rec, this.#endpoint);
    else this.#dispatch('INTERACTION_CREATE', payload);
    return rec;
  }

  /**
   * From now on interactions are POSTed, signed with `privateKey`, as Discord does once an
   * Interactions Endpoint URL is set, instead of arriving on the gateway. Several URLs take turns,
   * as replicas behind a load balancer would.
   */
  deliverTo(urls: string | string[], privateKey: KeyObject): void {
    this.#endpoint = { urls: [urls].flat(), privateKey, next: 0 };
  }

  /** Webhook requests wait until the returned function is called (an answer still in flight). */
  holdWebhooks(): () => void {
    let release: () => void = () => {};
    this.#webhookHold = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.#webhookHold = null;
      release();
    };
  }

  /** The endpoint's HTTP response is the first response, under the same rules as a callback. */
  async #deliver(
    rec: InteractionRecord,
    endpoint: { urls: string[]; privateKey: KeyObject; next: number },
  ): Promise<void> {
    const body = JSON.stringify(rec.payload);
    const url = endpoint.urls[endpoint.next++ % endpoint.urls.length] ?? '';
    let status: number;
    let answer: Json | null = null;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: signedHeaders(endpoint.privateKey, body),
        body,
      });
      status = res.status;
      const text = await res.text();
      if (res.headers.get('content-type')?.startsWith('application/json')) answer = JSON.parse(text) as Json;
    } catch {
      status = 502;
    }
    if (status === 200 && answer) {
      const [accepted] = this.#acknowledge(rec, answer, false);
      status = accepted === 204 ? 200 : accepted;
    }
    rec.push({ kind: 'callback', type: answer?.type as number, body: answer, status, at: Date.now() });
    this.#changed();
  }

  #commandId(name: string): string {
    return this.#commandIds.get(name) ?? snowflake();
  }

  /** A slash command, as a member types it. */
  command(name: string, options: Record<string, string>, user: User = this.owner): InteractionRecord {
    return this.#interaction(
      2,
      {
        id: this.#commandId(name),
        name,
        type: 1,
        options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })),
      },
      user,
    );
  }

  /** Autocomplete while the member types into `focused`. */
  autocomplete(
    name: string,
    options: Record<string, string>,
    focused: string,
    user: User = this.owner,
  ): InteractionRecord {
    return this.#interaction(
      4,
      {
        id: this.#commandId(name),
        name,
        type: 1,
        options: Object.entries(options).map(([n, value]) => ({
          name: n,
          type: 3,
          value,
          ...(n === focused ? { focused: true } : {}),
        })),
      },
      user,
    );
  }

  /** A message context-menu command on `message`. */
  messageCommand(name: string, message: StoredMessage, user: User = this.owner): InteractionRecord {
    return this.#interaction(
      2,
      {
        id: this.#commandId(name),
        name,
        type: 3,
        target_id: message.id,
        resolved: { messages: { [message.id]: message } },
      },
      user,
    );
  }

  /** A click on a button of a message the bot sent. */
  click(message: StoredMessage, customId: string, user: User = this.owner): InteractionRecord {
    return this.#interaction(3, { custom_id: customId, component_type: 2 }, user, {
      message,
      channel_id: message.channel_id,
    });
  }

  /** A member posts a message; content is blanked for the bot unless it mentions the bot, as Discord does. */
  post(
    author: User,
    content: string,
    opts: { channelId?: string; mentionBot?: boolean; replyTo?: StoredMessage } = {},
  ): StoredMessage {
    const channelId = opts.channelId ?? this.channelId;
    const mentions = opts.mentionBot ? [{ ...this.botUser, member: this.#member(this.botUser) }] : [];
    const message: StoredMessage = {
      ...this.#messageBase(channelId, author),
      guild_id: this.guildId,
      content,
      mentions,
      mention_everyone: content.includes('@everyone'),
      ...(opts.replyTo
        ? {
            type: 19,
            message_reference: {
              type: 0,
              message_id: opts.replyTo.id,
              channel_id: opts.replyTo.channel_id,
              guild_id: this.guildId,
            },
            referenced_message: opts.replyTo,
          }
        : {}),
    };
    this.#storeMessage(message);
    // Over an interactions endpoint alone, no gateway session hears messages.
    if (!this.#session && this.#endpoint) return message;
    const { referenced_message, ...rest } = message;
    const seen = this.#asSeenByBot(message);
    this.#dispatch('MESSAGE_CREATE', {
      ...rest,
      content: seen.content,
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      ...(referenced_message ? { referenced_message } : {}),
    });
    return message;
  }

  /** Sends any gateway op to the client (e.g. 7: reconnect). */
  gatewayOp(op: number, d: unknown = null): void {
    this.#session?.ws?.send(JSON.stringify({ op, d, s: null, t: null }));
  }
}

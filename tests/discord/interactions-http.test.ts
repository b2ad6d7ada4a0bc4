/**
 * The HTTP interactions endpoint end to end: started as `npm start` starts it with DISCORD_PUBLIC_KEY
 * and INTERACTIONS_PORT, on a loopback port. The stand-in plays Discord: it POSTs interactions signed
 * with a key made in the harness, and serves the webhook the follow-ups go to.
 */
import { generateKeyPairSync } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.ts';
import { listSpeakers, whoSaid } from '../../src/answer/index.ts';
import { Knowledge } from '../../src/core/knowledge.ts';
import { defineChatCommand } from '../../src/discord/command.ts';
import { BotLimits } from '../../src/discord/limits.ts';
import { answerInteraction } from '../../src/discord/respond.ts';
import {
  type EndpointHarness,
  EPHEMERAL,
  NO_PINGS,
  type Payload,
  plain,
  SEEDS,
  startEndpointHarness,
} from './harness.ts';
import { makeUser, type StoredMessage, signedHeaders, snowflake } from './stand-in.ts';

const TITLE = 'Iran Amb. to Iraq dismisses claims of land operation in Kurdistan';
const SOURCE_FILE = '`seeds/000_1428a1c93f5937bd.txt`';
const CITATION = `**${TITLE}** — ¶3\n${SOURCE_FILE}`;

/** A question whose answer waits for the test's go-ahead: an answer slower than Discord's deadline. */
let release: () => void = () => {};
const held = defineChatCommand({
  data: {
    name: 'held-who-said',
    description: 'Answers /who-said once the test lets it (test only)',
    options: [{ type: 3, name: 'topic', description: 'what was said' }],
  } as const,
  async execute(interaction, args, ctx) {
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    return answerInteraction(interaction, { command: 'who-said', topic: args.topic ?? '' }, ctx);
  },
});

let h: EndpointHarness;
let k: Knowledge;

beforeAll(async () => {
  // A short deadline, so the held answer is acknowledged soon; an ordinary answer needs no timer turn.
  [h, k] = await Promise.all([
    startEndpointHarness({ commands: [...commands, held], acknowledgeAfterMs: 1000 }),
    Knowledge.load([SEEDS]),
  ]);
});
afterAll(async () => {
  await h?.close();
});

/** POSTs `body` to the endpoint as Discord would, with the given headers. */
async function post(
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  const res = await fetch(h.endpoint.url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

const ping = () =>
  JSON.stringify({ id: snowflake(), application_id: h.d.applicationId, type: 1, token: 'ping', version: 1 });

/** Callbacks the bot sent to the REST API: over HTTP the first answer is the HTTP response instead. */
const restCallbacks = () => h.d.requests.filter((r) => r.path.endsWith('/callback'));

describe('signature', () => {
  test('PING signed with the application key → {"type":1}', async () => {
    const body = ping();
    const res = await post(body, signedHeaders(h.privateKey, body));
    expect(res).toEqual({ status: 200, text: '{"type":1}' });
  });

  test('no signature, another key, a changed body or a stale timestamp → 401', async () => {
    const body = ping();
    const other = generateKeyPairSync('ed25519').privateKey;
    const stale = Math.floor(Date.now() / 1000) - BotLimits.signatureMaxAgeSec - 60;
    const good = signedHeaders(h.privateKey, body);
    const refused = {
      missing: await post(body, { 'Content-Type': 'application/json' }),
      'another key': await post(body, signedHeaders(other, body)),
      'changed body': await post(body.replace('"type":1', '"type":2'), good),
      'stale timestamp': await post(body, signedHeaders(h.privateKey, body, stale)),
      'garbage signature': await post(body, { ...good, 'X-Signature-Ed25519': 'zz' }),
    };
    for (const res of Object.values(refused))
      expect(res).toEqual({ status: 401, text: 'invalid request signature\n' });
    expect(h.logs.find('refused a request: bad signature').map((l) => l.reason)).toEqual(
      expect.arrayContaining(['missing', 'mismatch', 'stale', 'malformed']),
    );
  });

  test('a body over the size limit → 413; other methods and paths are refused', async () => {
    const big = 'x'.repeat(BotLimits.interactionBodyBytes + 1);
    expect((await post(big, signedHeaders(h.privateKey, big))).status).toBe(413);
    const get = await fetch(h.endpoint.url);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await fetch(h.endpoint.url.replace('/interactions', '/other'), { method: 'POST' })).status).toBe(
      404,
    );
  });

  test('GET /health tells a load balancer the replica is ready, and how many articles it answers from', async () => {
    const res = await fetch(h.endpoint.url.replace('/interactions', '/health'));
    expect([res.status, await res.json()]).toEqual([200, { status: 'ok', articles: k.articleCount }]);
  });
});

describe('answers through the same dispatcher as the gateway', () => {
  test('/who-said "ground operation" → the quote, cited, in the HTTP response, pinging nobody', async () => {
    const rec = h.d.command('who-said', { topic: 'ground operation' }, makeUser('reader'));
    const { type, data } = await rec.reply<Payload>();
    expect(type).toBe(4);
    expect(data.allowed_mentions).toEqual(NO_PINGS);
    expect(data.content).toBe('**Who said** “ground operation”');
    const embed = data.embeds?.find((e) => plain(e.description).includes('The issue of ground advance'));
    expect(embed?.title).toBe('Mohammad Kazem Al-e Sadeq');
    expect(embed?.fields?.find((f) => f.name === 'Source')?.value).toBe(CITATION);
    expect(restCallbacks()).toEqual([]);
  });

  test('autocomplete → the speakers of the corpus', async () => {
    const { type, data } = await h.d
      .autocomplete('who-said', { speaker: 'sadeq' }, 'speaker')
      .reply<{ choices: { name: string; value: string }[] }>();
    expect(type).toBe(8);
    expect(data.choices.map((c) => c.value)).toEqual(listSpeakers(k, 'sadeq', 25));
    expect(data.choices.map((c) => c.value)).toEqual(['Mohammad Kazem Al-e Sadeq']);
  });

  test('"Find source" on a message → the article and paragraph', async () => {
    const message = h.d.post(
      makeUser('poster'),
      'Apparently they said: we always try to settle problems through dialogue with our brothers in Iraq',
    );
    const { type, data } = await h.d.messageCommand('Find source', message).reply<Payload>();
    expect(type).toBe(4);
    expect(data.embeds?.[0]?.title).toBe(TITLE);
    expect(data.embeds?.[0]?.fields?.[0]?.value).toBe(`¶6\n${SOURCE_FILE}`);
  });

  test('"More" updates the message in place (type 7)', async () => {
    const reader = makeUser('pager');
    const first = h.d.command('source', { text: 'terrorist groups' }, reader);
    const page1 = await first.reply<Payload>();
    const more = page1.data.components?.[0]?.components ?? [];
    expect(more.map((b) => b.label)).toEqual(['More']);
    const page2 = await h.d
      .click(first.original as StoredMessage, more[0]?.custom_id ?? '', reader)
      .reply<Payload>();
    expect(page2.type).toBe(7);
    expect(page2.data.embeds?.at(-1)?.footer?.text).toMatch(/^Results 6–\d+ of \d+$/);
    expect(page2.data.allowed_mentions).toEqual(NO_PINGS);
  });

  test('the interaction token never appears in the logs', () => {
    const tokens = [...h.d.interactions.values()].map((i) => i.token);
    expect(tokens.length).toBeGreaterThan(3);
    const logged = h.logs.raw.join('\n');
    for (const token of tokens) expect(logged).not.toContain(token);
    expect(logged).not.toContain(h.d.token);
  });
});

describe('slow answers', () => {
  test('after slow answers the bot defers (type 5) and finishes by editing @original through the webhook', async () => {
    h.endpoint.latency.record(BotLimits.deferAboveMs + 1000);
    const rec = h.d.command('who-said', { topic: 'ground operation' });
    const { type, data } = await rec.reply<Payload>();
    expect(type).toBe(5);
    expect(rec.responses.map((r) => [r.kind, r.status])).toEqual([
      ['callback', 200],
      ['edit', 200],
    ]);
    const edit = h.d.requests.find((r) => r.method === 'PATCH' && r.path.includes(rec.token));
    expect(edit?.path).toBe(`/webhooks/${h.d.applicationId}/${rec.token}/messages/@original`);
    expect(data.allowed_mentions).toEqual(NO_PINGS);
    const embed = data.embeds?.find((e) => plain(e.description).includes('The issue of ground advance'));
    expect(embed?.fields?.find((f) => f.name === 'Source')?.value).toBe(CITATION);
  });

  test('an answer not ready by the deadline is acknowledged, then arrives as the edit of @original', async () => {
    const rec = h.d.command('held-who-said', { topic: 'ground operation' });
    const [ack] = await rec.accepted(1);
    expect([ack?.kind, ack?.type, ack?.status]).toEqual(['callback', 5, 200]);
    release();
    const [, edit] = await rec.accepted(2);
    expect([edit?.kind, edit?.status]).toEqual(['edit', 200]);
    const body = edit?.body as Payload;
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    expect(body.content).toBe('**Who said** “ground operation”');
    const embed = body.embeds?.find((e) => plain(e.description).includes('The issue of ground advance'));
    expect(embed?.fields?.find((f) => f.name === 'Source')?.value).toBe(CITATION);
    expect(restCallbacks()).toEqual([]);
  });

  test('a late answer meant for the asker alone replaces the public "thinking…" privately', async () => {
    const rec = h.d.command('held-who-said', { topic: 'xyzzy quux' });
    const [ack] = await rec.accepted(1);
    expect([ack?.type, ack?.status]).toEqual([5, 200]);
    release();
    const responses = await rec.accepted(3);
    expect(responses.map((r) => [r.kind, r.status])).toEqual([
      ['callback', 200],
      ['delete', 204],
      ['followup', 200],
    ]);
    const body = responses[2]?.body as Payload;
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    expect(body.content).toBe(
      `I found nothing for “xyzzy quux”. ${whoSaid(k, { topic: 'xyzzy quux' }).suggestion}`,
    );
  });
});

describe('scale and shutdown', () => {
  test('two replicas behind one address answer alike, each finishing its own deferred answers', async () => {
    const a = await startEndpointHarness();
    const b = await startEndpointHarness({ standIn: a.d, privateKey: a.privateKey });
    try {
      a.d.deliverTo([a.endpoint.url, b.endpoint.url], a.privateKey);
      b.endpoint.latency.record(BotLimits.deferAboveMs + 1000);
      const onA = a.d.command('who-said', { topic: 'ground operation' });
      const onB = a.d.command('who-said', { topic: 'ground operation' });
      const [fromA, fromB] = await Promise.all([onA.reply<Payload>(), onB.reply<Payload>()]);
      // Only replica b has seen slow answers: the deferred one is b's, finished by b through the webhook.
      expect([fromA.type, fromB.type]).toEqual([4, 5]);
      for (const { data } of [fromA, fromB]) {
        const embed = data.embeds?.find((e) => plain(e.description).includes('The issue of ground advance'));
        expect(embed?.fields?.find((f) => f.name === 'Source')?.value).toBe(CITATION);
      }
    } finally {
      await b.close();
      await a.close();
    }
  });

  test('stop: no new connections, and the answer in flight is finished before it returns', async () => {
    const e = await startEndpointHarness();
    try {
      e.endpoint.latency.record(BotLimits.deferAboveMs + 1000);
      const release = e.d.holdWebhooks();
      const rec = e.d.command('who-said', { topic: 'ground operation' });
      const [ack] = await rec.accepted(1);
      expect([ack?.type, ack?.status]).toEqual([5, 200]);
      await e.d.waitFor(() => e.d.heldWebhooks > 0, 5000, 'the follow-up');
      let stopped = false;
      const stopping = e.endpoint.stop().then(() => {
        stopped = true;
      });
      const refused = await new Promise<string>((resolve) => {
        const req = request(e.endpoint.url, { method: 'POST', agent: false }, () => resolve('answered'));
        req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
        req.end('{}');
      });
      expect(refused).toBe('ECONNREFUSED');
      expect(stopped).toBe(false);
      expect(e.logs.find('interactions endpoint closed')).toEqual([]);
      release();
      await stopping;
      expect(rec.responses.map((r) => [r.kind, r.status])).toEqual([
        ['callback', 200],
        ['edit', 200],
      ]);
      expect(e.logs.find('interactions endpoint closed')).toHaveLength(1);
    } finally {
      await e.close();
    }
  });
});

/**
 * The stand-in holds the bot to Discord's rules: these handlers break them on purpose, through the
 * real client, and the stand-in refuses them as Discord would (so the other tests would catch it).
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { defineChatCommand } from '../../src/discord/command.ts';
import { type Harness, startHarness } from './harness.ts';
import { DiscordStandIn } from './stand-in.ts';

/**
 * Shorter than Discord's 3 s to keep the suite quick, yet long enough that the handlers meant to be
 * on time are on time on a loaded 2-core machine (200 ms was not: they got 10062 instead of 40060).
 */
const DEADLINE_MS = 2000;

const late = defineChatCommand({
  data: { name: 'late', description: 'Replies after the deadline' } as const,
  async execute(interaction) {
    // Past DEADLINE_MS whatever the machine's load: the wait starts after the stand-in sent it.
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS + 100));
    await interaction.reply({ content: 'too late' });
    return { results: 0, total: 0 };
  },
});
const twice = defineChatCommand({
  data: { name: 'twice', description: 'Acknowledges twice' } as const,
  async execute(interaction) {
    await interaction.reply({ content: 'one' });
    // discord.js refuses a second reply itself; the raw callback shows what Discord says.
    await interaction.client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
      body: { type: 4, data: { content: 'two' } },
      auth: false,
    });
    return { results: 0, total: 0 };
  },
});
const huge = defineChatCommand({
  data: { name: 'huge', description: 'Breaks the embed limit' } as const,
  async execute(interaction) {
    await interaction.reply({
      embeds: [{ description: 'x'.repeat(4097) }],
      flags: MessageFlags.SuppressNotifications,
    });
    return { results: 0, total: 0 };
  },
});

const slow = defineChatCommand({
  data: { name: 'slow', description: 'Defers, then answers after a while' } as const,
  async execute(interaction) {
    await interaction.deferReply();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await interaction.editReply({ content: 'done' });
    return { results: 1, total: 1 };
  },
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    standIn: await DiscordStandIn.start({ deadlineMs: DEADLINE_MS }),
    commands: [late, twice, huge, slow],
  });
});
afterAll(async () => {
  await h?.close();
  await h?.d.close();
});

const failure = (userId: string) => h.logs.find('handler failed').find((l) => l.userId === userId);

test('a first response after the deadline is refused: 10062 Unknown interaction', async () => {
  const rec = h.d.command('late', {}, { ...h.d.owner, id: '100000000000000000' });
  // The late reply, then the apology, which is just as late: both refused.
  const responses = await rec.responded(2);
  expect(responses.map((r) => [r.kind, r.type, r.status])).toEqual([
    ['callback', 4, 404],
    ['callback', 4, 404],
  ]);
  expect(failure('100000000000000000')?.err).toMatchObject({ code: 10062 });
});

test('a second acknowledgement is refused: 40060', async () => {
  const rec = h.d.command('twice', {}, { ...h.d.owner, id: '100000000000000001' });
  // The log line comes before the apology is sent: wait for the apology itself (the second 2xx).
  await rec.accepted(2);
  expect(rec.responses.map((r) => r.status)).toEqual([204, 400, 200]);
  expect(rec.responses[2]?.kind).toBe('followup');
  expect(failure('100000000000000001')?.err).toMatchObject({ code: 40060 });
});

test('an embed over Discord’s limits is refused: 50035 Invalid Form Body', async () => {
  const rec = h.d.command('huge', {}, { ...h.d.owner, id: '100000000000000002' });
  // The refused reply, then the apology in its place.
  const responses = await rec.responded(2);
  expect(responses.map((r) => [r.kind, r.status])).toEqual([
    ['callback', 400],
    ['callback', 204],
  ]);
  expect(failure('100000000000000002')?.err).toMatchObject({ code: 50035 });
});

test('shutdown: new questions are turned away, the one in flight is finished, then it logs out', async () => {
  const inFlight = h.d.command('slow', {}, { ...h.d.owner, id: '100000000000000003' });
  await inFlight.accepted(1);
  const stopping = h.bot.stop();
  const turnedAway = await h.d.command('slow', {}, { ...h.d.owner, id: '100000000000000004' }).reply<{
    content: string;
    flags: number;
  }>();
  expect(turnedAway.data).toMatchObject({
    content: 'I am restarting right now; please ask again in a minute.',
    flags: MessageFlags.Ephemeral,
  });
  await stopping;
  expect(inFlight.responses.map((r) => [r.kind, r.status])).toEqual([
    ['callback', 204],
    ['edit', 200],
  ]);
  const order = h.logs.lines.map((l) => l.msg);
  expect(order.indexOf('logged out')).toBeGreaterThan(order.lastIndexOf('answered'));
});

/**
 * What must not break the bot: article text full of mentions and markdown, a failing handler, a
 * dropped gateway, a wrong token, a corpus that changes (or breaks) under it, and a restart.
 */
import { copyFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.ts';
import { parseConfig } from '../../src/config.ts';
import type { Knowledge } from '../../src/core/knowledge.ts';
import { startBot } from '../../src/discord/bot.ts';
import { defineChatCommand } from '../../src/discord/command.ts';
import { createLogger } from '../../src/log.ts';
import { tempDir } from '../temp.ts';
import {
  type Embed,
  EPHEMERAL,
  type Harness,
  LogCapture,
  NO_PINGS,
  type Payload,
  plain,
  SEEDS,
  startHarness,
  until,
} from './harness.ts';
import { makeUser, type StoredMessage } from './stand-in.ts';

const APOLOGY = 'Sorry — something went wrong while answering that. It has been logged; please try again.';
const SEED_TITLE = 'Iran Amb. to Iraq dismisses claims of land operation in Kurdistan';

const HOSTILE_PARAGRAPH =
  'The mayor said: "Bring **everyone** to the harbour meeting, @everyone and <@123456789012345678> and <@&234567890123456789> welcome, __underlined__, `code` and [a link](https://evil.example)."';
const HOSTILE_ARTICLE = `---
title: "Town hall *live*: @everyone come"
outlet: The Harbour Gazette
date: 2024-03-05
url: https://example.org/news/town-hall
---
${HOSTILE_PARAGRAPH}
`;

const FILLER = Array.from(
  { length: 40 },
  (_, i) => `Sentence ${i + 1} of the long read says little of note about the weather.`,
).join(' ');
const LONG_PARAGRAPH = `${FILLER} Then the quartz lighthouse keepers walked out. ${FILLER}`;

/** A command that fails, to see the dispatcher's one catch at work. */
const explode = defineChatCommand({
  data: {
    name: 'explode',
    description: 'Fails on purpose (test only)',
    options: [{ type: 3, name: 'when', description: 'before or after deferring' }],
  } as const,
  async execute(interaction, args) {
    if (args.when === 'after-defer') await interaction.deferReply();
    throw new Error('kaboom');
  },
});

let h: Harness;
let corpusDir: string;
let cacheDir: string;

beforeAll(async () => {
  corpusDir = tempDir('corpus');
  cacheDir = tempDir('cache');
  copyFileSync(path.join(SEEDS, '000_1428a1c93f5937bd.txt'), path.join(corpusDir, 'seed.txt'));
  writeFileSync(path.join(corpusDir, 'hostile.md'), HOSTILE_ARTICLE);
  writeFileSync(path.join(corpusDir, 'long.txt'), `A long read\n${LONG_PARAGRAPH}\n`);
  h = await startHarness({ corpusDir, cacheDir, commands: [...commands, explode] });
});
afterAll(async () => {
  await h?.close();
  await h?.d.close();
});

const ask = async (name: string, options: Record<string, string>, user = makeUser('reader')) =>
  await h.d.command(name, options, user).reply<Payload>();

describe('an article with @everyone, mentions and markdown', () => {
  test('the /source reply shows it as written and pings nobody', async () => {
    const { data } = await ask('source', { text: 'the harbour meeting' });
    expect(data.allowed_mentions).toEqual(NO_PINGS);
    expect(data.content).toBe('**Source of** “the harbour meeting”');
    const embed = data.embeds?.[0];
    expect(embed?.title).toBe('Town hall \\*live\\*: @everyone come');
    expect(embed?.url).toBe('https://example.org/news/town-hall');
    expect(plain(embed?.description)).toBe(HOSTILE_PARAGRAPH);
    expect(embed?.description).toBe(
      '> The mayor said: "Bring \\*\\*everyone\\*\\* to the **harbour meeting**, @everyone and \\<@123456789012345678> and ' +
        '\\<@&234567890123456789> welcome, \\_\\_underlined\\_\\_, \\`code\\` and \\[a link\\](https://evil.example)."',
    );
    expect(embed?.fields).toEqual([
      {
        name: 'Citation',
        value: '[Read the article](https://example.org/news/town-hall) — The Harbour Gazette, 5 Mar 2024, ¶1',
      },
    ]);
  });

  test('a mention asking about it gets a reply that pings nobody, not even the asker', async () => {
    const asker = makeUser('asker');
    const q = h.d.post(
      asker,
      `<@${h.d.botUser.id}> where is this from: bring everyone to the harbour meeting @everyone`,
      {
        mentionBot: true,
      },
    );
    const reply = await h.d.waitFor(
      () =>
        h.d
          .botMessagesIn(h.d.channelId)
          .find((m) => (m.message_reference as { message_id?: string }).message_id === q.id),
      5000,
      'the reply',
    );
    expect(reply.allowed_mentions).toEqual(NO_PINGS);
    expect(reply.content).toBe('**Source of** “bring everyone to the harbour meeting @everyone”');
    expect((reply.embeds as Embed[])[0]?.title).toBe('Town hall \\*live\\*: @everyone come');
  });
});

describe('long text', () => {
  test('a long paragraph is shortened around the match with "…", the words kept unchanged', async () => {
    const { data } = await ask('source', { text: 'quartz lighthouse keepers' });
    const embed = data.embeds?.[0];
    expect(embed?.title).toBe('A long read');
    const description = embed?.description ?? '';
    expect(description.startsWith('> …')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(902);
    expect(description).toContain('**quartz lighthouse keepers**');
    const kept = plain(description).split('…');
    expect(kept.length).toBe(3);
    expect(LONG_PARAGRAPH).toContain(kept[1]);
    expect(kept[1]?.length).toBeGreaterThan(700);
  });
});

describe('failures', () => {
  test('a handler that throws gets an ephemeral apology, is logged, and the next command works', async () => {
    const user = makeUser('unlucky');
    const { type, data } = await ask('explode', {}, user);
    expect(type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toBe(APOLOGY);
    const logged = await until(() => h.logs.find('handler failed').find((l) => l.userId === user.id));
    expect(logged).toMatchObject({ command: 'explode', guildId: h.d.guildId, err: { message: 'kaboom' } });

    const deferred = h.d.command('explode', { when: 'after-defer' }, user);
    const [defer, apology] = await deferred.accepted(2);
    expect(defer?.type).toBe(5);
    expect(apology?.kind).toBe('followup');
    expect(apology?.body).toMatchObject({ content: APOLOGY, flags: MessageFlags.Ephemeral });

    expect((await ask('source', { text: 'settle problems through dialogue' })).data.embeds?.[0]?.title).toBe(
      SEED_TITLE,
    );
  });

  test('when answers have been slow it defers first; "nothing found" after a defer is still for the asker only', async () => {
    h.bot.latency.record(5000);
    const found = h.d.command('source', { text: 'settle problems through dialogue' });
    const [defer, edit] = await found.accepted(2);
    expect(defer?.type).toBe(5);
    expect(edit?.kind).toBe('edit');
    expect(((edit?.body ?? {}) as Payload).embeds?.[0]?.title).toBe(SEED_TITLE);
    expect(((edit?.body ?? {}) as Payload).allowed_mentions).toEqual(NO_PINGS);

    const none = h.d.command('source', { text: 'xyzzy quux' });
    const responses = await none.accepted(3);
    expect(responses.map((r) => r.kind)).toEqual(['callback', 'delete', 'followup']);
    expect(responses[2]?.body).toMatchObject({ flags: EPHEMERAL });
    expect(((responses[2]?.body ?? {}) as Payload).content).toMatch(/^I found nothing for “xyzzy quux”\./);
    for (let i = 0; i < 20; i++) h.bot.latency.record(0);
  });

  test('a gateway disconnect: the client resumes, logs it, and keeps answering', async () => {
    const opsBefore = h.d.gatewayOps.length;
    h.d.dropGateway();
    await h.d.waitFor(() => h.d.gatewayOps.slice(opsBefore).includes(6) && h.d.connected, 10_000, 'a resume');
    expect(h.d.gatewayOps.slice(opsBefore)).not.toContain(2);
    await until(() => h.logs.find('gateway resumed').length > 0, 5000);
    expect(h.logs.find('gateway disconnected; reconnecting').length).toBeGreaterThan(0);
    expect((await ask('source', { text: 'settle problems through dialogue' })).data.embeds?.[0]?.title).toBe(
      SEED_TITLE,
    );
  });

  test('a wrong token stops start-up with a clear error', async () => {
    const config = parseConfig({
      DISCORD_TOKEN: 'not.the.token',
      DISCORD_CLIENT_ID: h.d.applicationId,
      DISCORD_API_URL: h.d.apiUrl,
      CORPUS_DIR: SEEDS,
      CACHE_DIR: cacheDir,
    });
    const log = createLogger({ level: 'silent', destination: new LogCapture() });
    await expect(startBot({ config, log, commands })).rejects.toThrow(
      'Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy a fresh token from the developer portal (your application → Bot → Reset Token) into .env, without quotes.',
    );
  });
});

describe('the corpus folder changes while the bot runs', () => {
  /** The next reload after which `done` holds (a change can take more than one reload to show). */
  const reloaded = (done: (k: Knowledge) => boolean) =>
    new Promise<Knowledge>((resolve) => {
      const check = (k: Knowledge) => {
        if (!done(k)) return;
        h.bot.corpus.off('reloaded', check);
        resolve(k);
      };
      h.bot.corpus.on('reloaded', check);
    });
  const titles = (k: Knowledge) => [...k.articles()].map((a) => a.article.title);

  test('added, broken, changed and deleted files are picked up; a broken file takes nothing down', async () => {
    const zeppelin = path.join(corpusDir, 'zeppelin.txt');
    let next = reloaded((k) => titles(k).includes('Zeppelin festival opens'));
    writeFileSync(
      zeppelin,
      'Zeppelin festival opens\nThe harbour authority said the zeppelin festival would open with forty airships.\n',
    );
    expect((await next).articleCount).toBe(4);
    expect((await ask('source', { text: 'zeppelin festival forty airships' })).data.embeds?.[0]?.title).toBe(
      'Zeppelin festival opens',
    );

    next = reloaded((k) => k.skipped.some((s) => s.file.endsWith('broken.json')));
    writeFileSync(path.join(corpusDir, 'broken.json'), '{ "title": "half a record", ');
    expect((await next).articleCount).toBe(4);
    expect((await ask('source', { text: 'zeppelin festival forty airships' })).data.embeds?.[0]?.title).toBe(
      'Zeppelin festival opens',
    );
    expect((await ask('source', { text: 'settle problems through dialogue' })).data.embeds?.[0]?.title).toBe(
      SEED_TITLE,
    );

    next = reloaded((k) => titles(k).includes('Zeppelin festival postponed'));
    writeFileSync(
      zeppelin,
      'Zeppelin festival postponed\nThe harbour authority said the zeppelin festival would wait for forty airships.\n',
    );
    expect(titles(await next)).not.toContain('Zeppelin festival opens');
    expect((await ask('source', { text: 'zeppelin festival forty airships' })).data.embeds?.[0]?.title).toBe(
      'Zeppelin festival postponed',
    );

    next = reloaded((k) => !titles(k).includes('Zeppelin festival postponed'));
    unlinkSync(zeppelin);
    expect((await next).articleCount).toBe(3);
    const gone = await ask('source', { text: 'zeppelin festival forty airships' });
    expect(gone.data.flags).toBe(EPHEMERAL);
    expect(gone.data.content).toMatch(/^I found nothing for “zeppelin festival forty airships”\./);
  });
});

describe('a restart', () => {
  test('"More" keeps working, and unchanged commands are not registered again', async () => {
    const first = h.d.command('source', { text: 'terrorist groups' });
    const page1 = await first.reply<Payload>();
    const more = page1.data.components?.[0]?.components.find((b) => b.label === 'More');
    expect(more).toBeDefined();
    const message = first.original as StoredMessage;
    const putsBefore = h.d.requests.filter((r) => r.method === 'PUT').length;

    await h.bot.stop();
    expect(h.logs.find('logged out').length).toBe(1);
    const again = await startHarness({ corpusDir, cacheDir, standIn: h.d, commands: [...commands, explode] });
    h = again;

    expect(h.d.requests.filter((r) => r.method === 'PUT').length).toBe(putsBefore);
    expect(h.logs.find('commands unchanged since the last registration').length).toBe(1);
    const page2 = await h.d.click(message, more?.custom_id ?? '').reply<Payload>();
    expect(page2.type).toBe(7);
    expect(page2.data.embeds?.at(-1)?.footer?.text).toMatch(/^Results 6–\d+ of \d+$/);
  });
});

/**
 * The bot's commands end to end: the real discord.js Client, started as `npm start` starts it, logged
 * in to a Discord stand-in on 127.0.0.1, answering the seed corpus. Assertions are on the payloads
 * that reach the stand-in.
 */
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findSource, listSpeakers } from '../../src/answer/index.ts';
import { Knowledge } from '../../src/core/knowledge.ts';
import {
  type Embed,
  EPHEMERAL,
  type Harness,
  NO_PINGS,
  type Payload,
  plain,
  SEEDS,
  startHarness,
  until,
} from './harness.ts';
import { makeUser, type StoredMessage } from './stand-in.ts';

const TITLE = 'Iran Amb. to Iraq dismisses claims of land operation in Kurdistan';
const SOURCE_FILE = '`seeds/000_1428a1c93f5937bd.txt`';

let h: Harness;
let k: Knowledge;

beforeAll(async () => {
  [h, k] = await Promise.all([startHarness(), Knowledge.load([SEEDS])]);
});
afterAll(async () => {
  await h?.close();
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ask = async (name: string, options: Record<string, string>, user = makeUser('reader')) =>
  await h.d.command(name, options, user).reply<Payload>();

describe('start-up', () => {
  test('login → ready → one registration in the server with every command and option', () => {
    const puts = h.d.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => [r.path, r.authorized, r.status])).toEqual([
      [`/applications/${h.d.applicationId}/guilds/${h.d.guildId}/commands`, true, 200],
    ]);
    const body = puts[0]?.body as unknown as {
      name: string;
      type?: number;
      options?: { name: string; type: number; required?: boolean; autocomplete?: boolean }[];
    }[];
    expect(
      body.map((c) => [
        c.name,
        c.type ?? 1,
        (c.options ?? []).map(
          (o) =>
            `${o.name}:${o.type}${o.required ? ' required' : ''}${o.autocomplete ? ' autocomplete' : ''}`,
        ),
      ]),
    ).toEqual([
      ['who-said', 1, ['topic:3 autocomplete', 'speaker:3 autocomplete']],
      ['what-happened', 1, ['topic:3 required autocomplete', 'when:3']],
      ['source', 1, ['text:3 required']],
      ['verify', 1, ['quote:3 required', 'speaker:3 autocomplete']],
      ['Find source', 3, []],
      ['Verify quote', 3, []],
    ]);
    const invite = h.logs.find('invite the bot with this URL (scopes bot + applications.commands)')[0];
    expect(invite?.invite).toBe(
      `https://discord.com/oauth2/authorize?client_id=${h.d.applicationId}&scope=bot+applications.commands&permissions=274877991936`,
    );
  });

  test('it asks for the Guilds and GuildMessages intents only (no privileged MessageContent)', () => {
    expect(h.d.identifies.map((i) => i.intents)).toEqual([
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages,
    ]);
  });

  test('the token never appears in the logs', () => {
    expect(h.logs.raw.join('\n')).not.toContain(h.d.token);
  });
});

describe('/who-said', () => {
  test('"ground operation" → Mohammad Kazem Al-e Sadeq, the quote as written, cited', async () => {
    const { type, data } = await ask('who-said', { topic: 'ground operation' });
    expect(type).toBe(4);
    expect(data.allowed_mentions).toEqual(NO_PINGS);
    expect(data.content).toBe('**Who said** “ground operation”');
    const embed = data.embeds?.find((e) => plain(e.description).includes('The issue of ground advance'));
    expect(embed?.title).toBe('Mohammad Kazem Al-e Sadeq');
    const [role, quote] = plain(embed?.description).split('\n');
    expect(role).toBe('*Iran’s ambassador to Baghdad*');
    expect(quote).toMatch(
      /^“The issue of ground advance on Iraqi soil is not true and is basically out of question\./,
    );
    expect(embed?.description).toContain('**ground**');
    expect(embed?.fields?.find((f) => f.name === 'Source')?.value).toBe(`**${TITLE}** — ¶3\n${SOURCE_FILE}`);
  });

  test('"military retaliation" → Iran\'s Foreign Ministry', async () => {
    const { data } = await ask('who-said', { topic: 'military retaliation' });
    const first = data.embeds?.[0];
    expect(first?.title).toBe("Iran's Foreign Ministry");
    expect(plain(first?.description)).toContain(
      '"Our military retaliation is within international laws and is not a violation of Iraqi sovereignty,"',
    );
    expect(first?.fields?.find((f) => f.name === 'Source')?.value).toBe(`**${TITLE}** — ¶8\n${SOURCE_FILE}`);
  });

  test('speaker alone lists what that speaker said', async () => {
    const { data } = await ask('who-said', { speaker: 'Mohammad Kazem Al-e Sadeq' });
    expect(data.embeds?.length).toBeGreaterThan(0);
    expect(new Set(data.embeds?.map((e) => e.title))).toEqual(new Set(['Mohammad Kazem Al-e Sadeq']));
  });

  test('neither topic nor speaker → an ephemeral hint', async () => {
    const { type, data } = await ask('who-said', {});
    expect(type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toBe(
      'Tell me a topic, a speaker, or both: for example `/who-said topic: ground operation`.',
    );
  });
});

describe('/what-happened', () => {
  test('"rocket launchers" → the IRGC Ground Force strikes, dated 14 Nov, year not stated', async () => {
    const { data } = await ask('what-happened', { topic: 'rocket launchers' });
    expect(data.content).toBe('**What happened** “rocket launchers”');
    const fields = data.embeds?.[0]?.fields ?? [];
    expect(fields[0]?.name).toBe('14 Nov, year not stated');
    expect(fields[0]?.value).toBe(
      "Tasnim News Agency reported on November 14 that the IRGC's Ground Force hammered separatist terror organizations' positions with numerous **rocket launchers**, precision-strike weaponry, and drones.\n" +
        `**${TITLE}** — ¶7\n${SOURCE_FILE}`,
    );
    expect(data.allowed_mentions).toEqual(NO_PINGS);
  });
});

describe('/source', () => {
  test('"settle problems through dialogue" → the article, its paragraph, words in bold', async () => {
    const { data } = await ask('source', { text: 'settle problems through dialogue' });
    const first = data.embeds?.[0];
    expect(first?.title).toBe(TITLE);
    const best = findSource(k, { text: 'settle problems through dialogue' }).results[0];
    const bold = (best?.highlights ?? []).map((x) => best?.text.slice(x.start, x.end));
    expect(bold.join(' ')).toMatch(/settle problems.*dialogue/);
    for (const words of bold) expect(first?.description).toContain(`**${words}**`);
    expect(plain(first?.description)).toMatch(
      /^"We always try to settle problems through dialogue with our brothers in Iraq\./,
    );
    expect(first?.fields).toEqual([{ name: 'Citation', value: `¶6\n${SOURCE_FILE}` }]);
    expect(data.allowed_mentions).toEqual(NO_PINGS);
  });

  test('nothing found → an ephemeral, friendly answer with a suggestion', async () => {
    const { type, data } = await ask('source', { text: 'xyzzy quux' });
    expect(type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.embeds ?? []).toEqual([]);
    expect(data.content).toBe(
      `I found nothing for “xyzzy quux”. ${findSource(k, { text: 'xyzzy quux' }).suggestion}`,
    );
  });

  test('markdown typed into a question is shown as typed: a masked link is not a link', async () => {
    const typed = '[Claim your Nitro gift](https://evil.example/login) ## **URGENT**';
    const escaped = '\\[Claim your Nitro gift\\](https://evil.example/login) ## \\*\\*URGENT\\*\\*';
    const slash = await ask('source', { text: typed });
    expect(slash.data.content).toMatch(new RegExp(`^I found nothing for “${escapeRegExp(escaped)}”\\.`));
    expect(slash.data.content).not.toContain('[Claim your Nitro gift](');
    expect(slash.data.content?.split(escaped).length).toBe(3); // in the question and in the suggestion

    const asker = makeUser('phisher');
    const q = h.d.post(asker, `<@${h.d.botUser.id}> ${typed}`, { mentionBot: true });
    const reply = await h.d.waitFor(
      () =>
        h.d
          .botMessagesIn(h.d.channelId)
          .find((m) => (m.message_reference as { message_id?: string }).message_id === q.id),
      5000,
      'the reply',
    );
    expect(reply.content).toContain(escaped);
    expect(reply.content).not.toContain('[Claim your Nitro gift](');
  });

  test('"More" pages through the rest, "Previous" comes back', async () => {
    const text = 'terrorist groups';
    const total = findSource(k, { text }).total;
    expect(total).toBeGreaterThan(5);
    const reader = makeUser('pager');
    const first = h.d.command('source', { text }, reader);
    const page1 = await first.reply<Payload>();
    expect(page1.data.embeds?.length).toBe(5);
    expect(page1.data.embeds?.at(-1)?.footer?.text).toBe(`Results 1–5 of ${total}`);
    const more = page1.data.components?.[0]?.components ?? [];
    expect(more.map((b) => b.label)).toEqual(['More']);

    const message = first.original as StoredMessage;
    const click = h.d.click(message, more[0]?.custom_id ?? '', reader);
    const page2 = await click.reply<Payload>();
    expect(page2.type).toBe(7);
    expect(page2.data.embeds?.length).toBe(Math.min(5, total - 5));
    expect(page2.data.embeds?.at(-1)?.footer?.text).toBe(`Results 6–${Math.min(10, total)} of ${total}`);
    const buttons = page2.data.components?.[0]?.components ?? [];
    expect(buttons.map((b) => b.label)).toEqual(total > 10 ? ['Previous', 'More'] : ['Previous']);
    expect(page2.data.allowed_mentions).toEqual(NO_PINGS);

    const back = await h.d.click(message, buttons[0]?.custom_id ?? '', reader).reply<Payload>();
    expect(back.data.embeds?.at(-1)?.footer?.text).toBe(`Results 1–5 of ${total}`);
  });

  test('a button whose page is unknown says plainly that it expired', async () => {
    const message = h.d.post(h.d.botUser, 'old answer');
    const { type, data } = await h.d.click(message, 'page:AAAAAAAAAAAAAAAA:5').reply<Payload>();
    expect(type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toBe(
      'Those results have expired (or the corpus changed). Please ask the question again.',
    );
  });
});

describe('autocomplete', () => {
  test('speaker: at most 25 valid choices from the corpus, within the deadline', async () => {
    const rec = h.d.autocomplete('who-said', { speaker: '' }, 'speaker');
    const { type, data } = await rec.reply<{ choices: { name: string; value: string }[] }>();
    expect(type).toBe(8);
    const expected = listSpeakers(k, '', 25);
    expect(data.choices.map((c) => c.value)).toEqual(expected);
    expect(data.choices.map((c) => c.value)).toContain('Mohammad Kazem Al-e Sadeq');
    expect(data.choices.length).toBeLessThanOrEqual(25);
    for (const c of data.choices) {
      expect(c.name.length).toBeGreaterThanOrEqual(1);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect((rec.responses[0]?.at ?? Infinity) - rec.sentAt).toBeLessThan(3000);
  });

  test('speaker: what is typed narrows the choices', async () => {
    const { data } = await h.d
      .autocomplete('who-said', { speaker: 'sadeq' }, 'speaker')
      .reply<{ choices: { name: string; value: string }[] }>();
    expect(data.choices.map((c) => c.value)).toEqual(['Mohammad Kazem Al-e Sadeq']);
  });

  test('topic: suggestions from what was said, at most 25, valid', async () => {
    const rec = h.d.autocomplete('who-said', { topic: 'gro' }, 'topic');
    const { type, data } = await rec.reply<{ choices: { name: string; value: string }[] }>();
    expect(type).toBe(8);
    expect(data.choices.length).toBeGreaterThan(0);
    expect(data.choices.length).toBeLessThanOrEqual(25);
    for (const c of data.choices) {
      expect(c.value.toLowerCase()).toContain('gro');
      expect(c.name.length).toBeLessThanOrEqual(100);
    }
    const empty = await h.d
      .autocomplete('what-happened', { topic: '' }, 'topic')
      .reply<{ choices: unknown[] }>();
    expect(empty.data.choices.length).toBe(25);
  });
});

describe('"Find source" (message context menu)', () => {
  test("on a member's message, finds the article and paragraph", async () => {
    const message = h.d.post(
      makeUser('poster'),
      'Apparently they said: we always try to settle problems through dialogue with our brothers in Iraq',
    );
    const { type, data } = await h.d.messageCommand('Find source', message).reply<Payload>();
    expect(type).toBe(4);
    expect(data.embeds?.[0]?.title).toBe(TITLE);
    expect(data.embeds?.[0]?.fields?.[0]?.value).toBe(`¶6\n${SOURCE_FILE}`);
    expect(data.embeds?.[0]?.description).toContain('**');
    expect(data.allowed_mentions).toEqual(NO_PINGS);
  });
});

describe('mentions', () => {
  test('a question in a thread is answered in that thread, as a reply that pings nobody', async () => {
    const asker = makeUser('asker');
    const question = h.d.post(asker, `<@${h.d.botUser.id}> who said the operation was out of the question?`, {
      channelId: h.d.threadId,
      mentionBot: true,
    });
    const [reply] = await h.d.waitFor(
      () => {
        const found = h.d
          .botMessagesIn(h.d.threadId)
          .filter(
            (m) => (m.message_reference as { message_id?: string } | undefined)?.message_id === question.id,
          );
        return found.length ? found : null;
      },
      5000,
      'the reply in the thread',
    );
    expect(reply?.allowed_mentions).toEqual(NO_PINGS);
    expect(reply?.content).toBe('**Who said** “the operation was out of the question”');
    expect(((reply?.embeds ?? []) as Embed[])[0]?.title).toBe('Mohammad Kazem Al-e Sadeq');
  });

  test('messages that do not mention the bot, and bots, are ignored', async () => {
    const before = h.d.botMessagesIn(h.d.channelId).length;
    h.d.post(makeUser('chatter'), 'who said ground operation?');
    h.d.post(makeUser('otherbot', true), `<@${h.d.botUser.id}> who said ground operation?`, {
      mentionBot: true,
    });
    const last = h.d.post(makeUser('asker2'), `<@${h.d.botUser.id}> what happened with rocket launchers`, {
      mentionBot: true,
    });
    await h.d.waitFor(
      () =>
        h.d
          .botMessagesIn(h.d.channelId)
          .find((m) => (m.message_reference as { message_id?: string } | undefined)?.message_id === last.id),
      5000,
      'the answer to the mention',
    );
    const answers = h.d.botMessagesIn(h.d.channelId).slice(before);
    expect(answers.length).toBe(1);
    expect(answers[0]?.content).toBe('**What happened** “rocket launchers”');
    expect(((answers[0]?.embeds ?? []) as Embed[])[0]?.fields?.[0]?.name).toBe('14 Nov, year not stated');
  });

  test('a bare mention in reply to a message looks up the source of that message', async () => {
    const quoted = h.d.post(makeUser('poster2'), 'Our military retaliation is within international laws');
    const ask = h.d.post(makeUser('checker'), `<@${h.d.botUser.id}>`, { mentionBot: true, replyTo: quoted });
    const reply = await h.d.waitFor(
      () =>
        h.d
          .botMessagesIn(h.d.channelId)
          .find((m) => (m.message_reference as { message_id?: string } | undefined)?.message_id === ask.id),
      5000,
      'the source reply',
    );
    expect(reply.content).toBe('**Source of** “Our military retaliation is within international laws”');
    const embed = (reply.embeds as Embed[])[0];
    expect(embed?.title).toBe(TITLE);
    expect(embed?.fields?.[0]?.value).toBe(`¶8\n${SOURCE_FILE}`);
  });
});

describe('load', () => {
  test('a flood from one user is answered politely, not queued', async () => {
    const flooder = makeUser('flooder');
    const replies = [];
    for (let i = 0; i < 6; i++)
      replies.push(h.d.command('source', { text: 'settle problems through dialogue' }, flooder));
    const answers = await Promise.all(replies.map((r) => r.reply()));
    expect(answers.slice(0, 5).map((a) => (a.data as Payload).embeds?.[0]?.title)).toEqual(
      Array(5).fill(TITLE),
    );
    const last = answers[5]?.data as Payload;
    expect(last.flags).toBe(EPHEMERAL);
    expect(last.content).toMatch(
      /^You are asking faster than I can keep up with — please wait \d+ s and ask again\.$/,
    );
    // Others are not held up by the flood.
    expect((await ask('source', { text: 'settle problems through dialogue' })).data.embeds?.[0]?.title).toBe(
      TITLE,
    );
  });

  test('one log line per question: command, guild, user, results, milliseconds', async () => {
    const user = makeUser('logged');
    await ask('what-happened', { topic: 'rocket launchers' }, user);
    const line = await until(() => h.logs.find('answered').find((l) => l.userId === user.id));
    expect(line).toMatchObject({
      command: 'what-happened',
      guildId: h.d.guildId,
      userId: user.id,
      results: 1,
      total: 1,
    });
    expect(typeof line?.ms).toBe('number');
  });
});

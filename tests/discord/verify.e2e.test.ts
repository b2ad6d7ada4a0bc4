/**
 * /verify and "Verify quote" end to end: the real discord.js client against the stand-in, answering
 * a small corpus written for the test (two outlets carry one quote, a third credits it to someone else).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeClaimsCorpus } from '../fixtures/claims-corpus.ts';
import { tempDir } from '../temp.ts';
import { type Harness, NO_PINGS, type Payload, plain, startHarness } from './harness.ts';
import { makeUser } from './stand-in.ts';

const BRIDGE = 'We will rebuild the old bridge before the winter floods arrive';

let h: Harness;
let corpusDir: string;

beforeAll(async () => {
  corpusDir = tempDir('claims');
  writeClaimsCorpus(corpusDir);
  h = await startHarness({ corpusDir });
});
afterAll(async () => {
  await h?.close();
  rmSync(corpusDir, { recursive: true, force: true });
});

const verify = async (options: Record<string, string>) =>
  (await h.d.command('verify', options, makeUser('checker')).reply<Payload>()).data;

describe('/verify', () => {
  test('verified: the verdict first, then where it was first reported, publicly', async () => {
    const data = await verify({ quote: `“${BRIDGE}”`, speaker: 'Varga' });
    expect(data.flags ?? 0).toBe(0);
    expect(data.allowed_mentions).toEqual(NO_PINGS);
    expect(data.content).toBe(`**Verify** ““${BRIDGE}”” by “Varga”`);
    expect(data.embeds?.[0]?.title).toBe('✅ Verified');
    expect(plain(data.embeds?.[0]?.description)).toBe(
      'Verified: Elena Varga said this, in these words. First reported 14 Nov 2022 by Harbour Gazette. ' +
        'The articles disagree on who said it: “Elena Varga” and “Piotr Nowak”.',
    );
    // The quote two outlets carried is one result, sourced to the earlier; the other credit follows.
    expect(data.embeds?.slice(1).map((e) => e.fields?.map((f) => `${f.name}: ${f.value}`))).toEqual([
      [
        'Source: [Mayor promises bridge before the floods](https://example.org/gazette/bridge) — Harbour Gazette, 14 Nov 2022, ¶1',
        'Carried by: First reported 14 Nov 2022 by Harbour Gazette. Carried by 2 articles: Harbour Gazette, Valley Courier.',
      ],
      [
        'Source: [Treasurer speaks on bridge plans](https://example.org/coastline/bridge) — Coastline News, 20 Nov 2022, ¶1',
      ],
    ]);
  });

  test('misattributed: says whom the corpus credits', async () => {
    const data = await verify({ quote: BRIDGE, speaker: 'Piotr Nowak' });
    expect(data.embeds?.[0]?.title).toBe('❌ Misattributed');
    expect(plain(data.embeds?.[0]?.description)).toContain(
      'Misattributed: the corpus credits these words to Elena Varga, not to “Piotr Nowak”.',
    );
  });

  test('altered: the differences are marked in the corpus wording', async () => {
    const data = await verify({ quote: 'We will rebuild the bridge before the spring floods arrive' });
    expect(data.embeds?.[0]?.title).toBe('✏️ Altered');
    expect(data.embeds?.[1]?.fields?.[0]).toEqual({
      name: 'Differences from the claim',
      value: 'We will rebuild the ~~old~~ bridge before the ~~winter~~ __spring__ floods arrive',
    });
  });

  test('not in the corpus: a plain answer, not an error', async () => {
    const data = await verify({ quote: 'The lighthouse will be painted purple next spring' });
    expect(data.embeds?.map((e) => e.title)).toEqual(['🔍 Not in the corpus']);
  });

  test('speaker: autocompleted from the corpus', async () => {
    const { data } = await h.d
      .autocomplete('verify', { quote: BRIDGE, speaker: 'nowa' }, 'speaker')
      .reply<{ choices: { name: string; value: string }[] }>();
    expect(data.choices.map((c) => c.value)).toEqual(['Piotr Nowak']);
  });
});

describe('one quote, many articles', () => {
  test('/who-said shows a quote two outlets carried once, first reported by the earlier', async () => {
    const { data } = await h.d.command('who-said', { topic: 'rebuild the old bridge' }).reply<Payload>();
    expect(
      data.embeds?.map((e) => [e.title, e.fields?.find((f) => f.name === 'Carried by')?.value ?? null]),
    ).toEqual([
      [
        'Elena Varga',
        'First reported 14 Nov 2022 by Harbour Gazette. Carried by 2 articles: Harbour Gazette, Valley Courier.',
      ],
      ['Piotr Nowak', null],
    ]);
    expect(data.embeds?.at(-1)?.footer?.text).toBe('Results 1–2 of 2');
  });

  test('/source shows a paragraph two articles carried once', async () => {
    const { data } = await h.d
      .command('source', { text: 'ferry terminal as the storm approached' })
      .reply<Payload>();
    expect(data.embeds?.map((e) => [e.title, e.fields?.at(-1)?.value])).toEqual([
      [
        'Mayor promises bridge before the floods',
        'First reported 14 Nov 2022 by Harbour Gazette. Carried by 2 articles: Harbour Gazette, Valley Courier.',
      ],
    ]);
  });
});

describe('"Verify quote" (message context menu)', () => {
  test('reads the speaker from "— X" in the pasted claim', async () => {
    const message = h.d.post(makeUser('poster'), `“${BRIDGE}” — Piotr Nowak`);
    const { data } = await h.d.messageCommand('Verify quote', message).reply<Payload>();
    expect(data.content).toBe(`**Verify** “${BRIDGE}” by “Piotr Nowak”`);
    expect(data.embeds?.[0]?.title).toBe('❌ Misattributed');
  });

  test('without a speaker, credits whoever the first report credits', async () => {
    const message = h.d.post(makeUser('poster'), 'rebuild the old bridge before the winter');
    const { data } = await h.d.messageCommand('Verify quote', message).reply<Payload>();
    expect(plain(data.embeds?.[0]?.description)).toMatch(
      /^Verified, trimmed: these words are part of a longer quote by Elena Varga\. First reported 14 Nov 2022 by Harbour Gazette\./,
    );
  });
});

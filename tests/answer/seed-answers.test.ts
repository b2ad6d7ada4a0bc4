import { beforeAll, describe, expect, it } from 'vitest';
import { type AnswerOf, ask } from '../../src/answer/ask.ts';
import { listSpeakers, suggestTopics } from '../../src/answer/index.ts';
import type { FieldsOf } from '../../src/answer/questions.ts';
import { Knowledge } from '../../src/core/knowledge.ts';
import type { PageRequest } from '../../src/core/types.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { writeArticle } from '../ingest/fixtures.ts';
import { tempDir } from '../temp.ts';

/** A fixed today: "last week" means the same in every run. */
const NOW = new Date('2026-01-15T12:00:00Z');

// Every question goes through the one router, as the bot, the console and the CLI ask it.
const whoSaid = (k: Knowledge, { offset, limit, ...q }: FieldsOf<'who-said'> & PageRequest) =>
  ask(k, { command: 'who-said', ...q }, { now: NOW, offset, limit }) as AnswerOf<'who-said'>;
const whatHappened = (k: Knowledge, { offset, limit, ...q }: FieldsOf<'what-happened'> & PageRequest) =>
  ask(k, { command: 'what-happened', ...q }, { now: NOW, offset, limit }) as AnswerOf<'what-happened'>;
const findSource = (k: Knowledge, { offset, limit, ...q }: FieldsOf<'source'> & PageRequest) =>
  ask(k, { command: 'source', ...q }, { now: NOW, offset, limit }) as AnswerOf<'source'>;

const SEED_ID = '000_1428a1c93f5937bd';
const SEED_TITLE = 'Iran Amb. to Iraq dismisses claims of land operation in Kurdistan';
const AMBASSADOR = 'Mohammad Kazem Al-e Sadeq';

let seeds: Knowledge;
beforeAll(async () => {
  seeds = await Knowledge.load(['seeds']);
});

const marked = (text: string, highlights: ReadonlyArray<{ start: number; end: number }>): string[] =>
  highlights.map((h) => text.slice(h.start, h.end));

describe('who-said on the seed corpus', () => {
  it('"ground operation" → the ambassador, his ¶3 quote on the ground advance, cited', () => {
    const answer = whoSaid(seeds, { topic: 'ground operation' });
    const first = answer.results[0];
    expect(first?.speaker).toBe(AMBASSADOR);
    expect(first?.role).toBe('Iran’s ambassador to Baghdad');
    const groundAdvance = answer.results.find((r) =>
      r.text.replace(/^[“"]/, '').startsWith('The issue of ground advance on Iraqi soil is not true'),
    );
    expect(groundAdvance?.speaker).toBe(AMBASSADOR);
    expect(groundAdvance?.kind).toBe('direct');
    expect(groundAdvance?.citation).toEqual({
      articleId: SEED_ID,
      title: SEED_TITLE,
      outlet: null,
      date: null,
      url: null,
      source: `seeds/${SEED_ID}.txt`,
      paragraph: 3,
    });
  });

  it('"military retaliation" → Iran\'s Foreign Ministry, verbatim', () => {
    const first = whoSaid(seeds, { topic: 'military retaliation' }).results[0];
    expect(first?.speaker).toBe("Iran's Foreign Ministry");
    expect(first?.text).toBe(
      '"Our military retaliation is within international laws and is not a violation of Iraqi sovereignty,"',
    );
    expect(first?.citation.paragraph).toBe(8);
    expect(marked(first?.text ?? '', first?.highlights ?? [])).toEqual(['military retaliation']);
  });

  it('speaker "IRGC" → the IRGC\'s quotes, including the terrorists "forced to flee the country"', () => {
    const answer = whoSaid(seeds, { speaker: 'IRGC' });
    expect(answer.results.length).toBeGreaterThanOrEqual(2);
    expect(new Set(answer.results.map((r) => r.speaker))).toEqual(new Set(['IRGC']));
    const flee = answer.results.find((r) => r.text.includes('were forced to flee the country'));
    expect(flee?.citation.paragraph).toBe(9);
    expect(flee?.kind).toBe('direct');
  });

  it('"70 documents" → Al-e Sadeq, in indirect speech', () => {
    const first = whoSaid(seeds, { topic: '70 documents' }).results[0];
    expect(first?.speaker).toBe(AMBASSADOR);
    expect(first?.kind).toBe('indirect');
    expect(first?.text).toContain('more than 70 documents');
    expect(first?.citation.paragraph).toBe(6);
  });

  it('a topic and a speaker together narrow to that speaker', () => {
    const answer = whoSaid(seeds, { topic: 'security', speaker: 'IRGC' });
    expect(answer.results.map((r) => r.speaker)).toEqual(answer.results.map(() => 'IRGC'));
    expect(answer.results.some((r) => r.text.includes('"durable security"'))).toBe(true);
  });

  it('an unknown speaker is a "no result" that names speakers it does know', () => {
    const answer = whoSaid(seeds, { speaker: 'Winston Churchill' });
    expect(answer.results).toEqual([]);
    expect(answer.suggestion).toContain('No one called “Winston Churchill” is quoted in the corpus.');
    expect(answer.suggestion).toContain(AMBASSADOR);
  });
});

describe('what-happened on the seed corpus', () => {
  it('"rocket launchers" → the IRGC Ground Force strikes reported by Tasnim on 14 November, year not stated', () => {
    const first = whatHappened(seeds, { topic: 'rocket launchers' }).results[0];
    expect(
      first?.text.startsWith(
        "Tasnim News Agency reported on November 14 that the IRGC's Ground Force hammered",
      ),
    ).toBe(true);
    expect(first?.date).toEqual({ iso: '--11-14', precision: 'day', yearKnown: false });
    expect(first?.citation.paragraph).toBe(7);
  });

  it('"when" narrows by date: November keeps the strikes, March finds nothing and says why', () => {
    expect(
      whatHappened(seeds, { topic: 'rocket launchers', when: 'November' }).results.map(
        (r) => r.citation.paragraph,
      ),
    ).toEqual([7]);
    const march = whatHappened(seeds, { topic: 'rocket launchers', when: 'March' });
    expect(march.results).toEqual([]);
    expect(march.suggestion).toBe(
      'Nothing that happened matches “rocket launchers” March. Try without “when”, or with a wider period.',
    );
  });

  it('events come in date order, whatever order their files are in', async () => {
    // Files 25…28 are dated 26, 27, 1 and 2 March: file order is not date order.
    const dir = tempDir('corpus');
    for (const i of [25, 26, 27, 28]) writeArticle(dir, i);
    const k = Knowledge.fromExtracted((await loadCorpus([dir])).articles.map(extractArticle));
    const answer = whatHappened(k, { topic: 'council approved', limit: 10 });
    expect(answer.results.map((r) => [r.date?.iso, r.citation.articleId])).toEqual([
      ['2021-03-01', 'a27'],
      ['2021-03-02', 'a28'],
      ['2021-03-26', 'a25'],
      ['2021-03-27', 'a26'],
    ]);
  });
});

describe('source on the seed corpus', () => {
  it('"settle problems through dialogue" → the article, ¶6, the words marked', () => {
    const answer = findSource(seeds, { text: 'settle problems through dialogue' });
    const first = answer.results[0];
    expect(first?.articleId).toBe(SEED_ID);
    expect(first?.citation.paragraph).toBe(6);
    expect(marked(first?.text ?? '', first?.highlights ?? [])).toEqual(['settle problems', 'dialogue']);
  });

  it('finds the paragraph despite typos', () => {
    expect(findSource(seeds, { text: 'setle problms thru dialoge' }).results[0]?.citation.paragraph).toBe(6);
  });
});

describe('odd questions are answered, never thrown', () => {
  const odd = [
    'x'.repeat(2_000),
    `${'ground operation '.repeat(120)}`.slice(0, 2_000),
    '?!.,;:()[]{}…—–-"\'',
    '.*+?^$()|[]{}\\',
    "=exact 'include !exclude ^prefix suffix$ | or",
    'عملیات زمینی در عراق',
    '地面作战',
    '@everyone <@123456789012345678> **bold** `code`',
    '',
    '   ',
  ];
  const asks = '(topic|speaker|a few words|quote, claim or phrase)';
  it.each(odd.map((q) => [q.slice(0, 30), q]))('%s', (_label, query) => {
    const answers = [
      whoSaid(seeds, { topic: query }),
      whoSaid(seeds, { speaker: query }),
      whatHappened(seeds, { topic: query, when: query }),
      findSource(seeds, { text: query }),
    ];
    // Only the repeated "ground operation" finds anything: its quotes and its paragraphs.
    const found = query.startsWith('ground operation') ? [5, 0, 0, 4] : [0, 0, 0, 0];
    expect(answers.map((a) => a.results.length)).toEqual(found);
    for (const answer of answers) {
      if (answer.results.length > 0) continue;
      // Nothing found says so, naming what was asked (clipped), or asks for words when there were none.
      const words = query.replace(/[^\p{L}\p{N}]/gu, '');
      if (words) expect(answer.suggestion).toContain(`“${query.slice(0, 40)}`);
      else expect(answer.suggestion).toMatch(new RegExp(asks));
    }
  });

  it('no result is an answer with a suggestion', () => {
    const answer = whoSaid(seeds, { topic: 'zebra crossing' });
    expect(answer.results).toEqual([]);
    expect(answer.total).toBe(0);
    expect(
      answer.suggestion?.startsWith('No quote matches “zebra crossing”. Try fewer or different words'),
    ).toBe(true);
  });

  it('an empty corpus answers with what to do', async () => {
    const empty = await Knowledge.load([]);
    expect(whoSaid(empty, { topic: 'anything' }).suggestion).toBe(
      'The corpus is empty: no articles are loaded. Put articles (.txt, .md, .json, .jsonl, .csv, or feeds saved as .xml, .rss or .atom) in the corpus folder.',
    );
  });
});

describe('autocomplete sources', () => {
  it('lists the speakers, filtered by what was typed', () => {
    expect(listSpeakers(seeds, 'al-e', 25)).toEqual([AMBASSADOR]);
    expect(listSpeakers(seeds, '', 25)).toEqual(
      expect.arrayContaining([AMBASSADOR, 'IRGC', "Iran's Foreign Ministry"]),
    );
  });

  it('suggests topic phrases that start with what was typed', () => {
    const topics = suggestTopics(seeds, 'ground', 25);
    expect(topics).toContain('ground advance');
    expect(topics.every((t) => t.startsWith('ground'))).toBe(true);
  });
});

describe('paging', () => {
  it('offset and limit page through the same ranking', () => {
    const all = whoSaid(seeds, { speaker: 'IRGC', limit: 50 });
    const second = whoSaid(seeds, { speaker: 'IRGC', offset: 1, limit: 1 });
    expect(second.total).toBe(all.total);
    expect(second.results).toEqual(all.results.slice(1, 2));
  });
});

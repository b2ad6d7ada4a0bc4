import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../../src/core/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { extractEvents } from '../../src/extract/events.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

const article = (body: string, date: string | null) =>
  buildArticle({ id: 't', title: 'Test', body, source: 'test.txt', date });

/** Compact rows: [paragraph, expression, iso or null, precision or null]. */
const rows = (events: NewsEvent[]) =>
  events.map((e) => [e.paragraph, e.expression, e.date?.iso ?? null, e.date?.precision ?? null]);

describe('the seed article (no publication date)', () => {
  it('dates "on November 14" in ¶7 as the 14th of November, year unknown', async () => {
    const { articles } = await loadCorpus([SEEDS]);
    const seed = articles[0];
    if (!seed) throw new Error('the seed article did not load');
    const events = extractEvents(seed);
    const november = events.find((e) => e.expression?.includes('November 14'));
    expect(november).toEqual({
      text: "Tasnim News Agency reported on November 14 that the IRGC's Ground Force hammered separatist terror organizations' positions with numerous rocket launchers, precision-strike weaponry, and drones.",
      paragraph: 7,
      date: { iso: '--11-14', precision: 'day', yearKnown: false },
      expression: 'November 14',
      rule: 'calendar',
      upcoming: false,
    });
    const september = events.find((e) => e.expression === 'September');
    expect(september?.paragraph).toBe(11);
    expect(september?.date).toEqual({ iso: '--09', precision: 'month', yearKnown: false });
    expect(september?.text.startsWith('When the attacks began in September, the operation')).toBe(true);
  });

  it('takes no event from the "Read more" line (¶5) or from inside a quotation (¶6)', async () => {
    const { articles } = await loadCorpus([SEEDS]);
    const events = extractEvents(articles[0] ?? article('', null));
    expect(events.filter((e) => e.paragraph === 5 || e.paragraph === 6)).toEqual([]);
    expect(rows(events)).toEqual([
      [1, null, null, null],
      [2, null, null, null],
      [4, null, null, null],
      [7, 'November 14', '--11-14', 'day'],
      [7, null, null, null],
      [10, null, null, null],
      [11, 'September', '--09', 'month'],
    ]);
  });
});

describe('dated events', () => {
  it('gives one event per date expression, each with the sentence verbatim', () => {
    // 2018-10-05 is a Friday.
    const events = extractEvents(
      article(
        'Murkowski explained her decision Friday and said she will vote "present" on Saturday.',
        '2018-10-05',
      ),
    );
    const text = 'Murkowski explained her decision Friday and said she will vote "present" on Saturday.';
    expect(events).toEqual([
      {
        text,
        paragraph: 1,
        date: { iso: '2018-10-05', precision: 'day', yearKnown: true },
        expression: 'Friday',
        rule: 'calendar',
        upcoming: false,
      },
      {
        text,
        paragraph: 1,
        date: { iso: '2018-10-06', precision: 'day', yearKnown: true },
        expression: 'Saturday',
        rule: 'calendar',
        upcoming: true,
      },
    ]);
  });

  it('numbers paragraphs from the first body paragraph', () => {
    const events = extractEvents(
      article(
        'The council met on Monday to discuss the budget.\n\nIn 2014, the city borrowed heavily.\n\nThe mayor resigned last week.',
        '2019-06-20',
      ),
    );
    expect(rows(events)).toEqual([
      [1, 'Monday', '2019-06-17', 'day'],
      [2, '2014', '2014', 'year'],
      [3, 'last week', '2019-06-10', 'week'],
    ]);
  });

  it('never takes events from related-article lines', () => {
    const events = extractEvents(
      article(
        'Read more: The president met the prime minister on Monday\n\nNothing else happened here.',
        '2019-06-20',
      ),
    );
    expect(events).toEqual([]);
  });

  it('never takes events from copyright notices', () => {
    expect(extractEvents(article('Copyright © 2019 The Daily Example, LLC.', '2019-06-20'))).toEqual([]);
  });

  it('dates "a month before the call" from the call the article dates elsewhere', () => {
    const events = extractEvents(
      article(
        'The president asked about the aid a month before the call with his counterpart.\n\nThe two leaders spoke in a call on July 25.',
        '2019-12-21',
      ),
    );
    expect(rows(events)).toEqual([
      [1, 'a month before', '2019-06', 'month'],
      [2, 'July 25', '2019-07-25', 'day'],
    ]);
  });

  it('dates "two days later" from the previous dated event', () => {
    const events = extractEvents(
      article(
        'The minister was questioned on March 3.\n\nTwo days later, the minister resigned.',
        '2019-06-20',
      ),
    );
    expect(rows(events)).toEqual([
      [1, 'March 3', '2019-03-03', 'day'],
      [2, 'Two days later', '2019-03-05', 'day'],
    ]);
  });

  it('dates "the next day" from the previous dated event', () => {
    const events = extractEvents(
      article('Protesters gathered on June 3.\n\nThe next day, the governor imposed a curfew.', '2020-06-10'),
    );
    expect(rows(events)).toEqual([
      [1, 'June 3', '2020-06-03', 'day'],
      [2, 'The next day', '2020-06-04', 'day'],
    ]);
  });

  it('dates "later that day" and "by then" from the event told before, "earlier in the day" from publication', () => {
    const events = extractEvents(
      article(
        'The band played its last show on March 3.\n\nLater that day, the singer announced a new album.\n\nBy then, tickets for the tour had sold out.\n\nEarlier in the day, the label issued a statement.',
        '2021-03-12',
      ),
    );
    expect(rows(events)).toEqual([
      [1, 'March 3', '2021-03-03', 'day'],
      [2, 'Later that day', '2021-03-03', 'day'],
      [3, 'By then', '2021-03-03', 'day'],
      [4, 'Earlier in the day', '2021-03-12', 'day'],
    ]);
  });

  it('speaks from a later day when the article quotes a post dated after its publication', () => {
    // Published on Saturday 2019-12-21, updated with a post of Sunday 2019-12-22.
    const events = extractEvents(
      article(
        'The senator said Sunday that the trial must be fair.\n\nSee the post. — A Senator (@senator) December 22, 2019',
        '2019-12-21',
      ),
    );
    expect(rows(events)).toEqual([
      [1, 'Sunday', '2019-12-22', 'day'],
      [2, 'December 22, 2019', '2019-12-22', 'day'],
    ]);
  });

  it('does not move its day for an upcoming date', () => {
    const events = extractEvents(
      article(
        'The senator said Sunday that the trial must be fair.\n\nThe vote is scheduled for December 22, 2019.',
        '2019-12-21',
      ),
    );
    expect(rows(events)).toEqual([
      [1, 'Sunday', '2019-12-15', 'day'],
      [2, 'December 22, 2019', '2019-12-22', 'day'],
    ]);
  });

  it('keeps weekdays of an undated article as events without a date', () => {
    const events = extractEvents(article('The senator said on Monday that the bill was dead.', null));
    expect(rows(events)).toEqual([[1, 'Monday', null, null]]);
  });
});

describe('undated events', () => {
  it('a past-tense report without a date is an event with date null', () => {
    const events = extractEvents(
      article('Iran held talks with officials from the regional government.', '2019-06-20'),
    );
    expect(events).toEqual([
      {
        text: 'Iran held talks with officials from the regional government.',
        paragraph: 1,
        date: null,
        expression: null,
        rule: null,
        upcoming: false,
      },
    ]);
  });

  it('opinions, questions, quotations and reported speech alone are not events', () => {
    const events = extractEvents(
      article(
        [
          'The plan is a good one for the whole country.',
          'Who ordered the strikes on the border towns?',
          '“We completed the work on the bridge ahead of time,” the minister said.',
          'The spokesman said the talks are going well so far.',
        ].join('\n\n'),
        '2019-06-20',
      ),
    );
    expect(events).toEqual([]);
  });
});

describe('what a reader of /what-happened sees once, as written, and in the right tense', () => {
  it('drops the closing mark of a quotation opened a sentence before, and the opening mark of the next', () => {
    const events = extractEvents(
      article(
        '“We knew it would take time,” the director said on Monday. “The new wing will be finished by the spring of 2026.”',
        '2024-02-01',
      ),
    );
    expect(events.map((e) => [e.text, e.date?.iso])).toEqual([
      ['“We knew it would take time,” the director said on Monday.', '2024-01-29'],
      ['The new wing will be finished by the spring of 2026.', '2026'],
    ]);
  });

  it('lists a sentence once at its date, not a second time undated for words that place nothing', () => {
    // Nothing earlier in the article dates "the next week": it alone would give an undated listing.
    const events = extractEvents(
      article('The club hired a coach on Tuesday and lost its first match the next week.', '2021-03-12'),
    );
    expect(rows(events)).toEqual([[1, 'Tuesday', '2021-03-09', 'day']]);
  });

  it('lists a sentence repeated further down the article once', () => {
    const events = extractEvents(
      article(
        'The mill shut down in 2009.\n\nThe town held a vigil for the workers.\n\nThe mill shut down in 2009.',
        '2021-03-12',
      ),
    );
    expect(rows(events)).toEqual([
      [1, '2009', '2009', 'year'],
      [2, null, null, null],
    ]);
  });

  it('marks a dated statement about the future as upcoming, and what happened as not', () => {
    // 2021-03-12 is a Friday.
    const events = extractEvents(
      article(
        'The council approved the budget on Wednesday.\n\nThe council will vote on the new stadium on Tuesday.\n\nThe stadium opens in August.',
        '2021-03-12',
      ),
    );
    expect(events.map((e) => [e.expression, e.date?.iso, e.upcoming])).toEqual([
      ['Wednesday', '2021-03-10', false],
      ['Tuesday', '2021-03-16', true],
      ['August', '2021-08', true],
    ]);
  });

  it('does not list an undated statement about the future as something that happened', () => {
    const events = extractEvents(
      article(
        'The factory that employed the town will be demolished and replaced by offices.\n\nThe company is set to sell the land that it inherited.\n\nWorkers protested outside the gates of the factory.',
        '2021-03-12',
      ),
    );
    expect(events.map((e) => [e.text, e.upcoming])).toEqual([
      ['Workers protested outside the gates of the factory.', false],
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import type { Citation } from '../../src/core/types.ts';
import { citationText, describeQuestion, renderNoResults } from '../../src/discord/render.ts';

const citation: Citation = {
  articleId: 'a1',
  title: 'Bridge opens',
  outlet: 'Town Herald',
  date: '2022-11-14',
  url: 'https://example.org/news/bridge_(town)',
  source: 'corpus/bridge.md',
  paragraph: 3,
};

describe('citationText', () => {
  test('a linked title, outlet, date and paragraph; parentheses in the URL cannot end the link', () => {
    expect(citationText(citation)).toBe(
      '[Bridge opens](https://example.org/news/bridge_%28town%29) — Town Herald, 14 Nov 2022, ¶3',
    );
    expect(citationText(citation, false)).toBe(
      '[Read the article](https://example.org/news/bridge_%28town%29) — Town Herald, 14 Nov 2022, ¶3',
    );
  });

  test('without a web address: the title in bold and the file it came from', () => {
    expect(citationText({ ...citation, url: 'javascript:alert(1)', outlet: null, date: null })).toBe(
      '**Bridge opens** — ¶3\n`corpus/bridge.md`',
    );
  });
});

describe('the question as the reply repeats it', () => {
  test('each command’s own words', () => {
    expect(describeQuestion({ command: 'who-said', topic: 'bridge', speaker: 'Ana' })).toBe(
      '“bridge” by “Ana”',
    );
    expect(describeQuestion({ command: 'what-happened', topic: 'bridge', when: 'March' })).toBe(
      '“bridge” (March)',
    );
    expect(describeQuestion({ command: 'source', text: 'open before winter' })).toBe('“open before winter”');
  });

  test('nothing found: the question and the suggestion', () => {
    const question = { command: 'source', text: 'zebra' } as const;
    const answer = {
      command: 'source' as const,
      query: { text: 'zebra' },
      results: [],
      total: 0,
      offset: 0,
      suggestion: 'Try other words.',
    };
    expect(renderNoResults(question, answer)).toBe('I found nothing for “zebra”. Try other words.');
  });
});

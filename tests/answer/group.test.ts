import { describe, expect, it } from 'vitest';
import { groupResults } from '../../src/answer/group.ts';
import type { Citation } from '../../src/core/types.ts';

const cite = (articleId: string, outlet: string, date: string | null): Citation => ({
  articleId,
  title: articleId,
  outlet,
  date,
  url: null,
  source: `${articleId}.txt`,
  paragraph: 1,
});
const result = (text: string, speaker: string, citation: Citation, score: number) => ({
  text,
  speaker,
  citation,
  carriedBy: [citation],
  score,
});

describe('one quote, many articles', () => {
  const ranked = [
    result('“We will not go in,”', 'A', cite('late', 'Courier', '2022-11-16'), 0.1),
    result('We will not go in', 'B', cite('other', 'Gazette', '2022-11-15'), 0.2),
    result('We will NOT go in — and we never wanted to', 'A', cite('early', 'Tasnim', '2022-11-14'), 0.3),
    result('Something else entirely', 'A', cite('x', 'Mehr', '2022-11-13'), 0.4),
    result('we will not go in', 'A', cite('undated', 'IRNA', null), 0.5),
  ];
  const grouped = groupResults(ranked, (a, b) => a.speaker === b.speaker);

  it('same folded words or one inside the other, same speaker: one result, at its best rank', () => {
    expect(grouped.map((g) => [g.speaker, g.citation.articleId, g.score])).toEqual([
      ['A', 'early', 0.1],
      ['B', 'other', 0.2],
      ['A', 'x', 0.4],
    ]);
  });

  it('the earliest article is the source; undated carriers come last', () => {
    expect(grouped[0]?.text).toBe('We will NOT go in — and we never wanted to');
    expect(grouped[0]?.carriedBy.map((c) => c.outlet)).toEqual(['Tasnim', 'Courier', 'IRNA']);
  });
});

import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../src/bench/generate.ts';
import { seededRandom } from '../../src/bench/random.ts';
import { FULL_SCAN_LIMIT } from '../../src/search/options.ts';
import { cleanQuery } from '../../src/search/query.ts';
import { TextIndex } from '../../src/search/text-index.ts';

interface Note {
  id: number;
  text: string;
}

/** A collection larger than the full-scan limit, of made-up words, the same every run. */
function generated(count: number): Note[] {
  const random = seededRandom(11);
  const words = vocabulary(random, 3000);
  const word = (): string => words[Math.floor(words.length * random() ** 2)] ?? 'word';
  return Array.from({ length: count }, (_, id) => ({
    id,
    text: Array.from({ length: 12 + Math.floor(random() * 20) }, word).join(' '),
  }));
}

const notes = (): TextIndex<Note> => new TextIndex<Note>([{ name: 'text', weight: 1, get: (n) => n.text }]);

describe('TextIndex on a large collection', () => {
  const items = generated(FULL_SCAN_LIMIT * 4);
  const index = notes();
  index.add(items);
  // Queries of four consecutive words of an item: what someone pasting a phrase asks.
  const queries = [7, 101, 555, 999, 1234, 1777]
    .map((n) => n % (FULL_SCAN_LIMIT * 4))
    .map((id) => {
      const item = items[id] as Note;
      return { id, query: cleanQuery(item.text.split(' ').slice(3, 7).join(' ')) };
    });

  it('uses the word index (candidates), not a full scan', () => {
    const first = queries[0];
    if (!first) throw new Error('no query');
    const candidates = index.candidates(first.query);
    expect(candidates).not.toBeNull();
    expect(candidates?.length).toBeLessThan(index.size);
  });

  it('finds the same top result as Fuse.js reading every item', () => {
    for (const { id, query } of queries) {
      const fast = index.search(query, { limit: 5 });
      const full = index.searchFullScan(query, 5);
      expect(fast[0]?.item.text).toBe(full[0]?.item.text);
      expect(fast.map((h) => h.item.text)).toContain(items[id]?.text);
    }
  });

  it('finds an item from a misspelt word among others', () => {
    const item = items[321] as Note;
    const words = item.text.split(' ').slice(0, 4);
    const long = words.findIndex((w) => w.length >= 6);
    const target = words[long] ?? '';
    words[long] = target.slice(0, 2) + (target[3] ?? '') + (target[2] ?? '') + target.slice(4);
    const hits = index.search(cleanQuery(words.join(' ')), { limit: 5 });
    expect(hits.map((h) => h.item.id)).toContain(321);
  });

  it('applies a filter before choosing candidates, so filtered-out items never crowd the rest', () => {
    const item = items[1024] as Note;
    const query = cleanQuery(item.text.split(' ').slice(0, 4).join(' '));
    const hits = index.search(query, { limit: 5, filter: (n) => n.id % 2 === 0 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.item.id % 2 === 0)).toBe(true);
    expect(hits[0]?.item.id).toBe(1024);
  });

  it('attached to a saved word index, answers as before and keeps taking items', () => {
    const saved = index.exportWords();
    const copy = notes();
    copy.attach(items, saved);
    for (const { query } of queries) {
      expect(copy.search(query, { limit: 5 }).map((h) => h.item.id)).toEqual(
        index.search(query, { limit: 5 }).map((h) => h.item.id),
      );
    }
    copy.add([{ id: -1, text: 'wholly unmistakable newcomer phrase' }]);
    expect(copy.search(cleanQuery('unmistakable newcomer'), { limit: 1 })[0]?.item.id).toBe(-1);
    expect(() => notes().attach(items.slice(1), saved)).toThrow();
  });

  it('forgets removed items', () => {
    const copy = notes();
    copy.add(items);
    copy.removeWhere((n) => n.id === 7);
    const first = queries[0];
    if (!first) throw new Error('no query');
    expect(copy.search(first.query, { limit: 10 }).map((h) => h.item.id)).not.toContain(7);
    expect(copy.size).toBe(items.length - 1);
  });
});

describe('TextIndex on a small collection', () => {
  it('reads every item and still forgives a typo', () => {
    const index = notes();
    index.add([
      { id: 1, text: 'The ambassador met the foreign minister in Baghdad.' },
      { id: 2, text: 'Rocket launchers were found near the border.' },
    ]);
    expect(index.candidates(cleanQuery('ambassador'))).toBeNull();
    expect(index.search(cleanQuery('ambasador baghdad'), { limit: 3 })[0]?.item.id).toBe(1);
  });
});

describe('TextIndex with a query of common words only', () => {
  // Pasted from a quote, "it is up to the" or "to go in with a" has no word a fuzzy search weighs.
  const quotes = [
    { id: 1, text: 'Many may contain added sugar, and it’s up to the consumer to figure it out.' },
    { id: 2, text: 'It is up to the parents, she said, and it is up to the school board.' },
    { id: 3, text: 'It is up to the consumer.' },
    { id: 4, text: 'Going into the break it’s important to go in with a good taste in your mouth.' },
    { id: 5, text: 'It is not up to the council to decide.' },
  ];
  const small = notes();
  small.add(quotes);
  const large = notes();
  large.add([...generated(FULL_SCAN_LIMIT * 2).map((n) => ({ ...n, id: n.id + 100 })), ...quotes]);

  it('flags such queries, and only those', () => {
    expect(cleanQuery('it is up to the').onlyCommonWords).toBe(true);
    expect(cleanQuery('to go in with a').onlyCommonWords).toBe(true);
    expect(cleanQuery('up to the consumer').onlyCommonWords).toBe(false);
  });

  it('finds the exact phrase, shortest text first, on a small and a large collection', () => {
    for (const index of [small, large]) {
      expect(index.search(cleanQuery('it is up to the'), { limit: 5 }).map((h) => h.item.id)).toEqual([3, 2]);
      expect(index.search(cleanQuery('it’s up to the'), { limit: 5 }).map((h) => h.item.id)).toEqual([1]);
      expect(index.search(cleanQuery('To go in, with a…'), { limit: 5 }).map((h) => h.item.id)).toEqual([4]);
    }
  });

  it('marks the phrase words and respects the filter', () => {
    const [hit] = large.search(cleanQuery('it is up to the'), { limit: 1, filter: (n) => n.id !== 3 });
    expect(hit?.item.id).toBe(2);
    const text = quotes[1]?.text ?? '';
    expect(hit?.highlights.map((h) => text.slice(h.start, h.end))).toEqual([
      'It is up to the',
      'it is up to the',
    ]);
  });

  it('finds nothing for two common words, or words in another order', () => {
    expect(large.search(cleanQuery('up to'), { limit: 5 })).toEqual([]);
    expect(large.search(cleanQuery('the to up is it'), { limit: 5 })).toEqual([]);
  });
});

describe('TextIndex with a pasted phrase', () => {
  const long =
    'Coming off a year where you got to plan everything, it was kind of nice, but now I am right back to where I was before, and it is a goal but not the only goal, and we will see how the season goes for everyone involved';
  const shorts = Array.from({ length: 120 }, (_, i) => ({ id: 1000 + i, text: `I'm back ${i}.` }));
  const index = notes();
  index.add([...generated(FULL_SCAN_LIMIT * 2), ...shorts, { id: -5, text: long }]);

  it('puts the item holding the exact words first, past a hundred shorter items sharing one of them', () => {
    const hits = index.search(cleanQuery('back to where I was'), { limit: 3 });
    expect(hits[0]?.item.id).toBe(-5);
    expect(hits[1]?.item.id).toBeGreaterThanOrEqual(1000);
    expect(hits[0]?.score).toBeLessThan(hits[1]?.score ?? 0);
  });

  it('without the exact words in order, the short items come first', () => {
    expect(index.search(cleanQuery('was where back'), { limit: 1 })[0]?.item.id).toBeGreaterThanOrEqual(1000);
  });
});

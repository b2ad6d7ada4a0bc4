import { describe, expect, it } from 'vitest';
import { indexTerms, oneEditAway, stem } from '../../src/search/terms.ts';
import { WordIndex } from '../../src/search/word-index.ts';

const DOCS = [
  'The council approved the new bridge over the river on Monday.',
  'Elections in the province were delayed until the spring.',
  'The minister said the budget would fund three hospitals.',
  'Protesters gathered outside the parliament building at dawn.',
  'A storm closed the harbour and cancelled every ferry crossing.',
];

function indexOf(docs: readonly string[]): WordIndex {
  const index = new WordIndex();
  docs.forEach((text, doc) => {
    index.add(doc, text);
  });
  return index;
}

describe('index terms', () => {
  it('drops stopwords, lower-cases, strips diacritics and light-stems', () => {
    expect(indexTerms('The Élections of Zürich’s councils')).toEqual(['election', 'zurich', 'council']);
    expect(stem('hospitals')).toBe('hospital');
    expect(stem('crossing')).toBe('cross');
    expect(stem('policies')).toBe('policy');
    expect(stem('gas')).toBe('gas');
  });

  it('one edit away covers a swap, a drop, an extra and a wrong letter', () => {
    const near = oneEditAway('bridge');
    for (const typo of ['brigde', 'bridg', 'briddge', 'bridgr'])
      expect(oneEditAway(typo).has('bridge')).toBe(true);
    expect(near.has('bridge')).toBe(false);
  });
});

describe('WordIndex', () => {
  it('finds the doc that holds the words, best first', () => {
    const index = indexOf(DOCS);
    expect(index.search(['bridge', 'river'], 3)[0]).toBe(0);
    expect(index.search(['hospitals', 'budget'], 3)[0]).toBe(2);
  });

  it('finds a doc through another form of a word', () => {
    expect(indexOf(DOCS).search(['election'], 3)).toEqual([1]);
  });

  it('finds a doc through a misspelt word', () => {
    const index = indexOf(DOCS);
    expect(index.search(['protestors'], 3)).toEqual([3]);
    expect(index.search(['parliment', 'dawn'], 3)[0]).toBe(3);
    expect(index.search(['harbuor'], 3)).toEqual([4]);
  });

  it('never returns a removed doc, nor one the filter refuses', () => {
    const index = indexOf(DOCS);
    index.remove(0);
    expect(index.search(['bridge'], 3)).toEqual([]);
    expect(index.search(['the', 'minister', 'storm'], 5, (doc) => doc !== 2)).toEqual([4]);
  });

  it('keeps the best `limit` docs by score', () => {
    const docs = Array.from({ length: 50 }, (_, i) => `report ${'report '.repeat(i % 5)} number ${i}`);
    const index = indexOf(docs);
    const best = index.search(['report'], 10);
    expect(best).toHaveLength(10);
    expect(new Set(best).size).toBe(10);
  });

  it('comes back from its saved state with the same answers, and takes new docs after', () => {
    const index = indexOf(DOCS);
    index.remove(1);
    const restored = WordIndex.fromState(index.exportState());
    for (const words of [['bridge'], ['election'], ['ferry', 'storm'], ['parliment']]) {
      expect(restored.search(words, 5)).toEqual(index.search(words, 5));
    }
    restored.add(5, 'A new ferry timetable starts in June.');
    expect(restored.search(['timetable'], 5)).toEqual([5]);
    expect(restored.docCount).toBe(5);
  });

  it('answers the same before and after its added postings are folded in', () => {
    // Enough postings that a query folds the log into the flat arrays first.
    const docs = Array.from(
      { length: 4000 },
      (_, i) => `alpha${i % 97} beta${i % 89} gamma${i % 13} ${'delta '.repeat(i % 7)}item${i}`,
    );
    const index = indexOf(docs);
    const before = WordIndex.fromState(index.exportState());
    const words = ['alpha5', 'beta7', 'item1000'];
    const fresh = indexOf(docs);
    expect(fresh.search(words, 10)).toEqual(before.search(words, 10));
    expect(fresh.search(['item1234'], 1)).toEqual([1234]);
  });

  it('refuses a doc id it already has', () => {
    const index = indexOf(DOCS);
    expect(() => index.add(2, 'again')).toThrow();
  });
});

describe('WordIndex.docsWithEvery', () => {
  it('lists the docs holding every word (in any form), before and after folding, and skips removed ones', () => {
    const index = indexOf([
      ...DOCS,
      'The minister said the hospitals were full.',
      'Hospitals, the minister said.',
    ]);
    expect(index.docsWithEvery(['minister', 'hospital'], 100)?.sort()).toEqual([2, 5, 6]);
    index.remove(5);
    expect(index.docsWithEvery(['the', 'ministers', 'hospitals'], 100)?.sort()).toEqual([2, 6]);
    index.exportState();
    expect(index.docsWithEvery(['minister', 'budget'], 100)).toEqual([2]);
  });

  it('says nothing can match a word it has never seen, and gives up on words more common than asked', () => {
    const index = indexOf(DOCS);
    expect(index.docsWithEvery(['minister', 'zeppelin'], 100)).toEqual([]);
    expect(index.docsWithEvery(['the', 'of'], 100)).toBeNull();
    const common = indexOf(Array.from({ length: 50 }, (_, i) => `river crossing number ${i}`));
    expect(common.docsWithEvery(['river', 'crossing'], 10)).toBeNull();
    expect(common.docsWithEvery(['river', 'crossing'], 50)).toHaveLength(50);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { extractQuotes } from '../../src/extract/quotes/extract.ts';
import { RULES_OFF_VARIABLE } from '../../src/extract/rules.ts';

const quotesOf = (...paragraphs: string[]): Quote[] =>
  extractQuotes(buildArticle({ id: 't', title: 'Test', body: paragraphs.join('\n\n'), source: 'test' }));
const credits = (quotes: Quote[]) => quotes.map((q) => [q.text, q.speaker, q.creditedBy]);

afterEach(() => {
  delete process.env[RULES_OFF_VARIABLE];
});

describe('surnames that are also words', () => {
  it('reads "Kelly said" as a name, not an -ly adverb before the verb', () => {
    expect(
      credits(
        quotesOf(
          'Shelter director Liam Kelly opened the doors at dawn.',
          '"We had forty beds by midnight," Kelly said.',
        ),
      ),
    ).toEqual([['"We had forty beds by midnight,"', 'Liam Kelly', 'cue-in-sentence']]);
  });

  it('credits "May said" to the councillor named May, not to nobody as a modal', () => {
    const paragraphs = [
      'Councillor Ruth May chairs the transit board.',
      '"The buses will run late tonight," May said.',
      'May said the ferries would wait for the last bus.',
    ];
    expect(credits(quotesOf(...paragraphs))).toEqual([
      ['"The buses will run late tonight,"', 'Ruth May', 'cue-in-sentence'],
      ['the ferries would wait for the last bus', 'Ruth May', 'cue-in-sentence'],
    ]);
    process.env[RULES_OFF_VARIABLE] = 'name-not-adverb,surname-not-word';
    expect(credits(quotesOf(...paragraphs))).toEqual([['"The buses will run late tonight,"', null, null]]);
  });

  it('resolves a surname the lexicon reads as an adverb ("Connolly") to the full name', () => {
    expect(
      credits(
        quotesOf(
          'Veteran skipper Nora Connolly steered the boat home.',
          'Connolly said the storm came quickly.',
        ),
      ),
    ).toEqual([['the storm came quickly', 'Nora Connolly', 'cue-in-sentence']]);
  });
});

describe('colon introductions', () => {
  it('credits a quotation a colon introduces to the subject of its sentence, not the last speaker', () => {
    expect(
      credits(
        quotesOf(
          '"The rent doubled," said tenant Ada Lind.',
          'Tomas Reyes runs the bakery downstairs.',
          'Reyes puts it plainly: "Flour costs twice what it did."',
        ),
      ),
    ).toEqual([
      ['"The rent doubled,"', 'Ada Lind', 'cue-in-sentence'],
      ['"Flour costs twice what it did."', 'Tomas Reyes', 'colon-introduction'],
    ]);
  });
});

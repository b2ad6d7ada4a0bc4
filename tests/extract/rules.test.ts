import { afterEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { extractQuotes } from '../../src/extract/quotes/extract.ts';
import { RULES_OFF_VARIABLE, ruleOn, unknownRules } from '../../src/extract/rules.ts';

const quotesOf = (...paragraphs: string[]): Quote[] =>
  extractQuotes(buildArticle({ id: 't', title: 'Test', body: paragraphs.join('\n\n'), source: 'test' }));
const credits = (quotes: Quote[]) => quotes.map((q) => [q.text, q.speaker, q.rule, q.creditedBy]);

const PASSAGE = [
  'Harbour pilot Ines Valdor said the fog had lifted by noon.',
  '"We waited four hours for the channel to clear," Valdor said.',
  '"Nobody wanted to risk the approach in that weather."',
];

describe('named rules', () => {
  afterEach(() => {
    delete process.env[RULES_OFF_VARIABLE];
  });

  it('stamps every quote with the rule that found it and the sieve that credited it', () => {
    expect(credits(quotesOf(...PASSAGE))).toEqual([
      ['the fog had lifted by noon', 'Ines Valdor', 'clause-after-cue', 'cue-in-sentence'],
      [
        '"We waited four hours for the channel to clear,"',
        'Ines Valdor',
        'quotation-marks',
        'cue-in-sentence',
      ],
      [
        '"Nobody wanted to risk the approach in that weather."',
        'Ines Valdor',
        'quotation-marks',
        'following',
      ],
    ]);
  });

  it('keeps a quotation whose sieve is switched off, with its speaker not stated', () => {
    process.env[RULES_OFF_VARIABLE] = 'following';
    expect(ruleOn('following')).toBe(false);
    expect(credits(quotesOf(...PASSAGE)).at(-1)).toEqual([
      '"Nobody wanted to risk the approach in that weather."',
      null,
      'quotation-marks',
      null,
    ]);
  });

  it('names the words that are not rules', () => {
    expect(unknownRules(['narrator', 'no-such-rule'])).toEqual(['no-such-rule']);
  });
});

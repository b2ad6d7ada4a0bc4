import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { extractQuotes } from '../../src/extract/quotes/extract.ts';

const seedPath = fileURLToPath(new URL('../../seeds/000_1428a1c93f5937bd.txt', import.meta.url));
const [title = '', ...body] = readFileSync(seedPath, 'utf8').split('\n');
const article = buildArticle({ id: 'seed', title, body: body.join('\n'), source: seedPath });
const quotes = extractQuotes(article);

const find = (start: string): Quote => {
  const quote = quotes.find((q) => q.text.replace(/^["“]/, '').startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}" in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return quote;
};

const AMBASSADOR = 'Mohammad Kazem Al-e Sadeq';
const AMBASSADOR_ROLE = 'Iran’s ambassador to Baghdad';

describe('extractQuotes on the seed article', () => {
  it('credits "The ambassador said: …" to the ambassador by his full name and role (¶3)', () => {
    const quote = find('The issue of ground advance on Iraqi soil is not true');
    expect(quote).toEqual({
      text: '“The issue of ground advance on Iraqi soil is not true and is basically out of question. We respect the sovereignty of Iraq and have done a lot for the stability and territorial unity of Iraq, for its people, and for the prosperity of that country,”',
      kind: 'direct',
      paragraph: 3,
      speaker: AMBASSADOR,
      role: AMBASSADOR_ROLE,
      rule: 'quotation-marks',
      creditedBy: 'cue-in-sentence',
    });
  });

  it('keeps the clause after "adding that" as indirect speech by the same speaker (¶3)', () => {
    expect(find('that it would be impossible')).toMatchObject({
      kind: 'indirect',
      paragraph: 3,
      speaker: AMBASSADOR,
    });
  });

  it('resolves "According to Al-e Sadeq" to the full name (¶4)', () => {
    expect(find('Iran held talks with the officials')).toMatchObject({
      kind: 'indirect',
      paragraph: 4,
      speaker: AMBASSADOR,
      role: AMBASSADOR_ROLE,
    });
  });

  it('resolves the surname "Al-e Sadeq stated" and the pronoun in "as he further noted" (¶6)', () => {
    expect(find('We always try to settle problems through dialogue')).toMatchObject({
      kind: 'direct',
      paragraph: 6,
      speaker: AMBASSADOR,
    });
    expect(find('his country supplied Iraq with more than 70 documents')).toMatchObject({
      text: 'his country supplied Iraq with more than 70 documents regarding training camps, gathering locations and armed units of the groups in the Kurdistan Region',
      kind: 'indirect',
      paragraph: 6,
      speaker: AMBASSADOR,
    });
  });

  it('never takes a quote from the "Read more" link (¶5)', () => {
    expect(quotes.filter((q) => q.paragraph === 5)).toEqual([]);
  });

  it('credits a news agency with what it "reported on November 14 that …" (¶7)', () => {
    expect(find('that the IRGC')).toMatchObject({
      kind: 'indirect',
      paragraph: 7,
      speaker: 'Tasnim News Agency',
    });
  });

  it('resolves "the ministry stressed" to Iran’s Foreign Ministry (¶8)', () => {
    expect(find('Our military retaliation is within international laws')).toEqual({
      text: '"Our military retaliation is within international laws and is not a violation of Iraqi sovereignty,"',
      kind: 'direct',
      paragraph: 8,
      speaker: "Iran's Foreign Ministry",
      role: null,
      rule: 'quotation-marks',
      creditedBy: 'cue-in-sentence',
    });
  });

  it('credits the IRGC with the quotation after "with the IRGC stating:" (¶9)', () => {
    expect(find('These terrorists')).toMatchObject({ kind: 'direct', paragraph: 9, speaker: 'IRGC' });
  });

  it('credits the IRGC with the indirect statement (¶10)', () => {
    expect(find('that officials of the Iraqi Kurdistan Region have been warned')).toMatchObject({
      kind: 'indirect',
      paragraph: 10,
      speaker: 'IRGC',
    });
  });

  it('keeps the mixed quote of ¶11 whole, credited to the IRGC', () => {
    expect(quotes.filter((q) => q.paragraph === 11)).toEqual([
      {
        text: 'When the attacks began in September, the operation carried out by Tehran\'s forces was part of efforts to ensure "durable security" along the Iraqi-Iranian borders and "punish criminal terrorists"',
        kind: 'partial',
        paragraph: 11,
        speaker: 'IRGC',
        role: null,
        rule: 'clause-before-cue',
        creditedBy: 'cue-in-sentence',
      },
    ]);
  });

  it('lists the partial quotes "durable security" and "punish criminal terrorists" when asked for fragments (¶11)', () => {
    const fragments = extractQuotes(article, { fragments: true }).filter(
      (q) => q.kind === 'partial' && q.text.startsWith('"'),
    );
    expect(fragments).toEqual([
      {
        text: '"durable security"',
        kind: 'partial',
        paragraph: 11,
        speaker: 'IRGC',
        role: null,
        rule: 'quotation-marks',
        creditedBy: 'cue-in-sentence',
      },
      {
        text: '"punish criminal terrorists"',
        kind: 'partial',
        paragraph: 11,
        speaker: 'IRGC',
        role: null,
        rule: 'quotation-marks',
        creditedBy: 'cue-in-sentence',
      },
    ]);
  });

  it('quotes only verbatim text from the article', () => {
    // Every paragraph with a quotation or a reported statement gives at least one quote.
    expect(new Set(quotes.map((q) => q.paragraph))).toEqual(new Set([3, 4, 6, 7, 8, 9, 10, 11]));
    for (const quote of quotes) {
      expect(article.paragraphs[quote.paragraph - 1]?.text).toContain(quote.text);
    }
  });
});

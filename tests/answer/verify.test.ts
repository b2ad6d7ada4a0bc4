import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnswerOf, answerJson, ask } from '../../src/answer/ask.ts';
import { readClaim } from '../../src/answer/verify.ts';
import { Knowledge } from '../../src/core/knowledge.ts';
import { writeClaimsCorpus } from '../fixtures/claims-corpus.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const BRIDGE = 'We will rebuild the old bridge before the winter floods arrive';

let dir: string;
let k: Knowledge;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsdesk-verify-'));
  writeClaimsCorpus(dir);
  k = await Knowledge.load([dir]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verify = (quote: string, speaker?: string) =>
  ask(k, { command: 'verify', quote, ...(speaker ? { speaker } : {}) }, { now: NOW }) as AnswerOf<'verify'>;
const verdictOf = (quote: string, speaker?: string) => {
  const a = verify(quote, speaker);
  return [a.verdict, a.trimmed, a.speaker];
};

describe('/verify gives exactly one verdict', () => {
  it('verified: the words, folded (quotation marks, dashes, case), credited to the speaker named', () => {
    const a = verify(`“${BRIDGE.toUpperCase()}”`, 'Varga');
    expect([a.verdict, a.trimmed, a.speaker]).toEqual(['verified', false, 'Elena Varga']);
    expect(a.summary).toBe(
      'Verified: Elena Varga said this, in these words. First reported 14 Nov 2022 by Harbour Gazette. ' +
        'The articles disagree on who said it: “Elena Varga” and “Piotr Nowak”.',
    );
    // One quote carried by two outlets is one piece of evidence, from the earliest article.
    expect(a.results.map((m) => [m.articleId, m.speaker, m.carriedBy.map((c) => c.outlet)])).toEqual([
      ['gazette-bridge', 'Elena Varga', ['Harbour Gazette', 'Valley Courier']],
      ['coastline-bridge', 'Piotr Nowak', ['Coastline News']],
    ]);
  });

  it('speakers are matched despite typos, accents, and by the role the corpus gives', () => {
    expect(verdictOf(BRIDGE, 'Elena Vargá')).toEqual(['verified', false, 'Elena Varga']);
    expect(verdictOf(BRIDGE, 'Elena Vargo')).toEqual(['verified', false, 'Elena Varga']);
    expect(verdictOf(BRIDGE, 'the mayor')).toEqual(['verified', false, 'Elena Varga']);
  });

  it('verified and trimmed: a contiguous part of a longer quote', () => {
    expect(verdictOf('rebuild the old bridge before the winter', 'Varga')).toEqual([
      'verified',
      true,
      'Elena Varga',
    ]);
  });

  it('misattributed: the first report credits someone else, and the later disagreement is shown', () => {
    const a = verify(BRIDGE, 'Piotr Nowak');
    expect([a.verdict, a.speaker, a.speakers]).toEqual([
      'misattributed',
      'Elena Varga',
      ['Elena Varga', 'Piotr Nowak'],
    ]);
    expect(a.summary).toBe(
      'Misattributed: the corpus credits these words to Elena Varga, not to “Piotr Nowak”. First reported 14 Nov 2022 by Harbour Gazette. ' +
        'The articles disagree on who said it: “Elena Varga” and “Piotr Nowak”.',
    );
  });

  it('altered: the corpus wording with the word differences marked', () => {
    const a = verify('We will rebuild the bridge before the spring floods arrive', 'Varga');
    expect(a.verdict).toBe('altered');
    expect(a.results[0]?.diff).toEqual([
      { op: 'same', corpus: 'We will rebuild the' },
      { op: 'removed', corpus: 'old' },
      { op: 'same', corpus: 'bridge before the' },
      { op: 'changed', corpus: 'winter', claim: 'spring' },
      { op: 'same', corpus: 'floods arrive' },
    ]);
    expect(verify(`${BRIDGE} next year`).results[0]?.diff.at(-1)).toEqual({
      op: 'added',
      claim: 'next year',
    });
  });

  it('unattributed: in the corpus, but nobody is credited', () => {
    const a = verify('Residents gathered near the ferry terminal as the storm approached');
    expect([a.verdict, a.speaker]).toEqual(['unattributed', null]);
    expect(
      a.results.map((m) => [
        m.articleId,
        m.citation.paragraph,
        m.source,
        m.carriedBy.map((c) => c.articleId),
      ]),
    ).toEqual([['gazette-bridge', 2, 'passage', ['gazette-bridge', 'courier-bridge']]]);
  });

  it('not found: said plainly, never "false"', () => {
    const a = verify('The lighthouse will be painted purple next spring');
    expect([a.verdict, a.speaker]).toEqual(['not-found', null]);
    expect(a.summary).toBe(
      'Not in the corpus: no article has these words or close ones. (The corpus may be incomplete: this is not a verdict of false.)',
    );
  });

  it('the JSON answer carries verdict, trimmed, speaker and matches with citations', () => {
    const json = answerJson(verify('rebuild the old bridge', 'Varga'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['verdict', 'trimmed', 'speaker', 'matches']));
    expect(json).not.toHaveProperty('results');
    expect((json.matches as { citation: { outlet: string } }[])[0]?.citation.outlet).toBe('Harbour Gazette');
  });
});

describe('a pasted claim', () => {
  it.each([
    ['“We will rebuild.” — Elena Varga', { quote: 'We will rebuild.', speaker: 'Elena Varga' }],
    ['Varga said: "We will rebuild."', { quote: 'We will rebuild.', speaker: 'Varga' }],
    ['"We will rebuild," the mayor said.', { quote: 'We will rebuild', speaker: 'the mayor' }],
    ['"We will rebuild," said Varga.', { quote: 'We will rebuild', speaker: 'Varga' }],
    ['We will rebuild it all', { quote: 'We will rebuild it all' }],
    ['A long road — and one we will walk together', { quote: 'A long road — and one we will walk together' }],
  ])('%s', (message, claim) => {
    expect(readClaim(message)).toEqual(claim);
  });
});

/**
 * Whatever a question contains, it is answered: a word no index knows, 1,000 characters of one
 * script with no space, a `when` of 130 KB. (How long an answer takes is the benchmark's business;
 * before the caps, the first of these ran out of memory on any corpus past 500 items.)
 */
import { describe, expect, it } from 'vitest';
import { type AnswerOf, ask } from '../../src/answer/ask.ts';
import { vocabulary } from '../../src/bench/generate.ts';
import { seededRandom } from '../../src/bench/random.ts';
import { Knowledge } from '../../src/core/knowledge.ts';
import type { ExtractedArticle } from '../../src/core/types.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { FULL_SCAN_LIMIT } from '../../src/search/options.ts';

const NOW = new Date('2026-01-15T12:00:00Z');

/** Articles of made-up words, each paragraph a quote and an undated event: past the full-scan limit. */
function generatedKnowledge(articles: number, paragraphs: number): Knowledge {
  const random = seededRandom(7);
  const words = vocabulary(random, 2000);
  const word = (): string => words[Math.floor(words.length * random() ** 2)] ?? 'word';
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const extracted: ExtractedArticle[] = [];
  for (let a = 0; a < articles; a++) {
    const body = Array.from(
      { length: paragraphs },
      () => `"${sentence(10)}," said Ana Ferreira. ${sentence(8)}.`,
    );
    const article = buildArticle({
      id: `g${a}`,
      title: sentence(5),
      body: body.join('\n\n'),
      source: `g${a}.txt`,
    });
    extracted.push({
      article,
      quotes: article.paragraphs.map((p) => ({
        text: p.text.slice(0, p.text.indexOf(',"') + 2),
        kind: 'direct' as const,
        paragraph: p.number,
        speaker: 'Ana Ferreira',
        role: null,
        rule: 'quotation-marks',
        creditedBy: 'cue-in-sentence',
      })),
      events: article.paragraphs.map((p) => ({
        text: p.text.slice(p.text.indexOf('Ferreira. ') + 10),
        paragraph: p.number,
        date: null,
        expression: null,
        upcoming: false,
        rule: null,
      })),
    });
  }
  return Knowledge.fromExtracted(extracted);
}

describe('questions nobody should ask are still answered', () => {
  const k = generatedKnowledge(60, 10);
  const cjk = '地面作战行动'.repeat(167).slice(0, 1000);

  it('the corpus is past the full-scan limit, so the word index picks candidates', () => {
    expect(k.passages.size).toBeGreaterThan(FULL_SCAN_LIMIT);
    expect(k.quotes.size).toBeGreaterThan(FULL_SCAN_LIMIT);
  });

  it('1,000 CJK characters with no space: /source says it found nothing', () => {
    const answer = ask(k, { command: 'source', text: cjk }, { now: NOW }) as AnswerOf<'source'>;
    expect(answer.results).toEqual([]);
    expect(answer.suggestion).toMatch(/^No paragraph in the corpus matches “地面作战行动地面作战/);
  });

  it('the same at /who-said’s 300-character maximum, as topic and as speaker', () => {
    const topic = ask(
      k,
      { command: 'who-said', topic: cjk.slice(0, 300) },
      { now: NOW },
    ) as AnswerOf<'who-said'>;
    expect(topic.results).toEqual([]);
    expect(topic.suggestion).toMatch(/^No quote matches “地面作战/);
    const speaker = ask(k, { command: 'who-said', speaker: cjk.slice(0, 300) }, { now: NOW });
    expect(speaker.results).toEqual([]);
  });

  it('one very long made-up word among real ones still finds what the real ones match', () => {
    const target = k.article('g12')?.article.paragraphs[3];
    const words = (target?.text ?? '').split(' ').slice(1, 6).join(' ');
    const answer = ask(
      k,
      { command: 'source', text: `${words} ${'x'.repeat(900)}` },
      { now: NOW },
    ) as AnswerOf<'source'>;
    expect(answer.results[0]?.citation).toMatchObject({ articleId: 'g12', paragraph: 4 });
  });

  it('a `when` of 130 KB is read as no date, with the usual advice', () => {
    const when = 'last week of '.repeat(10_000);
    const answer = ask(k, { command: 'what-happened', topic: 'anything', when }, { now: NOW });
    expect(answer.results).toEqual([]);
    expect(answer.suggestion).toMatch(/as a date\. Try “November 2022”, “last week” or “2022-11-14”\.$/);
  });
});

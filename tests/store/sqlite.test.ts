import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSource, whatHappened, whoSaid } from '../../src/answer/index.ts';
import { Knowledge } from '../../src/core/knowledge.ts';
import type { Citation, ExtractedArticle, Paragraph } from '../../src/core/types.ts';
import { searchVersion } from '../../src/ingest/fingerprint.ts';
import { FULL_SCAN_LIMIT } from '../../src/search/options.ts';
import { cleanQuery } from '../../src/search/query.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';

const PLACES = ['Harrowgate', 'Lindqvist', 'Oduya', 'Marchetti', 'Tanaka', 'Below'];
const PEOPLE = ['Ana Ferreira', 'Tomas Berg', 'Leila Haddad', 'Kenji Sato'];
const THINGS = ['bridge', 'harbour', 'school', 'railway', 'hospital', 'stadium', 'library'];

const paragraph = (number: number, text: string): Paragraph => ({
  number,
  text,
  isRelatedLink: false,
  sentences: [{ start: 0, end: text.length, text }],
});

/**
 * Article `i`, made by hand (no extraction): three paragraphs, one quote, one event. Every seventh
 * article repeats the same paragraph word for word, so many items tie on every score and only an
 * order by content can keep answers the same.
 */
function article(i: number): ExtractedArticle {
  const thing = THINGS[i % THINGS.length] ?? 'bridge';
  const place = PLACES[i % PLACES.length] ?? 'Harrowgate';
  const person = PEOPLE[i % PEOPLE.length] ?? 'Ana Ferreira';
  const quote = `We will finish the ${thing} in ${place} before winter number ${i}`;
  const shared = 'The regional council published its yearly budget review on Friday.';
  const texts = [
    `Work on the ${thing} of ${place} began in spring and was delayed by floods near site ${i}.`,
    `"${quote}," said ${person}, the mayor.`,
    i % 7 === 0 ? shared : `Residents of ${place} asked about the ${thing} at meeting ${i}.`,
  ];
  return {
    article: {
      id: `art-${String(i).padStart(4, '0')}`,
      title: `The ${thing} of ${place}`,
      date: `2021-03-${String(1 + (i % 27)).padStart(2, '0')}`,
      outlet: 'Town Herald',
      url: null,
      author: null,
      source: `art-${i}.txt`,
      paragraphs: texts.map((t, n) => paragraph(n + 1, t)),
    },
    quotes: [
      {
        text: quote,
        kind: 'direct',
        paragraph: 2,
        speaker: person,
        role: 'the mayor',
        rule: 'quotation-marks',
        creditedBy: 'cue-in-sentence',
      },
    ],
    events: [
      {
        text: texts[0] ?? '',
        paragraph: 1,
        date: { iso: '2021-03', precision: 'month', yearKnown: true },
        expression: 'in spring',
        upcoming: false,
        rule: 'season',
      },
    ],
  };
}

const COUNT = 260;
const ARTICLES = Array.from({ length: COUNT }, (_, i) => article(i));
const NOW = new Date('2021-06-01T00:00:00Z');

/** Everything a user would see for a fixed set of questions, in order. */
function everything(k: Knowledge): unknown[] {
  // A grouped result shows its source and every article carrying it: both must be reproducible.
  const cite = (r: { citation: Citation; carriedBy?: Citation[] }): string =>
    [r.citation, ...(r.carriedBy ?? [])].map((c) => `${c.articleId}¶${c.paragraph}`).join(' ');
  return [
    ...['budget review Friday', 'bridge Harrowgate floods', 'hospital Oduya', 'railwy Tanaka'].map((text) =>
      findSource(k, { text, limit: 20 }).results.map(cite),
    ),
    ...['finish the school before winter', 'harbour Lindqvist'].map((topic) =>
      whoSaid(k, { topic, limit: 20 }).results.map(cite),
    ),
    whoSaid(k, { speaker: 'Kenji Sato', limit: 20 }).results.map(cite),
    whatHappened(k, { topic: 'stadium delayed floods', limit: 20 }, NOW).results.map(cite),
    k.speakers(),
    k.topics('', 10),
    k.topics('finish', 10),
  ];
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the SQLite store', () => {
  it('holds enough items here for the FTS5 candidates to be used, not a full scan', () => {
    expect(COUNT * 3).toBeGreaterThan(FULL_SCAN_LIMIT);
  });

  it('gives the same answers in the same order however the corpus was loaded', () => {
    const inOrder = Knowledge.fromExtracted(ARTICLES);
    const reversed = Knowledge.fromExtracted([...ARTICLES].reverse());
    // Loaded by odd and even halves, with some removed and put back on the way.
    const shuffled = Knowledge.fromExtracted([
      ...ARTICLES.filter((_, i) => i % 2 === 1),
      ...ARTICLES.filter((_, i) => i % 2 === 0),
    ]);
    shuffled.remove(['art-0007', 'art-0014', 'art-0100']);
    shuffled.add(ARTICLES.filter((a) => ['art-0100', 'art-0014', 'art-0007'].includes(a.article.id)));
    const expected = everything(inOrder);
    expect(everything(reversed)).toEqual(expected);
    expect(everything(shuffled)).toEqual(expected);
    // The tied paragraph is one result (one quote, many articles), carried by all 38 articles holding
    // it, earliest first (2021-03-01: art-0000, art-0189; 2021-03-02: art-0028, art-0217; …), ties by id.
    const [tied, ...others] = findSource(inOrder, { text: 'budget review Friday', limit: 5 }).results;
    expect(tied?.articleId).toBe('art-0000');
    expect(tied?.carriedBy).toHaveLength(38);
    expect(tied?.carriedBy.slice(0, 5).map((c) => c.articleId)).toEqual([
      'art-0000',
      'art-0189',
      'art-0028',
      'art-0217',
      'art-0056',
    ]);
    expect(others.map((r) => r.articleId)).not.toContain('art-0007');
  });

  it('finds a word typed one letter wrong', () => {
    const k = Knowledge.fromExtracted(ARTICLES);
    // "railwy" is no word of the corpus: only its correction, "railway", can find these.
    const found = findSource(k, { text: 'railwy Tanaka', limit: 2 }).results.map((r) => r.text);
    expect(found).toEqual([
      'Residents of Tanaka asked about the railway at meeting 10.',
      'Residents of Tanaka asked about the railway at meeting 52.',
    ]);
  });

  it('forgets a deleted article at once: answers, speakers and topics', () => {
    const k = Knowledge.fromExtracted(ARTICLES.slice(0, 4));
    expect(k.speakers().map((s) => s.name)).toContain('Kenji Sato');
    k.remove(['art-0003']);
    expect(k.speakers().map((s) => s.name)).toEqual(['Ana Ferreira', 'Leila Haddad', 'Tomas Berg']);
    expect(k.topics('railway', 5)).toEqual([]);
    expect(findSource(k, { text: 'railway Marchetti' }).results).toEqual([]);
    expect(whoSaid(k, { speaker: 'Kenji Sato' }).results).toEqual([]);
  });

  it('keeps what was written when the file is closed and opened again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-store-'));
    dirs.push(dir);
    const file = join(dir, 'store.sqlite');
    const first = SqliteStore.open(file, searchVersion());
    for (const entry of ARTICLES.slice(0, 30)) first.put(entry, `key-${entry.article.id}`);
    const before = first.passages
      .search(cleanQuery('hospital Oduya'), { limit: 5 })
      .map((h) => h.item.article.id);
    first.close();
    const again = SqliteStore.open(file, searchVersion());
    expect(again.articleCount).toBe(30);
    expect(again.keys().get('art-0004')).toBe('key-art-0004');
    expect(
      again.passages.search(cleanQuery('hospital Oduya'), { limit: 5 }).map((h) => h.item.article.id),
    ).toEqual(before);
    again.close();
  });
});

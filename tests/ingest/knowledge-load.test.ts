import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSource, whoSaid } from '../../src/answer/index.ts';
import { corpusCacheDir, Knowledge, STORE_FILE } from '../../src/core/knowledge.ts';
import { loadCorpus, readCorpusFields } from '../../src/corpus/load.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { decodeExtracted, encodeExtracted } from '../../src/ingest/codec.ts';
import { extractToPayload } from '../../src/ingest/extract-one.ts';
import { extractOnWorkers } from '../../src/ingest/pool.ts';
import { corpusDir, tempDir, writeArticle } from './fixtures.ts';

/** What a user would see: the top source for a few questions, by article and paragraph. */
function answers(k: Knowledge): string[] {
  return ['bridge of town3', 'harbour town1 winter', 'hospital floods delayed', 'school of town10'].map(
    (text) =>
      findSource(k, { text, limit: 3 })
        .results.map((r) => `${r.articleId}¶${r.citation.paragraph}`)
        .join(','),
  );
}

const load = (dir: string, cacheDir: string | null): Promise<Knowledge> =>
  Knowledge.load([dir], undefined, { cacheDir, workers: 1 });

describe('the extraction codec', () => {
  it('gives back exactly what was extracted', async () => {
    const dir = corpusDir(3);
    writeFileSync(
      join(dir, 'odd.txt'),
      'Odd one\r\n\r\nA “curly” quote, said Ana.\r\n\r\nAnd a line\r\nwith a break.\n',
    );
    const { articles } = await loadCorpus([dir]);
    const { records } = await readCorpusFields([dir]);
    for (const article of articles) {
      const fields = records.find((r) => r.id === article.id);
      if (!fields) throw new Error(`no fields for ${article.id}`);
      const extracted = extractArticle(article);
      expect(decodeExtracted(encodeExtracted(extracted, fields.body), fields)).toEqual(extracted);
    }
  });
});

describe('Knowledge.load with a cache', () => {
  it('answers the same cold, warm, and without a cache; warm extracts and tokenizes nothing', async () => {
    const dir = corpusDir(12);
    const cache = tempDir();
    const cold = await load(dir, cache);
    expect(cold.report).toMatchObject({ articles: 12, fromCache: 0, extracted: 12, restoredIndex: false });
    const warm = await load(dir, cache);
    expect(warm.report).toMatchObject({
      articles: 12,
      fromCache: 12,
      extracted: 0,
      restoredIndex: true,
      indexedArticles: 0,
    });
    const none = await load(dir, null);
    expect(answers(warm)).toEqual(answers(cold));
    expect(answers(none)).toEqual(answers(cold));
    expect(answers(cold).every((a) => a !== '')).toBe(true);
    expect(warm.speakers()).toEqual(cold.speakers());
    expect(warm.quoteCount).toBe(cold.quoteCount);
    for (const typed of ['', 'fin', 'town1', 'winter'])
      expect(warm.topics(typed, 10)).toEqual(cold.topics(typed, 10));
  });

  it('extracts an edited article again, and only that one', async () => {
    const dir = corpusDir(8);
    const cache = tempDir();
    await load(dir, cache);
    writeArticle(dir, 5, ' A ferry named Quillborough was launched.');
    const after = await load(dir, cache);
    expect(after.report).toMatchObject({
      fromCache: 7,
      extracted: 1,
      restoredIndex: true,
      indexedArticles: 1,
    });
    expect(findSource(after, { text: 'ferry Quillborough' }).results[0]?.articleId).toBe('a5');
    expect(answers(after)).toEqual(answers(await load(dir, null)));
  });

  it('forgets a deleted article at the next load', async () => {
    const dir = corpusDir(6);
    const cache = tempDir();
    await load(dir, cache);
    rmSync(join(dir, 'article-003.md'));
    const after = await load(dir, cache);
    expect(after.report).toMatchObject({ articles: 5, fromCache: 5, extracted: 0, restoredIndex: true });
    expect(after.article('a3')).toBeUndefined();
    expect(findSource(after, { text: 'bridge of town3' }).results.map((r) => r.articleId)).not.toContain(
      'a3',
    );
  });

  it('builds the store again when its file is damaged, and says so', async () => {
    const dir = corpusDir(6);
    const cache = tempDir();
    const cold = await load(dir, cache);
    const file = join(corpusCacheDir(cache, [dir]), STORE_FILE);
    cold.store.close();
    for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    const bytes = readFileSync(file);
    bytes.fill(0x20, 0, 200);
    writeFileSync(file, bytes);
    const warnings: string[] = [];
    const again = await Knowledge.load(
      [dir],
      { info() {}, warn: (_f, m) => warnings.push(m) },
      { cacheDir: cache, workers: 1 },
    );
    expect(warnings.some((w) => w.includes('damaged'))).toBe(true);
    expect(again.report).toMatchObject({ fromCache: 0, extracted: 6 });
    expect(answers(again)).toEqual(answers(await load(dir, null)));
    expect((await load(dir, cache)).report).toMatchObject({ fromCache: 6, extracted: 0 });
  });

  it('makes one added article answerable without touching the others', async () => {
    const dir = corpusDir(6);
    const cache = tempDir();
    const k = await load(dir, cache);
    const report = await k.addArticles([
      {
        id: 'late',
        title: 'A late addition',
        body: 'The zephyrine aqueduct reopened on Friday.\n\n"It is finally done," said Ana Ferreira.',
        source: 'late.txt',
        date: '2021-05-07',
      },
    ]);
    expect(report).toMatchObject({ added: 1, changed: 0 });
    expect(findSource(k, { text: 'zephyrine aqueduct' }).results[0]?.articleId).toBe('late');
    expect(k.articleCount).toBe(7);
    // The others stay cached: adding one article never throws the rest of the cache away.
    expect((await load(dir, cache)).report).toMatchObject({ fromCache: 6, extracted: 0 });
  });

  it('updates in place: new, edited and removed files, the rest untouched', async () => {
    const dir = corpusDir(6);
    const cache = tempDir();
    const k = await load(dir, cache);
    writeArticle(dir, 6);
    writeArticle(dir, 2, ' The tramway extension was approved.');
    rmSync(join(dir, 'article-004.md'));
    const report = await k.update([dir]);
    expect(report).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 4 });
    expect(findSource(k, { text: 'tramway extension' }).results[0]?.articleId).toBe('a2');
    expect(k.article('a4')).toBeUndefined();
    const fresh = await load(dir, null);
    expect(answers(k)).toEqual(answers(fresh));
    for (const typed of ['', 'tow', 'finish']) expect(k.topics(typed, 10)).toEqual(fresh.topics(typed, 10));
    expect(k.speakers()).toEqual(fresh.speakers());
    // The saved index follows (a moment later, or at once when flushed): the next start restores it.

    const next = await load(dir, cache);
    expect(next.report).toMatchObject({ extracted: 0, restoredIndex: true, indexedArticles: 0 });
    expect(answers(next)).toEqual(answers(k));
    expect(next.topics('', 10)).toEqual(fresh.topics('', 10));
    // A change after a warm start counts from the saved topics.
    await next.addArticles([
      { id: 'x', title: 'X', body: '"Finish the tramway now," said Ana Ferreira.', source: 'x' },
    ]);
    expect(next.topics('finish', 10)).toContain('finish the tramway');
  });

  it('who-said works the same from the cache', async () => {
    const dir = corpusDir(8);
    const cache = tempDir();
    const cold = await load(dir, cache);
    const warm = await load(dir, cache);
    const ask = (k: Knowledge) => whoSaid(k, { topic: 'finish before winter' }).results.map((r) => r.text);
    expect(ask(warm)).toEqual(ask(cold));
  });
});

describe('two corpora sharing one cache folder', () => {
  /** A second corpus: other speakers, other words, nothing in common with `corpusDir`'s articles. */
  function otherCorpus(): string {
    const dir = tempDir();
    for (let i = 0; i < 4; i++) {
      writeFileSync(
        join(dir, `other-${i}.txt`),
        `Glacier report ${i}\n\n"The glacier ${i} retreated further this summer," said Piotr Wnuk, the surveyor.\n`,
      );
    }
    return dir;
  }

  it('never answers, lists or suggests anything from the corpus loaded before', async () => {
    const first = corpusDir(6);
    const cache = tempDir();
    await load(first, cache);
    const other = otherCorpus();
    const k = await load(other, cache);
    expect(k.speakers().map((s) => s.name)).toEqual(['Piotr Wnuk']);
    expect(k.topics('', 50).some((t) => /town|winter|bridge/.test(t))).toBe(false);
    expect(k.topics('fin', 10)).toEqual([]);
    expect(k.topics('glacier', 3)).toEqual([
      'glacier 0 retreated',
      'glacier 1 retreated',
      'glacier 2 retreated',
    ]);
    expect(findSource(k, { text: 'bridge of town3' }).results).toEqual([]);
    expect(whoSaid(k, { speaker: 'Ana Ferreira' }).results).toEqual([]);
  });

  it('keeps the first corpus warm while another one is loaded from the same folder', async () => {
    const first = corpusDir(6);
    const cache = tempDir();
    const cold = await load(first, cache);
    await load(otherCorpus(), cache);
    const again = await load(first, cache);
    expect(again.report).toMatchObject({ fromCache: 6, extracted: 0, restoredIndex: true });
    expect(again.speakers()).toEqual(cold.speakers());
    expect(answers(again)).toEqual(answers(cold));
    // Each corpus has its own extractions: loading the other one compacted nothing of this one's away.
    expect(existsSync(join(corpusCacheDir(cache, [first]), STORE_FILE))).toBe(true);
  });
});

describe('extraction on worker threads', () => {
  it('gives the same extractions as this thread', async () => {
    const dir = corpusDir(20);
    const { records } = await readCorpusFields([dir]);
    const payloads: string[] = [];
    await extractOnWorkers(records, {
      workers: 2,
      onResult: (result) => {
        if ('payload' in result) payloads[result.index] = result.payload;
      },
    });
    expect(payloads).toEqual(records.map(extractToPayload));
  });
});

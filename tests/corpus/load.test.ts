import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogSink } from '../../src/core/log-sink.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { tempDir } from '../temp.ts';
import { corpusFolder, warningRecorder } from './corpus-dir.ts';

function recorder(): LogSink & { warnings: Array<Record<string, unknown>> } {
  const warnings: Array<Record<string, unknown>> = [];
  return { warnings, info() {}, warn: (fields) => warnings.push(fields as Record<string, unknown>) };
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir('corpus');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('loading a corpus folder', () => {
  it('reads the seed format: first line the title, one paragraph per line, ¶1 the first body line', async () => {
    const { articles } = await loadCorpus(['seeds']);
    expect(articles).toHaveLength(1);
    const [seed] = articles;
    expect(seed?.id).toBe('000_1428a1c93f5937bd');
    expect(seed?.title).toBe('Iran Amb. to Iraq dismisses claims of land operation in Kurdistan');
    expect(seed?.date).toBeNull();
    expect(seed?.outlet).toBeNull();
    expect(seed?.url).toBeNull();
    expect(seed?.paragraphs).toHaveLength(11);
    expect(seed?.paragraphs[0]?.text.startsWith('Iran held talks with the officials')).toBe(true);
    expect(seed?.paragraphs[4]).toMatchObject({
      number: 5,
      isRelatedLink: true,
      text: 'Read more: IRGC launches new series of missiles on terrorist groups in Kurdistan',
    });
  });

  it('keeps the opening quote mark in the first sentence of a quoted paragraph', async () => {
    const { articles } = await loadCorpus(['seeds']);
    const sixth = articles[0]?.paragraphs[5];
    expect(sixth?.sentences.map((s) => s.text.slice(0, 30))).toEqual([
      '"We always try to settle probl',
      'The racist terrorist groups ha',
    ]);
  });

  it('reads markdown front matter, or the first heading as the title', async () => {
    const dir = folder({
      'a.md':
        '---\ntitle: Budget passes\ndate: 2022-11-14\noutlet: The Ledger\nurl: https://example.org/a\nauthor: Sam Lee\n---\n\nThe budget passed on Monday.\n\nIt was close.\n',
      'b.md': '# Council meets\n\nThe council met.\n',
    });
    const { articles, skipped } = await loadCorpus([dir]);
    expect(skipped).toEqual([]);
    expect(
      articles.map((a) => [a.id, a.title, a.date, a.outlet, a.url, a.author, a.paragraphs.length]),
    ).toEqual([
      ['a', 'Budget passes', '2022-11-14', 'The Ledger', 'https://example.org/a', 'Sam Lee', 2],
      ['b', 'Council meets', null, null, null, null, 1],
    ]);
  });

  it('reads JSON and JSON Lines records, inventing nothing that is missing', async () => {
    const dir = folder({
      'one.json': JSON.stringify({ id: 'j1', title: 'One', text: 'First.\n\nSecond.' }),
      'many.jsonl': `${JSON.stringify({ id: 'l1', title: 'L1', text: 'Body one.', outlet: 'Wire', date: '2020-03-02' })}\n${JSON.stringify({ title: 'L2', text: 'Body two.' })}\n`,
    });
    const { articles } = await loadCorpus([dir]);
    expect(articles.map((a) => [a.id, a.title, a.date, a.outlet, a.source])).toEqual([
      ['l1', 'L1', '2020-03-02', 'Wire', `${dir}/many.jsonl#L1`],
      ['many-2', 'L2', null, null, `${dir}/many.jsonl#L2`],
      ['j1', 'One', null, null, `${dir}/one.json`],
    ]);
  });

  it('skips broken files with a log line naming the file and why, and loads the rest', async () => {
    const dir = folder({
      'good.txt': 'Title\nBody line.',
      'bad.json': '{"title": "x", "text": ',
      'empty.txt': '   \n',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'lines.jsonl': `${JSON.stringify({ id: 'ok', title: 'Fine', text: 'Fine body.' })}\nnot json\n`,
    });
    const log = recorder();
    const { articles, skipped } = await loadCorpus([dir], log);
    expect(articles.map((a) => a.id)).toEqual(['good', 'ok']);
    expect(skipped.map((s) => [s.file.replace(`${dir}/`, ''), s.reason.split(' (')[0]])).toEqual([
      ['bad.json', 'it is not valid JSON'],
      ['binary.txt', 'it looks like a binary file, not text'],
      ['empty.txt', 'the file is empty'],
      ['lines.jsonl#L2', 'not valid JSON'],
    ]);
    expect(log.warnings.map((w) => String(w.file).replace(`${dir}/`, ''))).toEqual([
      'bad.json',
      'binary.txt',
      'empty.txt',
      'lines.jsonl#L2',
    ]);
  });

  it('treats an empty folder or a missing path as an empty corpus, not a crash', async () => {
    const log = recorder();
    const { articles, skipped } = await loadCorpus([folder({}), '/no/such/folder'], log);
    expect(articles).toEqual([]);
    expect(skipped).toEqual([
      { file: '/no/such/folder', reason: 'it does not exist (a broken symlink, or removed while loading)' },
    ]);
  });

  it('skips a broken symlink, a symlink loop and a link back up the tree by name, and loads the rest', async () => {
    const dir = folder({ 'kept.txt': 'Kept title\n\nThe council met on Monday.\n' });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'deeper.txt'), 'Deeper title\n\nThe mayor spoke on Tuesday.\n');
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'));
    symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
    symlinkSync(dir, join(dir, 'sub', 'up'));
    const log = recorder();
    const { articles, skipped } = await loadCorpus([dir], log);
    expect(articles.map((a) => a.title)).toEqual(['Kept title', 'Deeper title']);
    expect(skipped.map((s) => [s.file.split('/').pop(), s.reason])).toEqual([
      ['broken.txt', 'it does not exist (a broken symlink, or removed while loading)'],
      ['loop.txt', 'it is a symlink loop'],
    ]);
    expect(log.warnings.map((w) => String(w.file).split('/').pop())).toEqual(['broken.txt', 'loop.txt']);
  });
});

describe('files as people write them', () => {
  it('drops a `# heading` that repeats the front-matter title: ¶1 is the first real paragraph', async () => {
    const dir = corpusFolder({
      'a.md':
        '---\ntitle: "Budget passes: a close vote"\ndate: 31/12/2023\n---\n\n# Budget Passes — a close vote\n\nThe budget passed on Monday.\n\nIt was close.\n',
    });
    const { articles } = await loadCorpus([dir]);
    expect(articles.map((a) => [a.title, a.date])).toEqual([['Budget passes: a close vote', '2023-12-31']]);
    expect(articles[0]?.paragraphs.map((p) => [p.number, p.text])).toEqual([
      [1, 'The budget passed on Monday.'],
      [2, 'It was close.'],
    ]);
  });

  it('reads a .json file saved with a UTF-8 byte-order mark', async () => {
    const dir = corpusFolder({ 'bom.json': `\uFEFF${JSON.stringify({ title: 'T', text: 'Body.' })}` });
    const { articles, skipped } = await loadCorpus([dir]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.id, a.title])).toEqual([['bom', 'T']]);
  });

  it('logs a publication date it cannot read, naming the file, and loads the article without it', async () => {
    const dir = corpusFolder({
      'a.md': '---\ntitle: A\ndate: 03/04/2023\n---\nBody.\n',
      'b.md': '---\ntitle: B\ndate: Dec 31, 2023\n---\nBody.\n',
    });
    const log = warningRecorder();
    const { articles } = await loadCorpus([dir], log);
    expect(articles.map((a) => [a.id, a.date])).toEqual([
      ['a', null],
      ['b', '2023-12-31'],
    ]);
    expect(log.warnings).toEqual([
      {
        file: `${dir}/a.md`,
        date: '03/04/2023',
        reason: 'it could be 2023-04-03 or 2023-03-04 (day or month first?)',
        msg: 'the publication date cannot be read: the article is loaded without one (write it as YYYY-MM-DD)',
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { corpusFolder, warningRecorder } from './corpus-dir.ts';

describe('CSV exports with a header row', () => {
  it('reads one article per row: quoted fields with commas, quotes and newlines, columns in any order and case', async () => {
    const csv = [
      '\uFEFFTitle,Date,Outlet,URL,Author,Text',
      'Budget passes,2022-11-14,The Ledger,https://ledger.example/b,Sam Lee,"The budget passed on Monday.',
      '',
      '""It was close,"" the mayor said."',
      'Rain,"Dec 31, 2023",,,,Rain fell all day.',
      'No text here,2023-01-01,The Ledger,,,',
    ].join('\r\n');
    const dir = corpusFolder({ 'export.csv': csv });
    const log = warningRecorder();
    const { articles, skipped } = await loadCorpus([dir], log);
    expect(
      articles.map((a) => [
        a.id,
        a.title,
        a.date,
        a.outlet,
        a.url,
        a.author,
        a.source.replace(`${dir}/`, ''),
      ]),
    ).toEqual([
      [
        'export-1',
        'Budget passes',
        '2022-11-14',
        'The Ledger',
        'https://ledger.example/b',
        'Sam Lee',
        'export.csv#row2',
      ],
      ['export-2', 'Rain', '2023-12-31', null, null, null, 'export.csv#row3'],
    ]);
    expect(articles[0]?.paragraphs.map((p) => p.text)).toEqual([
      'The budget passed on Monday.',
      '"It was close," the mayor said.',
    ]);
    expect(skipped.map((s) => [s.file.replace(`${dir}/`, ''), s.reason])).toEqual([
      ['export.csv#row4', 'the row has no text'],
    ]);
  });

  it('skips a file without a text column, or with an unclosed quote, saying why', async () => {
    const dir = corpusFolder({
      'headless.csv': 'Budget passes,2022-11-14,The budget passed.\n',
      'open.csv': 'title,text\nA,"never closed\n',
      'fine.csv': 'title,body\nA,Body text.\n',
    });
    const { articles, skipped } = await loadCorpus([dir]);
    expect(articles.map((a) => [a.id, a.title])).toEqual([['fine-1', 'A']]);
    expect(skipped.map((s) => [s.file.replace(`${dir}/`, ''), s.reason.split(' (')[0]])).toEqual([
      ['headless.csv', 'its header row has no "text" column'],
      ['open.csv', 'it is not valid CSV'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { corpusFolder, warningRecorder } from './corpus-dir.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Ferry fares rise &amp; timetable changes</title>
    <link>https://gazette.example/ferry</link>
    <pubDate>Sun, 31 Dec 2023 23:30:00 -0500</pubDate>
    <dc:creator>Ana Ruiz</dc:creator>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[<p>Fares rose on Monday.</p><p>"We had no choice," the operator said.<br>Passengers&nbsp;complained.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Council meets</title>
    <link>https://gazette.example/council</link>
    <pubDate>Tue, 02 Jan 2024 09:00:00 GMT</pubDate>
    <description>&lt;p&gt;The council met.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Roads&lt;/li&gt;&lt;li&gt;Parks&lt;/li&gt;&lt;/ul&gt;</description>
  </item>
  <item>
    <title>Empty item</title>
    <link>https://gazette.example/empty</link>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Valley Wire</title>
  <entry>
    <title>Bridge reopens</title>
    <link rel="self" href="https://wire.example/api/1"/>
    <link rel="alternate" href="https://wire.example/bridge"/>
    <updated>2023-11-15T08:00:00Z</updated>
    <published>2023-11-14T20:00:00+02:00</published>
    <author><name>Lee Park</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The bridge <b>reopened</b> today.</p><p>Traffic &amp; trade resumed.</p></div></content>
  </entry>
  <entry>
    <title>Storm warning</title>
    <link href="https://wire.example/storm"/>
    <updated>2023-11-16T08:00:00Z</updated>
    <summary type="html">&lt;p&gt;Winds of 90 km/h are expected.&lt;/p&gt;</summary>
  </entry>
</feed>`;

describe('RSS and Atom feeds saved as files', () => {
  it('reads each RSS item: title, link, date as written, author, the feed title as outlet, HTML as paragraphs', async () => {
    const dir = corpusFolder({ 'gazette.rss': RSS });
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
        'gazette-1',
        'Ferry fares rise & timetable changes',
        '2023-12-31',
        'The Harbour Gazette',
        'https://gazette.example/ferry',
        'Ana Ruiz',
        'gazette.rss#item1',
      ],
      [
        'gazette-2',
        'Council meets',
        '2024-01-02',
        'The Harbour Gazette',
        'https://gazette.example/council',
        null,
        'gazette.rss#item2',
      ],
    ]);
    expect(articles[0]?.paragraphs.map((p) => p.text)).toEqual([
      'Fares rose on Monday.',
      '"We had no choice," the operator said.',
      'Passengers complained.',
    ]);
    expect(articles[1]?.paragraphs.map((p) => p.text)).toEqual(['The council met.', 'Roads', 'Parks']);
    expect(skipped.map((s) => [s.file.replace(`${dir}/`, ''), s.reason])).toEqual([
      ['gazette.rss#item3', 'the item has no description or content'],
    ]);
    expect(log.warnings.map((w) => w.msg)).toEqual(['skipped a corpus record']);
  });

  it('reads Atom entries: the alternate link, published before updated, XHTML or escaped HTML content', async () => {
    const dir = corpusFolder({
      'wire.atom': ATOM,
      'copy.xml': ATOM.replaceAll('wire.example', 'copy.example'),
    });
    const { articles } = await loadCorpus([dir]);
    expect(articles.map((a) => [a.id, a.title, a.date, a.outlet, a.url, a.author])).toEqual([
      ['copy-1', 'Bridge reopens', '2023-11-14', 'Valley Wire', 'https://copy.example/bridge', 'Lee Park'],
      ['copy-2', 'Storm warning', '2023-11-16', 'Valley Wire', 'https://copy.example/storm', null],
      ['wire-1', 'Bridge reopens', '2023-11-14', 'Valley Wire', 'https://wire.example/bridge', 'Lee Park'],
      ['wire-2', 'Storm warning', '2023-11-16', 'Valley Wire', 'https://wire.example/storm', null],
    ]);
    expect(articles[2]?.paragraphs.map((p) => p.text)).toEqual([
      'The bridge reopened today.',
      'Traffic & trade resumed.',
    ]);
    expect(articles[3]?.paragraphs.map((p) => p.text)).toEqual(['Winds of 90 km/h are expected.']);
  });

  it('skips an XML file that is not a feed, or not well-formed, with the reason, and loads the rest', async () => {
    const dir = corpusFolder({
      'sitemap.xml': '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>',
      'broken.rss': '<rss><channel><title>T</title><item><title>x</item></channel></rss>',
      'good.atom': ATOM,
    });
    const log = warningRecorder();
    const { articles, skipped } = await loadCorpus([dir], log);
    expect(articles.map((a) => a.id)).toEqual(['good-1', 'good-2']);
    expect(skipped.map((s) => [s.file.replace(`${dir}/`, ''), s.reason.split(' (')[0]])).toEqual([
      ['broken.rss', 'it is not well-formed XML'],
      ['sitemap.xml', 'it is XML but not an RSS or Atom feed'],
    ]);
    expect(log.warnings.map((w) => w.msg)).toEqual(['skipped a corpus file', 'skipped a corpus file']);
  });
});

import { describe, expect, test } from 'vitest';
import { buildArticle } from '../../src/corpus/article.ts';
import { normaliseCorpusText } from '../../src/corpus/normalise.ts';
import { extractQuotes } from '../../src/extract/quotes/extract.ts';

/** Every stretch of the normalised text maps back to the stretch of the original that shows it. */
const back = (original: string, part: string) => {
  const n = normaliseCorpusText(original);
  const at = n.text.indexOf(part);
  if (at < 0) throw new Error(`“${part}” not in “${n.text}”`);
  const span = n.originalSpan(at, at + part.length);
  return original.slice(span.start, span.end);
};

describe('normaliseCorpusText', () => {
  test('inline markup goes, its words stay; a block tag is a line break', () => {
    const n = normaliseCorpusText(
      '<p>He said <b>“we <a href="https://x.example/?a=1&amp;b=2">will</a> go”</b>.</p><p>Next</p>',
    );
    expect(n.text).toBe('\nHe said “we will go”.\n\nNext\n');
  });

  test('character references are decoded; invisible characters go; odd spaces are spaces', () => {
    expect(normaliseCorpusText('Q&amp;A &#8220;yes&#x201D; &lt;b&gt; &unknown; a&b').text).toBe(
      'Q&A “yes” <b> &unknown; a&b',
    );
    expect(normaliseCorpusText('co\u00ADoperate\u200B now\uFEFF').text).toBe('cooperate now');
    expect(normaliseCorpusText('ten\u00A0km,\u3000then\u2009more&nbsp;here').text).toBe(
      'ten km, then more here',
    );
  });

  test('words in angle brackets that are not HTML stay', () => {
    expect(normaliseCorpusText('if x < y and z > w, <Reuters> said').text).toBe(
      'if x < y and z > w, <Reuters> said',
    );
  });

  test('offsets lead back to the original text, markup around a stretch left out', () => {
    expect(back('He said <b>“no”</b>.', '“no”')).toBe('“no”');
    expect(back('<i>x</i> Q&amp;A here', 'Q&A')).toBe('Q&amp;A');
    expect(back('ten\u00A0km away', 'ten km')).toBe('ten\u00A0km');
    expect(back('co\u00ADoperate', 'cooperate')).toBe('co\u00ADoperate');
    expect(back('plain text only', 'text')).toBe('text');
    expect(normaliseCorpusText('He said <b>no</b>').originalSpan(8, 10)).toEqual({ start: 11, end: 13 });
  });

  test('text that needs nothing is the same string', () => {
    const text = 'Nothing to clean here, said the mayor.';
    expect(normaliseCorpusText(text).text).toBe(text);
  });
});

describe('at the corpus boundary', () => {
  test('a quotation wrapped in markup is quoted verbatim, without the markup', () => {
    const article = buildArticle({
      id: 'h',
      title: 'Bridge &amp; harbour',
      body: '<p>“We will <b>finish</b> the bridge before winter,” said Ana Ferreira, the mayor.</p>\n<p>Work began in 2019.</p>',
      source: 'h.html',
    });
    expect(article.title).toBe('Bridge & harbour');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '“We will finish the bridge before winter,” said Ana Ferreira, the mayor.',
      'Work began in 2019.',
    ]);
    expect(extractQuotes(article).map((q) => [q.text, q.speaker])).toEqual([
      ['“We will finish the bridge before winter,”', 'Ana Ferreira'],
    ]);
  });
});

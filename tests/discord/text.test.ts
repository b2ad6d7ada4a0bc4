import { describe, expect, test } from 'vitest';
import { clip, escapeMarkdown, excerpt } from '../../src/discord/text.ts';

const QUOTE =
  'The issue of ground advance on Iraqi soil is not true and is basically out of question. We respect the sovereignty of Iraq and have done a lot for the stability and territorial unity of Iraq.';

describe('escapeMarkdown', () => {
  test('markdown, mentions and line-start markers show as written', () => {
    expect(escapeMarkdown('**bold** _it_ ~~s~~ `c` ||sp|| <@123> [l](u)\n# h\n- i\n> q')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|sp\\|\\| \\<@123> \\[l\\](u)\n\\# h\n\\- i\n\\> q',
    );
  });
});

describe('excerpt', () => {
  test('short text: whole, highlights in bold', () => {
    expect(excerpt('out of question', [{ start: 0, end: 3 }], 100)).toBe('**out** of question');
  });

  test('long text: cut at a word boundary with "…", the words kept unchanged', () => {
    const out = excerpt(QUOTE, [{ start: 13, end: 19 }], 60);
    expect(out).toBe('The issue of **ground** advance on Iraqi soil is not true…');
    expect(out.length).toBeLessThanOrEqual(60);
  });

  test('a highlight far in: a window around it, "…" on both sides', () => {
    const start = QUOTE.indexOf('sovereignty');
    const out = excerpt(QUOTE, [{ start, end: start + 'sovereignty'.length }], 60);
    expect(out).toBe('…respect the **sovereignty** of Iraq and have done a lot…');
    expect(QUOTE).toContain(out.replace(/\*\*/g, '').replace(/…/g, ''));
  });

  test('escaping counts against the room', () => {
    const out = excerpt('*'.repeat(10), [], 11);
    expect(out.length).toBeLessThanOrEqual(11);
  });

  test('block quotes prefix every line', () => {
    expect(excerpt('one\ntwo', [], 100, { blockQuote: true })).toBe('> one\n> two');
  });
});

describe('clip', () => {
  test('at most the limit, ending in "…" when cut', () => {
    expect(clip('Mohammad Kazem Al-e Sadeq', 100)).toBe('Mohammad Kazem Al-e Sadeq');
    expect(clip('word '.repeat(40), 100)).toHaveLength(100);
    expect(clip('word '.repeat(40), 100).endsWith('word…')).toBe(true);
  });
});

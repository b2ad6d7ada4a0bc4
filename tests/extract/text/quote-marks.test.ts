import { describe, expect, test } from 'vitest';
import { scanParagraph, startsWithQuoteMark } from '../../../src/extract/text/quote-marks.ts';

describe('scanParagraph', () => {
  test('finds each quotation, straight or curly, and blanks its inside', () => {
    const text = 'She said "we will go." Then “no, we stay,” he said.';
    const { spans, masked, openAtEnd } = scanParagraph(text, false);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['"we will go."', '“no, we stay,”']);
    expect(spans.every((s) => s.opened && s.closed && !s.single)).toBe(true);
    // Marks are kept (as straight marks), the words inside are blanked.
    expect(masked).toBe('She said "___________" Then "____________" he said.');
    expect(masked).toHaveLength(text.length);
    expect(openAtEnd).toBe(false);
  });

  test('a quotation left open runs on; the next paragraph carries it when it starts in lower case', () => {
    const first = scanParagraph('He said: "We will build it', false);
    expect(first.openAtEnd).toBe(true);
    expect(first.spans[0]).toMatchObject({ opened: true, closed: false });
    const next = scanParagraph('and soon," he added.', true);
    expect(next.spans[0]).toMatchObject({ start: 0, opened: false, closed: true });
  });

  test('an apostrophe is not a quotation mark', () => {
    expect(scanParagraph("The mayor's plan isn't ready.", false).spans).toEqual([]);
  });
});

describe('startsWithQuoteMark', () => {
  test('an opening mark, after any spaces', () => {
    expect(startsWithQuoteMark('  “We will')).toBe(true);
    expect(startsWithQuoteMark('We will')).toBe(false);
  });
});

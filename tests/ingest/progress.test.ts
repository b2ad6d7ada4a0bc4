import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { silentLog } from '../../src/core/log-sink.ts';
import { createProgress, estimateLeft } from '../../src/ingest/progress.ts';

describe('progress of a long extraction', () => {
  it('estimates the time left from the pace since the first article came back, not since the start', () => {
    // The workers took 10 s to start; then 100 articles came back in 2 s.
    expect(estimateLeft({ at: 10_000, done: 16 }, 12_000, 116, 1000)).toBeCloseTo(17.68, 5);
    // Counted from the start it would have said (12 s / 116) × 884 ≈ 91 s.
  });

  it('promises nothing before a few percent have come back', () => {
    expect(estimateLeft(null, 5_000, 0, 9000)).toBeNull();
    expect(estimateLeft({ at: 11_000, done: 16 }, 11_500, 32, 9000)).toBeNull();
    expect(estimateLeft({ at: 11_000, done: 16 }, 14_000, 16 + 180, 9000)).toBeCloseTo(146.73, 2);
  });

  it('writes a plain line every tenth when the output is not a terminal (the CLI)', () => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (chunk: Buffer) => {
      written += chunk.toString('utf8');
    });
    const progress = createProgress({
      total: 20,
      label: 'extracting articles',
      log: silentLog,
      stream: stream as unknown as NodeJS.WriteStream,
      lines: true,
    });
    for (let i = 0; i < 20; i++) progress.advance(1);
    progress.finish();
    const lines = written.trim().split('\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(
      [2, 4, 6, 8, 10, 12, 14, 16, 18, 20].map((n) => `extracting articles: ${n}/20 (${n * 5}%)`),
    );
    expect(lines[0]).toMatch(/^extracting articles: 2\/20 \(10%\), \d+ s, estimating…$/);
    expect(lines[9]).toMatch(/^extracting articles: 20\/20 \(100%\), \d+ s$/);
  });
});

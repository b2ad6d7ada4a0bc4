import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createLogger } from '../src/log.ts';

describe('logger', () => {
  test('tokens are redacted wherever they appear as a field', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger({ destination: sink });
    log.info(
      { token: 's3cret', config: { DISCORD_TOKEN: 's3cret' }, headers: { authorization: 'Bot s3cret' } },
      'x',
    );
    expect(lines.join('')).not.toContain('s3cret');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      token: '[redacted]',
      config: { DISCORD_TOKEN: '[redacted]' },
    });
  });
});

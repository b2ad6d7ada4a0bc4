import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createLogger } from '../src/log.ts';

/** A logger writing into an array of its JSON lines. */
function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, log: createLogger({ destination: sink }) };
}

describe('logger', () => {
  test('tokens are redacted wherever they appear as a field', () => {
    const { lines, log } = capture();
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

describe('interaction tokens', () => {
  test('a failed request’s URL and message keep the interaction id, never its token', () => {
    const { lines, log } = capture();
    const url = 'https://discord.com/api/v10/interactions/1234567890/aW50ZXJhY3Rpb246c2VjcmV0.x-y_z/callback';
    const err = Object.assign(new Error(`Unknown interaction at ${url}`), { url, code: 10062 });
    log.error(
      {
        err,
        followUp: 'https://discord.com/api/v10/webhooks/42/aW50ZXJhY3Rpb246c2VjcmV0/messages/@original',
      },
      'handler failed',
    );
    expect(lines.join('')).not.toContain('aW50ZXJhY3Rpb246c2VjcmV0');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      err: {
        url: 'https://discord.com/api/v10/interactions/1234567890/[redacted]/callback',
        message:
          'Unknown interaction at https://discord.com/api/v10/interactions/1234567890/[redacted]/callback',
        code: 10062,
      },
      followUp: 'https://discord.com/api/v10/webhooks/42/[redacted]/messages/@original',
    });
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { BotLimits } from '../../src/discord/limits.ts';
import { checkSignature, publicKeyFromHex } from '../../src/discord/signature.ts';
import { publicKeyHex, signedHeaders } from './stand-in.ts';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const key = publicKeyFromHex(publicKeyHex(publicKey));
const body = Buffer.from('{"type":1}');
const now = Date.UTC(2026, 11, 2, 1, 0, 0);
const at = (offsetSec: number) => Math.floor(now / 1000) + offsetSec;

function headersFor(timestamp: number, text = body.toString()) {
  const h = signedHeaders(privateKey, text, timestamp);
  return { signature: h['X-Signature-Ed25519'], timestamp: h['X-Signature-Timestamp'] };
}

describe('Ed25519 request signatures', () => {
  test("a request signed with the application's key, just now or a little off the clock, passes", () => {
    for (const offset of [0, -BotLimits.signatureMaxAgeSec, BotLimits.signatureMaxAgeSec]) {
      expect(checkSignature(key, headersFor(at(offset)), body, now)).toEqual({ ok: true });
    }
  });

  test('each way of failing is told apart', () => {
    const good = headersFor(at(0));
    const other = generateKeyPairSync('ed25519').privateKey;
    const foreign = signedHeaders(other, body.toString(), at(0))['X-Signature-Ed25519'];
    expect([
      checkSignature(key, { signature: undefined, timestamp: good.timestamp }, body, now),
      checkSignature(key, { signature: good.signature, timestamp: undefined }, body, now),
      checkSignature(key, { signature: 'abc', timestamp: good.timestamp }, body, now),
      checkSignature(key, { signature: good.signature, timestamp: 'yesterday' }, body, now),
      checkSignature(key, headersFor(at(-BotLimits.signatureMaxAgeSec - 1)), body, now),
      checkSignature(key, headersFor(at(BotLimits.signatureMaxAgeSec + 1)), body, now),
      checkSignature(key, { signature: foreign, timestamp: good.timestamp }, body, now),
      checkSignature(key, good, Buffer.from('{"type":2}'), now),
      checkSignature(key, { signature: good.signature, timestamp: String(at(1)) }, body, now),
    ]).toEqual([
      { ok: false, reason: 'missing' },
      { ok: false, reason: 'missing' },
      { ok: false, reason: 'malformed' },
      { ok: false, reason: 'malformed' },
      { ok: false, reason: 'stale' },
      { ok: false, reason: 'stale' },
      { ok: false, reason: 'mismatch' },
      { ok: false, reason: 'mismatch' },
      { ok: false, reason: 'mismatch' },
    ]);
  });

  test('the public key is read from the 64 hex characters the portal shows, and nothing else', () => {
    expect(publicKeyFromHex(publicKeyHex(publicKey)).asymmetricKeyType).toBe('ed25519');
    expect(() => publicKeyFromHex('abc')).toThrow('an Ed25519 public key is 64 hexadecimal characters');
  });
});

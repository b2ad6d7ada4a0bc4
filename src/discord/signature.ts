import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { BotLimits } from './limits.ts';

/**
 * Discord signs each request to an Interactions Endpoint URL with the application's Ed25519 key:
 * `X-Signature-Ed25519` is the hex signature of `X-Signature-Timestamp` + the raw body. node:crypto
 * verifies it synchronously in microseconds, so no library is needed for it.
 */

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

/** The application's public key, as the developer portal shows it (64 hex characters). */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('an Ed25519 public key is 64 hexadecimal characters');
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });
}

/** Checks one request's signature; `nowMs` is the clock the freshness of its timestamp is judged by. */
export function checkSignature(
  key: KeyObject,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: Buffer,
  nowMs: number,
): SignatureCheck {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return { ok: false, reason: 'missing' };
  if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: 'malformed' };
  }
  // The timestamp is signed too, so a fresh one cannot be put on an old request.
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > BotLimits.signatureMaxAgeSec) {
    return { ok: false, reason: 'stale' };
  }
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  let ok = false;
  try {
    ok = verify(null, signed, key, Buffer.from(signature, 'hex'));
  } catch {
    // OpenSSL refuses some byte strings outright; for the caller that is simply a bad signature.
  }
  return ok ? { ok: true } : { ok: false, reason: 'mismatch' };
}

import { describe, expect, it } from 'vitest';
import { computeSignature, signatureHeaderValue, verifySignature } from './signature';

const body = JSON.stringify({ id: 'evt-1', type: 'request.classified' });
const secret = 'whsec_test';
const signedAt = 1_764_000_000;
const at = (seconds: number) => () => seconds * 1000;

describe('webhook signatures', () => {
  it('matches an HMAC-SHA256 computed independently', () => {
    // echo -n "1764000000.body" | openssl dgst -sha256 -hmac whsec_test
    expect(computeSignature(secret, signedAt, 'body')).toBe('6e028052400a7a07877b20337b57b52aea1243392e12930a325f738d1a037b2e');
  });

  it('accepts its own signature within the tolerance', () => {
    const header = signatureHeaderValue([secret], body, signedAt);
    expect(verifySignature(header, secret, body, { now: at(signedAt + 60) })).toEqual({ ok: true, timestamp: signedAt });
  });

  it('rejects a body changed after signing', () => {
    const header = signatureHeaderValue([secret], body, signedAt);
    expect(verifySignature(header, secret, `${body} `, { now: at(signedAt) })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('rejects a replay outside the tolerance window', () => {
    const header = signatureHeaderValue([secret], body, signedAt);
    expect(verifySignature(header, secret, body, { now: at(signedAt + 301) })).toEqual({ ok: false, reason: 'expired' });
  });

  it('accepts any of several signatures while a secret rotates', () => {
    const header = signatureHeaderValue(['old-secret', secret], body, signedAt);
    expect(verifySignature(header, secret, body, { now: at(signedAt) }).ok).toBe(true);
  });

  it('rejects missing and malformed headers', () => {
    expect(verifySignature(undefined, secret, body).ok).toBe(false);
    expect(verifySignature('t=abc,v1=zz', secret, body)).toEqual({ ok: false, reason: 'malformed' });
  });
});

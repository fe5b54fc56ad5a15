import { describe, expect, it } from 'vitest';
import { verifyDelivery } from './delivery';
import { signatureHeaderValue } from './signature';

const body = '{"id":"r-1.2","type":"request.classified"}';
const signedAt = 1_764_000_000;
const now = () => (signedAt + 5) * 1000;

function nodeHeaders(secrets: string[]) {
  return {
    'x-caseflow-delivery': 'r-1.2',
    'x-caseflow-event': 'request.classified',
    'x-caseflow-signature': signatureHeaderValue(secrets, body, signedAt),
  };
}

describe('verifyDelivery', () => {
  it('accepts Node headers and answers the delivery id to de-duplicate on', () => {
    expect(verifyDelivery(nodeHeaders(['whsec_a']), body, 'whsec_a', { now })).toEqual({
      ok: true,
      deliveryId: 'r-1.2',
      eventType: 'request.classified',
      timestamp: signedAt,
    });
  });

  it('accepts Fetch API headers', () => {
    expect(verifyDelivery(new Headers(nodeHeaders(['whsec_a'])), body, 'whsec_a', { now }).ok).toBe(true);
  });

  it('accepts a delivery signed with either of the secrets a receiver holds while rotating', () => {
    expect(verifyDelivery(nodeHeaders(['whsec_new']), body, ['whsec_old', 'whsec_new'], { now }).ok).toBe(true);
    expect(verifyDelivery(nodeHeaders(['whsec_other']), body, ['whsec_old', 'whsec_new'], { now })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('rejects a delivery outside the tolerance window and one without its headers', () => {
    expect(verifyDelivery(nodeHeaders(['whsec_a']), body, 'whsec_a', { now: () => (signedAt + 301) * 1000 })).toEqual({ ok: false, reason: 'expired' });
    expect(verifyDelivery({ 'x-caseflow-signature': signatureHeaderValue(['whsec_a'], body, signedAt) }, body, 'whsec_a', { now })).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});

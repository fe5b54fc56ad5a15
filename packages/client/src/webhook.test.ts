import { signatureHeaderValue } from '@caseflow/webhook-signature';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from './webhook.js';

// Signed by the notification service's own signer, so the copied format cannot drift unnoticed.
const body = '{"id":"r-1.1","type":"request.created","data":{}}';
const now = 1_800_000_000;
const signed = (secrets: string[], timestamp = now, raw = body) => ({
  'x-caseflow-event': 'request.created',
  'x-caseflow-delivery': 'r-1.1',
  'x-caseflow-signature': signatureHeaderValue(secrets, raw, timestamp),
});
const at = { now: () => now * 1000 };

describe('verifyWebhook', () => {
  it('accepts a delivery signed by the notification service, from Node or Fetch headers, string or bytes', async () => {
    const headers = signed(['whsec_new']);
    expect(await verifyWebhook(body, headers, 'whsec_new', at)).toEqual({ ok: true, deliveryId: 'r-1.1', eventType: 'request.created', timestamp: now });
    expect(await verifyWebhook(new TextEncoder().encode(body), new Headers(headers), ['whsec_new'], at)).toMatchObject({ ok: true });
  });

  it('accepts either secret during a rotation, whichever the sender signed with', async () => {
    expect(await verifyWebhook(body, signed(['whsec_old']), ['whsec_old', 'whsec_new'], at)).toMatchObject({ ok: true });
    expect(await verifyWebhook(body, signed(['whsec_new']), ['whsec_old', 'whsec_new'], at)).toMatchObject({ ok: true });
    expect(await verifyWebhook(body, signed(['whsec_old', 'whsec_new']), ['whsec_new'], at)).toMatchObject({ ok: true });
  });

  it('refuses a changed body, another secret, a stale or future timestamp, and malformed headers', async () => {
    expect(await verifyWebhook(`${body} `, signed(['s']), 's', at)).toEqual({ ok: false, reason: 'mismatch' });
    expect(await verifyWebhook(body, signed(['s']), ['other'], at)).toEqual({ ok: false, reason: 'mismatch' });
    expect(await verifyWebhook(body, signed(['s'], now - 301), 's', at)).toEqual({ ok: false, reason: 'expired' });
    expect(await verifyWebhook(body, signed(['s'], now + 301), 's', at)).toEqual({ ok: false, reason: 'expired' });
    expect(await verifyWebhook(body, signed(['s'], now - 500), 's', { ...at, toleranceSeconds: 600 })).toMatchObject({ ok: true });
    expect(await verifyWebhook(body, { ...signed(['s']), 'x-caseflow-signature': 't=1,v1=zz' }, 's', at)).toEqual({ ok: false, reason: 'malformed' });
    const { 'x-caseflow-delivery': _dropped, ...withoutDelivery } = signed(['s']);
    expect(await verifyWebhook(body, withoutDelivery, 's', at)).toEqual({ ok: false, reason: 'malformed' });
  });
});

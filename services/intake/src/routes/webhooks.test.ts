import { randomBytes } from 'node:crypto';
import { FieldCipher } from '@caseflow/codec';
import { createDb, type Db, findSubscription, migrateToLatest, planDelivery, markDeliveryDead, signingSecrets } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing';

let database: RunningPostgres;
let db: Db;
let temporal: Client;
let testApp: TestApp;
/** The same routes with a codec key ring (CODEC_KEYS): secrets sealed at rest. */
let sealingApp: TestApp;
const ring = new FieldCipher([{ id: 'intake-test-1', key: new Uint8Array(randomBytes(32)) }]);

/** Every call as an admin (route-auth.test.ts proves each route's refusals). */
const app = { inject: (options: InjectOptions) => testApp.injectAsAdmin(options) };

beforeAll(async () => {
  // A database of its own: subscriptions made here must never receive another file's events.
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl, { maxConnections: 2 });
  await migrateToLatest(db);
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  testApp = await buildTestApp({ databaseUrl: database.databaseUrl, db, temporal, namespace: inject('temporalNamespace') });
  sealingApp = await buildTestApp({ databaseUrl: database.databaseUrl, db, temporal, namespace: inject('temporalNamespace'), secretCipher: ring });
});

afterAll(async () => {
  await testApp?.close();
  await sealingApp?.close();
  await temporal?.connection.close();
  await db?.destroy();
  await database?.stop();
});

const create = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/v1/webhooks', payload });

describe('webhook subscriptions', () => {
  it('answers create with a secret once, and never shows it again', async () => {
    const created = await create({ url: 'https://hooks.example.com/caseflow', events: ['request.created', 'request.resolved'], description: 'CRM' });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ url: 'https://hooks.example.com/caseflow', events: ['request.created', 'request.resolved'], description: 'CRM', active: true });
    expect(body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const read = await app.inject({ method: 'GET', url: `/v1/webhooks/${body.id}` });
    expect(read.json()).not.toHaveProperty('secret');
    const list = await app.inject({ method: 'GET', url: '/v1/webhooks' });
    expect(JSON.stringify(list.json())).not.toContain(body.secret);
  });

  it.each([
    ['a non-http scheme', { url: 'ftp://hooks.example.com/x', events: ['*'] }, 'invalid_webhook_url'],
    ['credentials in the URL', { url: 'https://user:pw@hooks.example.com/x', events: ['*'] }, 'invalid_webhook_url'],
    ['something that is not a URL', { url: 'not a url at all', events: ['*'] }, 'invalid_webhook_url'],
    ['an unknown event type', { url: 'https://hooks.example.com/x', events: ['request.exploded'] }, 'invalid_request'],
    ['"*" mixed with event types', { url: 'https://hooks.example.com/x', events: ['*', 'request.created'] }, 'invalid_request'],
    ['no events', { url: 'https://hooks.example.com/x', events: [] }, 'invalid_request'],
    ['an unknown field', { url: 'https://hooks.example.com/x', events: ['*'], secret: 'mine' }, 'invalid_request'],
  ])('rejects %s with 400', async (_name, payload, code) => {
    const answer = await create(payload);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.code).toBe(code);
  });

  it('rotates the secret: a new one is shown once and the old one stays valid for the grace period', async () => {
    const { id, secret } = (await create({ url: 'https://hooks.example.com/rotate', events: ['*'] })).json();
    const rotated = await app.inject({ method: 'POST', url: `/v1/webhooks/${id}/rotate-secret`, payload: { graceSeconds: 600 } });
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().secret).not.toBe(secret);
    const until = Date.parse(rotated.json().previousSecretValidUntil);
    expect(until - Date.now()).toBeGreaterThan(590_000);
    expect(until - Date.now()).toBeLessThanOrEqual(600_000);
  });

  it('stores the secret it shows sealed with the key ring, on create and on rotation', async () => {
    const created = await sealingApp.injectAsAdmin({ method: 'POST', url: '/v1/webhooks', payload: { url: 'https://hooks.example.com/sealed', events: ['*'] } });
    const { id, secret } = created.json();
    const rotated = (await sealingApp.injectAsAdmin({ method: 'POST', url: `/v1/webhooks/${id}/rotate-secret`, payload: { graceSeconds: 600 } })).json();

    const row = (await findSubscription(db, id))!;
    expect(row).toMatchObject({ secret_key_id: 'intake-test-1', previous_secret_key_id: 'intake-test-1' });
    expect(`${row.secret} ${row.previous_secret}`).not.toContain(secret.slice(6));
    expect(`${row.secret} ${row.previous_secret}`).not.toContain(rotated.secret.slice(6));
    expect(signingSecrets(row, ring)).toEqual([rotated.secret, secret]);
  });

  it('re-enables a disabled subscription and forgets its failure streak', async () => {
    const { id } = (await create({ url: 'https://hooks.example.com/flaky', events: ['*'] })).json();
    await db.updateTable('webhook_subscriptions').set({ active: false, failing_since: new Date(0), disabled_at: new Date(), disabled_reason: 'failing' }).where('id', '=', id).execute();
    const enabled = await app.inject({ method: 'PATCH', url: `/v1/webhooks/${id}`, payload: { active: true } });
    expect(enabled.json()).toMatchObject({ active: true, failingSince: null, disabledAt: null, disabledReason: null });
  });

  it('pages through subscriptions with an opaque cursor', async () => {
    for (let i = 0; i < 3; i += 1) await create({ url: `https://hooks.example.com/page/${i}`, events: ['*'] });
    const first = (await app.inject({ method: 'GET', url: '/v1/webhooks?limit=2' })).json();
    const second = (await app.inject({ method: 'GET', url: `/v1/webhooks?limit=2&cursor=${first.nextCursor}` })).json();
    const ids = [...first.items, ...second.items].map((item: any) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await app.inject({ method: 'GET', url: '/v1/webhooks?cursor=bm9wZQ' })).json().error.code).toBe('invalid_cursor');
  });

  it('deletes a subscription, then answers 404 for it', async () => {
    const { id } = (await create({ url: 'https://hooks.example.com/gone', events: ['*'] })).json();
    expect((await app.inject({ method: 'DELETE', url: `/v1/webhooks/${id}` })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/v1/webhooks/${id}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/v1/webhooks/${id}/deliveries` })).statusCode).toBe(404);
  });
});

describe('deliveries', () => {
  async function deliveryWithStatus(status: 'pending' | 'dead', active = true) {
    const { id: subscriptionId } = (await create({ url: 'https://hooks.example.com/log', events: ['*'], active })).json();
    const deliveryId = await planDelivery(db, { subscriptionId, eventId: `evt-${subscriptionId}`, eventType: 'request.created', requestId: null, payload: '{}' });
    if (status === 'dead') await markDeliveryDead(db, deliveryId, 'HTTP 410');
    return { subscriptionId, deliveryId };
  }

  it('lists a subscription’s deliveries, filtered by status', async () => {
    const { subscriptionId, deliveryId } = await deliveryWithStatus('dead');
    const dead = (await app.inject({ method: 'GET', url: `/v1/webhooks/${subscriptionId}/deliveries?status=dead` })).json();
    expect(dead.items.map((item: any) => [item.id, item.status, item.lastError])).toEqual([[deliveryId, 'dead', 'HTTP 410']]);
    expect((await app.inject({ method: 'GET', url: `/v1/webhooks/${subscriptionId}/deliveries?status=delivered` })).json().items).toEqual([]);
    expect((await app.inject({ method: 'GET', url: `/v1/deliveries/${deliveryId}` })).json()).toMatchObject({ id: deliveryId, attemptLog: [] });
  });

  it('refuses to replay a delivery that is not dead or failed', async () => {
    const { deliveryId } = await deliveryWithStatus('pending');
    const answer = await app.inject({ method: 'POST', url: `/v1/deliveries/${deliveryId}/replay` });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error).toMatchObject({ code: 'not_replayable', details: { status: 'pending' } });
  });

  it('refuses to replay into a disabled subscription', async () => {
    const { deliveryId } = await deliveryWithStatus('dead', false);
    const answer = await app.inject({ method: 'POST', url: `/v1/deliveries/${deliveryId}/replay` });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.code).toBe('subscription_inactive');
  });

  it('answers 404 for a delivery that does not exist', async () => {
    expect((await app.inject({ method: 'POST', url: '/v1/deliveries/00000000-0000-4000-8000-000000000000/replay' })).statusCode).toBe(404);
  });
});

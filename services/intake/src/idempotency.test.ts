import { createHash, randomUUID } from 'node:crypto';
import { createDb, migrateToLatest } from '@caseflow/db';
import { newRequestRow } from '@caseflow/db/testing';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from './testing';

/**
 * Idempotency across callers: an Idempotency-Key belongs to the API key that sent it
 * (issue 16, finding 1). Two posting services that happen to choose the same key (or one
 * that copies another's) each get their own request; neither sees nor blocks the other's.
 */
let temporal: Client;
let built: TestApp;
let a: { id: string; key: string };
let b: { id: string; key: string };

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: inject('temporalNamespace') });
  a = await built.keyWith(['requests:write', 'requests:read']);
  b = await built.keyWith(['requests:write', 'requests:read']);
});

afterAll(async () => {
  await built?.close();
  await temporal?.connection.close();
});

const submit = (key: string, idempotencyKey: string, subject: string) =>
  built.app.inject({
    method: 'POST',
    url: '/v1/requests',
    headers: { ...built.auth(key), 'idempotency-key': idempotencyKey },
    payload: { customerId: `idem-${idempotencyKey.slice(-12)}`, subject, body: `About ${subject}.` },
  });

const rowsWithKey = (idempotencyKey: string) => built.db.selectFrom('requests').select(['id', 'subject', 'idempotency_owner']).where('idempotency_key', '=', idempotencyKey).orderBy('created_at').execute();

describe('Idempotency-Key across API keys', () => {
  it("gives key B its own request for key A's Idempotency-Key, and B never sees A's request", async () => {
    const idempotencyKey = `order-${randomUUID()}`;
    const first = await submit(a.key, idempotencyKey, 'A ordered a card');
    const copied = await submit(b.key, idempotencyKey, 'B ordered a card');
    expect([first.statusCode, copied.statusCode]).toEqual([202, 202]);
    expect(copied.json().id).not.toBe(first.json().id);
    expect(copied.body).not.toContain(first.json().id);
    expect(await rowsWithKey(idempotencyKey)).toEqual([
      { id: first.json().id, subject: 'A ordered a card', idempotency_owner: a.id },
      { id: copied.json().id, subject: 'B ordered a card', idempotency_owner: b.id },
    ]);
  });

  it("lets A create its request after B squatted A's Idempotency-Key with another body", async () => {
    const idempotencyKey = `order-${randomUUID()}`;
    const squat = await submit(b.key, idempotencyKey, 'squatter');
    const real = await submit(a.key, idempotencyKey, 'the real request');
    expect(squat.statusCode).toBe(202);
    expect(real.statusCode).toBe(202);
    expect(real.json().id).not.toBe(squat.json().id);
    // A's retry finds A's request, not B's.
    expect((await submit(a.key, idempotencyKey, 'the real request')).json().id).toBe(real.json().id);
  });

  it('derives ids another caller cannot predict from the Idempotency-Key', async () => {
    const idempotencyKey = `order-${randomUUID()}`;
    const answer = await submit(a.key, idempotencyKey, 'unpredictable');
    const hex = createHash('sha256').update(`caseflow.idempotency.${idempotencyKey}`).digest('hex');
    expect(answer.json().id.replaceAll('-', '').slice(0, 12)).not.toBe(hex.slice(0, 12));
  });

  it('keeps exactly-once for the same key: retries and racing retries return one request', async () => {
    const idempotencyKey = `order-${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 6 }, () => submit(a.key, idempotencyKey, 'raced')));
    expect(new Set(answers.map((answer) => answer.statusCode))).toEqual(new Set([202]));
    expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
    expect((await submit(a.key, idempotencyKey, 'raced')).json().id).toBe(answers[0]?.json().id);
    expect(await rowsWithKey(idempotencyKey)).toHaveLength(1);
  });

  it("answers 422 idempotency_key_reused to the same key's different body, naming only the caller's own request", async () => {
    const idempotencyKey = `order-${randomUUID()}`;
    const original = await submit(a.key, idempotencyKey, 'original');
    const reused = await submit(a.key, idempotencyKey, 'something else');
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error).toMatchObject({ code: 'idempotency_key_reused', details: { requestId: original.json().id } });
    expect(await rowsWithKey(idempotencyKey)).toHaveLength(1);
  });

  it('still finds a request accepted before keys were scoped when it is retried with the same body', async () => {
    const idempotencyKey = `order-${randomUUID()}`;
    const customerId = `idem-${idempotencyKey.slice(-12)}`;
    // As the old intake wrote it: no owner; the hash is of [customerId, subject, body, type, channel, metadata].
    const fingerprint = createHash('sha256').update(JSON.stringify([customerId, 'before the upgrade', 'About before the upgrade.', 'inquiry', 'api', {}])).digest('hex');
    const legacy = newRequestRow({ customer_id: customerId, idempotency_key: idempotencyKey, idempotency_owner: null, request_hash: fingerprint, channel: 'api' });
    await built.db.insertInto('customers').values({ id: customerId }).onConflict((oc) => oc.doNothing()).execute();
    await built.db.insertInto('requests').values(legacy).execute();
    const retry = await submit(a.key, idempotencyKey, 'before the upgrade');
    expect(retry.statusCode).toBe(202);
    expect(retry.json().id).toBe(legacy.id);
  });
});

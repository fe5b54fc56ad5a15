import { randomUUID } from 'node:crypto';
import { requestWorkflowId, searchAttributes } from '@caseflow/contracts';
import { createDb, type Db, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import { verifySignature } from '@caseflow/webhook-signature';
import { EncryptionCodec } from '@caseflow/codec';
import { type Client, Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually } from '@caseflow/test-harness';
import { printOutputsOnFailure } from './own-system';
import { authorized, callIntake, type RunningSystem, startSystem } from './system';
import { WebhookReceiver } from './webhook-receiver';

let webhookSecret: string;
let system: RunningSystem;
let receiver: WebhookReceiver;
let db: Db;
let temporal: Client;

beforeAll(async () => {
  db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  receiver = new WebhookReceiver();
  await receiver.start();
  system = await startSystem({
    databaseUrl: inject('databaseUrl'),
    temporalAddress: inject('temporalAddress'),
    temporalNamespace: inject('temporalNamespace'),
    autoCloseAfterSeconds: 4,
  });
  const subscription = await post('/v1/webhooks', { url: receiver.url, events: ['*'] });
  expect(subscription.status).toBe(201);
  webhookSecret = subscription.body['secret'] as string;
});

printOutputsOnFailure(() => system && [system.intake, system.workflows, system.classification, system.notification]);

afterAll(async () => {
  await system?.stop();
  await receiver?.stop();
  await temporal?.connection.close();
  await db?.destroy();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) => system.call('POST', path, body, headers);

const get = (path: string) => system.call('GET', path);

function newRequest(customerId = `cust-${randomUUID()}`) {
  return {
    customerId,
    subject: 'Card not arrived',
    body: 'I ordered a new card two weeks ago and it still has not arrived. When will it come?',
    type: 'inquiry',
    channel: 'web',
  };
}

async function waitForStatus(id: string, status: string, timeoutMs = 60_000) {
  return eventually(`request ${id} to be ${status}`, async () => {
    const { body } = await get(`/v1/requests/${id}`);
    return body['status'] === status ? body : undefined;
  }, timeoutMs);
}

describe('the request path', () => {
  it('classifies a posted request, signs its webhook, resolves it and closes it after the quiet period', async () => {
    const accepted = await post('/v1/requests', newRequest());
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ status: 'pending', workflowId: `request-${accepted.body['id']}` });
    const id = accepted.body['id'] as string;

    const classified = await waitForStatus(id, 'classified');
    expect(classified['category']).toEqual(expect.any(String));
    expect(classified['queue']).toEqual(expect.any(String));
    expect(['low', 'normal', 'high', 'urgent']).toContain(classified['priority']);
    expect(classified['confidence']).toBeGreaterThan(0);
    expect(classified['confidence']).toBeLessThanOrEqual(1);
    expect(classified['modelVersion']).toEqual(expect.any(String));
    expect(classified['classifiedAt']).toEqual(expect.any(String));

    const webhook = await eventually('the classified webhook', async () =>
      receiver.received.find((hook) => hook.headers['x-caseflow-event'] === 'request.classified' && JSON.parse(hook.body).data.request.requestId === id),
    );
    const signature = verifySignature(webhook.headers['x-caseflow-signature'] as string, webhookSecret, webhook.body);
    expect(signature.ok).toBe(true);
    expect(verifySignature(webhook.headers['x-caseflow-signature'] as string, 'some-other-secret', webhook.body).ok).toBe(false);
    const payload = JSON.parse(webhook.body);
    expect(webhook.headers['x-caseflow-delivery']).toBe(payload.id);
    expect(payload.data.request.classification.category).toBe(classified['category']);

    const description = await temporal.workflow.getHandle(requestWorkflowId(id)).describe();
    expect(description.typedSearchAttributes.get(searchAttributes.category)).toBe(classified['category']);
    expect(description.typedSearchAttributes.get(searchAttributes.status)).toBe('classified');
    expect(description.typedSearchAttributes.get(searchAttributes.customerId)).toBe(classified['customerId']);

    const resolved = await post(`/v1/requests/${id}/resolve`, { resolution: 'Card re-sent by express post' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: 'Card re-sent by express post' });
    expect((await get(`/v1/requests/${id}`)).body['status']).toBe('resolved');
    const whileResolved = await temporal.workflow.getHandle(requestWorkflowId(id)).describe();
    expect(whileResolved.status.name).toBe('RUNNING');

    const again = await post(`/v1/requests/${id}/resolve`, { resolution: 'twice' });
    expect(again.status).toBe(409);
    expect(again.body['error']).toMatchObject({ code: 'invalid_transition', details: { from: 'resolved', action: 'resolve' } });

    await waitForStatus(id, 'closed');
    await eventually('the workflow to complete', async () => {
      const closed = await temporal.workflow.getHandle(requestWorkflowId(id)).describe();
      return closed.status.name === 'COMPLETED' ? closed : undefined;
    });

    const events = await get(`/v1/requests/${id}/events`);
    expect(events.body['items'].map((event: { seq: number; type: string }) => [event.seq, event.type])).toEqual([
      [1, 'request.created'],
      [2, 'request.classified'],
      [3, 'request.resolved'],
      [4, 'request.closed'],
    ]);
    expect(events.body['nextCursor']).toBeNull();
  });

  it('still classifies a request posted while the classification worker is down', async () => {
    await system.classification.stop();
    const accepted = await post('/v1/requests', newRequest());
    expect(accepted.status).toBe(202);
    const id = accepted.body['id'] as string;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await get(`/v1/requests/${id}`)).body['status']).toBe('pending');

    await system.classification.start();
    const classified = await waitForStatus(id, 'classified');
    expect(classified['category']).toEqual(expect.any(String));
  });

  it('answers 404 for actions on a request that does not exist', async () => {
    const missing = randomUUID();
    expect((await get(`/v1/requests/${missing}`)).status).toBe(404);
    const resolve = await post(`/v1/requests/${missing}/resolve`, { resolution: 'x' });
    expect(resolve.status).toBe(404);
    expect(resolve.body['error']['code']).toBe('not_found');
  });
});

describe('idempotency', () => {
  async function rowsWithKey(key: string) {
    return db.selectFrom('requests').select('id').where('idempotency_key', '=', key).execute();
  }

  async function executions(workflowId: string) {
    const runs = [];
    for await (const execution of temporal.workflow.list({ query: `WorkflowId = "${workflowId}"` })) runs.push(execution);
    return runs;
  }

  it('returns the same request for the same key, sequentially and concurrently, with one row and one workflow', async () => {
    const key = `key-${randomUUID()}`;
    const request = newRequest();
    const first = await post('/v1/requests', request, { 'idempotency-key': key });
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => post('/v1/requests', request, { 'idempotency-key': key })));
    const second = await post('/v1/requests', request, { 'idempotency-key': key });

    for (const answer of [first, ...concurrent, second]) {
      expect(answer.status).toBe(202);
      expect(answer.body['id']).toBe(first.body['id']);
    }
    expect(await rowsWithKey(key)).toHaveLength(1);
    const runs = await eventually('the workflow to be visible', async () => {
      const found = await executions(first.body['workflowId'] as string);
      return found.length > 0 ? found : undefined;
    });
    expect(runs).toHaveLength(1);
  });

  it('refuses the same key with a different body with 422 and changes nothing', async () => {
    const key = `key-${randomUUID()}`;
    const original = await post('/v1/requests', newRequest(), { 'idempotency-key': key });
    const reused = await post('/v1/requests', { ...newRequest(), subject: 'Something else' }, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(reused.body['error']).toMatchObject({ code: 'idempotency_key_reused', details: { requestId: original.body['id'] } });
    expect(await rowsWithKey(key)).toHaveLength(1);
  });
});

describe('bad input', () => {
  const customerId = `bad-input-${randomUUID()}`;
  const valid = newRequest(customerId);
  const cases: [string, string | Record<string, unknown>, Record<string, string>?][] = [
    ['malformed JSON', '{"customerId": "x", '],
    ['an empty body', ''],
    ['a JSON array', '[]'],
    ['a missing subject', { ...valid, subject: undefined }],
    ['an empty body text', { ...valid, body: '' }],
    ['an oversized subject', { ...valid, subject: 'x'.repeat(201) }],
    ['a wrong type for body', { ...valid, body: 42 }],
    ['an unknown type value', { ...valid, type: 'question' }],
    ['an unknown field', { ...valid, urgent: true }],
    ['control characters', { ...valid, subject: 'bell\u0007' }],
    ['a bad customer id', { ...valid, customerId: '../etc' }],
  ];

  it.each(cases)('rejects %s with a 400 error document and stores nothing', async (_name, body) => {
    const answer = await post('/v1/requests', body);
    expect(answer.status).toBe(400);
    expect(answer.body['error']).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(answer.body['error']).toHaveProperty('details');
  });

  it('rejects a body over the size limit with 413', async () => {
    const answer = await post('/v1/requests', { ...valid, body: 'x'.repeat(70 * 1024) });
    expect(answer.status).toBe(413);
    expect(answer.body['error']['code']).toBe('payload_too_large');
  });

  it('rejects a non-JSON content type with 415', async () => {
    const response = await fetch(`${system.intakeUrl}/v1/requests`, { method: 'POST', headers: authorized(system.adminKey, { 'content-type': 'text/plain' }), body: 'hello' });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
  });

  it('left no row and no workflow behind for any rejected request', async () => {
    const rows = await db.selectFrom('requests').select('id').where('customer_id', '=', customerId).execute();
    expect(rows).toHaveLength(0);
    // A valid request from the same customer proves the visibility query can see one.
    const control = await post('/v1/requests', valid);
    expect(control.status).toBe(202);
    const found = await eventually('the control workflow to be visible', async () => {
      const count = await temporal.workflow.count(`CustomerId = "${customerId}"`);
      return count.count > 0 ? count.count : undefined;
    });
    expect(found).toBe(1);
  });
});

describe('health', () => {
  it('reports live and ready when PostgreSQL and Temporal are reachable', async () => {
    expect((await get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { postgres: 'ok', temporal: 'ok' } });
  });
});

describe('a new integrator (the README walk-through)', () => {
  it('creates a key with the admin key, a customer and a request, and finds it in English and Chinese', async () => {
    const created = await post('/v1/api-keys', { name: 'web shop', scopes: ['requests:write', 'requests:read'] });
    expect(created.status).toBe(201);
    const key = created.body['key'] as string;
    const call = (method: string, path: string, body?: unknown) => callIntake(system.intakeUrl, key, method, path, body);
    const externalId = `crm-${randomUUID()}`;
    const customer = await call('POST', '/v1/customers', { externalId, name: 'Ada Lovelace', email: 'ada@example.com' });
    expect(customer.status).toBe(201);
    const english = await call('POST', '/v1/requests', { customerId: customer.body['id'], subject: 'Card payment declined', body: 'My card was declined at the supermarket twice today.' });
    const chinese = await call('POST', '/v1/requests', { customer: { externalId }, subject: '退款还没到账', body: '我上周申请的退款到现在还没有到账。' });
    expect([english.status, chinese.status]).toEqual([202, 202]);

    const found = await call('GET', `/v1/requests?customerId=${customer.body['id']}&q=declined`);
    expect(found.body['items'].map((r: { id: string }) => r.id)).toEqual([english.body['id']]);
    const foundChinese = await call('GET', `/v1/requests?customerId=${customer.body['id']}&q=${encodeURIComponent('退款')}`);
    expect(foundChinese.body['items'].map((r: { id: string }) => r.id)).toEqual([chinese.body['id']]);
    expect((await call('GET', '/v1/api-keys')).status).toBe(403);
  });
});

describe('Temporal payloads', () => {
  it('hold no plaintext customer text: the raw history is encrypted, the key ring opens the payload, and only the codec endpoint (with the customer’s key) opens the words', async () => {
    const phrase = `Secret-${randomUUID()}`;
    const chinese = '我的身份证号码被泄露了';
    const accepted = await post('/v1/requests', { ...newRequest(), subject: phrase, body: `${phrase} ${chinese}` });
    const id = accepted.body['id'] as string;
    await waitForStatus(id, 'classified');

    // Straight from the frontend with no data converter: what Temporal stores.
    const connection = await Connection.connect({ address: inject('temporalAddress') });
    try {
      const { history } = await connection.workflowService.getWorkflowExecutionHistory({
        namespace: inject('temporalNamespace'),
        execution: { workflowId: requestWorkflowId(id) },
      });
      const raw = Buffer.from(proto.temporal.api.history.v1.History.encode(history ?? {}).finish());
      expect(raw.length).toBeGreaterThan(1000);
      expect(raw.includes(Buffer.from(phrase))).toBe(false);
      expect(raw.includes(Buffer.from(chinese))).toBe(false);

      // The key ring alone opens the payload but not the customer's words: they are sealed
      // with the customer's own data key (erasure destroys it, docs/security.md).
      const started = history?.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
      const decoded = await new EncryptionCodec(system.codecKeys).decode(started);
      expect(decoded.length).toBeGreaterThan(0);
      expect(Buffer.concat(decoded.map((payload) => Buffer.from(payload.data ?? new Uint8Array()))).toString()).not.toContain(phrase);
      // The codec endpoint, as the Web UI calls it for an operator, opens both.
      const base64 = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('base64');
      const payloads = started.map((payload) => ({ metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([name, value]) => [name, base64(value)])), data: base64(payload.data) }));
      const opened = await post('/codec/decode', { payloads });
      expect(opened.status).toBe(200);
      const texts = (opened.body['payloads'] as { data: string }[]).map((payload) => Buffer.from(payload.data, 'base64').toString());
      expect(texts.join('')).toContain(phrase);
      expect(texts.join('')).toContain(chinese);
    } finally {
      await connection.close();
    }
  });
});

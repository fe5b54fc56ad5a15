import { randomBytes, randomUUID } from 'node:crypto';
import { payloadCodecsFor } from '@caseflow/codec';
import { createDb, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BadInput, corpus, webhookFixture } from './bad-input.corpus';
import { buildTestApp, type TestApp } from './testing';

/**
 * The bad-input corpus: hostile and malformed requests across every route, each of which
 * must get its documented 4xx in the error format, and none of which may leave a row in
 * PostgreSQL or a workflow in Temporal behind. Its own database, so counting rows is exact.
 */
let temporal: Client;
let database: RunningPostgres;
let built: TestApp;
const marker = `corpus-${randomUUID()}`;
const keys: Record<string, string> = {};
let before: Record<string, number>;
let webhookId = '';

async function counts(): Promise<Record<string, number>> {
  const count = async (table: 'requests' | 'customers' | 'api_keys' | 'request_events' | 'agents' | 'agent_invitations' | 'macros') =>
    Number((await built.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    requests: await count('requests'),
    customers: await count('customers'),
    apiKeys: await count('api_keys'),
    events: await count('request_events'),
    agents: await count('agents'),
    invitations: await count('agent_invitations'),
    macros: await count('macros'),
  };
}

async function workflowsOf(customerId: string): Promise<number> {
  return (await temporal.workflow.count(`CustomerId = "${customerId}"`)).count;
}

/** Visibility is eventually consistent: wait until the count reaches `expected` (or give up and return it). */
async function settledWorkflowCount(customerId: string, expected: number): Promise<number> {
  const deadline = Date.now() + 20_000;
  let seen = await workflowsOf(customerId);
  while (seen < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    seen = await workflowsOf(customerId);
  }
  return seen;
}

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  database = await createTestDatabase(inject('databaseUrl'));
  const db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({ databaseUrl: database.databaseUrl, temporal, namespace: inject('temporalNamespace'), payloadCodecs: payloadCodecsFor([{ id: 'k1', key: randomBytes(32) }]) });
  for (const scope of ['requests:write', 'requests:read', 'operator'] as const) keys[scope] = (await built.keyWith([scope])).key;
  keys['admin'] = built.adminKey;
  const revoked = await built.keyWith(['requests:write']);
  await built.app.inject({ method: 'DELETE', url: `/v1/api-keys/${revoked.id}`, headers: built.auth(built.adminKey) });
  keys['revoked'] = revoked.key;
  const expired = await built.keyWith(['requests:write'], { expiresAt: new Date(Date.now() + 60_000).toISOString() });
  await built.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1_000) }).where('id', '=', expired.id).execute();
  keys['expired'] = expired.key;
  // The original request whose Idempotency-Key a corpus case replays with another body.
  const original = await built.app.inject({
    method: 'POST',
    url: '/v1/requests',
    headers: { ...built.auth(keys['requests:write']!), 'idempotency-key': `${marker}-replayed` },
    payload: { customerId: marker, subject: 'Original', body: 'The original request.' },
  });
  expect(original.statusCode).toBe(202);
  expect(await settledWorkflowCount(marker, 1)).toBe(1);
  const webhook = await built.app.inject({ method: 'POST', url: '/v1/webhooks', headers: built.auth(built.adminKey), payload: { url: 'https://hooks.example.com/caseflow', events: ['*'] } });
  expect(webhook.statusCode).toBe(201);
  webhookId = webhook.json().id;
  before = await counts();
});

afterAll(async () => {
  await built?.close();
  await database?.stop();
  await temporal?.connection.close();
});

const cases = () => corpus(marker);

describe('the bad-input corpus', () => {
  it('has at least 60 cases across every resource', () => {
    const all = corpus('x');
    expect(all.length).toBeGreaterThanOrEqual(60);
    const resources = new Set(all.map((c) => c.url.split('?')[0]!.split('/').slice(0, 3).join('/')));
    expect([...resources].sort()).toEqual(expect.arrayContaining(['/codec/decode', '/v1/api-keys', '/v1/customers', '/v1/requests']));
  });

  it('has a case for every route that needs a key', () => {
    const all = corpus('x');
    const keyed = built.app.routeScopes.filter((route) => route.scope !== 'public' && route.method !== 'HEAD');
    const uncovered = keyed.filter((route) => {
      const pattern = new RegExp(`^${route.url.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
      return !all.some((c) => c.method === route.method && pattern.test(c.url.split('?')[0] ?? ''));
    });
    expect(uncovered.map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it.each(cases().map((c) => [c.name, c] as [string, BadInput]))('%s', async (_name, bad) => {
    const headers: Record<string, string> = { ...(bad.key === null ? {} : built.auth(keys[bad.key] ?? bad.key)), ...bad.headers };
    if (bad.payload !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
    const answer = await built.app.inject({ method: bad.method, url: bad.url.replace(webhookFixture, webhookId), headers, ...(bad.payload === undefined ? {} : { payload: bad.payload }) });
    expect({ status: answer.statusCode, code: answer.json().error?.code }).toEqual({ status: bad.status, code: bad.code });
    const { error } = answer.json();
    expect(Object.keys(error).sort()).toEqual(['code', 'details', 'message', 'requestId']);
    expect(error.requestId).toBe(answer.headers['x-request-id']);
    expect(answer.body).not.toMatch(/\bat .+\.(ts|js):\d+|select |insert into|syntax error|postgres/i);
  });

  it('left no row and no workflow behind', async () => {
    expect(await counts()).toEqual(before);
    // A valid request afterwards proves the visibility count can see a new workflow.
    const control = await built.app.inject({ method: 'POST', url: '/v1/requests', headers: built.auth(keys['requests:write']!), payload: { customerId: marker, subject: 'Control', body: 'ok' } });
    expect(control.statusCode).toBe(202);
    expect(await settledWorkflowCount(marker, 2)).toBe(2);
  });
});

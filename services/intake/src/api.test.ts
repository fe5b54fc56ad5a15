import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { payloadCodecsFor } from '@caseflow/codec';
import { searchAttributes } from '@caseflow/contracts';
import { createDb, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from './testing';

let temporal: Client;
let built: TestApp;
const others: TestApp[] = [];
const codecKey = { id: 'test-key', key: randomBytes(32) };

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({
    databaseUrl: inject('databaseUrl'),
    temporal,
    namespace: inject('temporalNamespace'),
    payloadCodecs: payloadCodecsFor([codecKey]),
    codecCorsOrigins: ['http://localhost:8233'],
  });
});

afterAll(async () => {
  await Promise.all([built, ...others].map((app) => app?.close()));
  await temporal?.connection.close();
});

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, key: string, payload?: unknown) =>
  built.app.inject({ method, url, headers: built.auth(key), ...(payload === undefined ? {} : { payload: payload as object }) });

describe('API keys', () => {
  it('shows a new key once, stores only its hash, and lists it by prefix without the secret', async () => {
    const created = await call('POST', '/v1/api-keys', built.adminKey, { name: 'web shop', scopes: ['requests:write'] });
    expect(created.statusCode).toBe(201);
    const { id, key, prefix } = created.json();
    expect(key).toMatch(/^cf_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(prefix)).toBe(true);
    const stored = await built.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(key);
    const listed = await call('GET', `/v1/api-keys/${id}`, built.adminKey);
    expect(listed.json()).toMatchObject({ id, prefix, scopes: ['requests:write'], revokedAt: null });
    expect(listed.body).not.toContain(key);
  });

  it('refuses a revoked key from the very next request', async () => {
    const { id, key } = await built.keyWith(['requests:read']);
    expect((await call('GET', '/v1/requests', key)).statusCode).toBe(200);
    expect((await call('DELETE', `/v1/api-keys/${id}`, built.adminKey)).json().revokedAt).toEqual(expect.any(String));
    const refused = await call('GET', '/v1/requests', key);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toMatchObject({ code: 'invalid_api_key', message: 'the API key is not valid' });
  });

  it('refuses an expired key', async () => {
    const { id, key } = await built.keyWith(['requests:read'], { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await built.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
    expect((await call('GET', '/v1/requests', key)).statusCode).toBe(401);
  });

  it('answers revoked, expired and unknown keys with one and the same error, so a caller learns nothing about a key it does not hold', async () => {
    const revoked = await built.keyWith(['requests:read']);
    await call('DELETE', `/v1/api-keys/${revoked.id}`, built.adminKey);
    const expired = await built.keyWith(['requests:read']);
    await built.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', expired.id).execute();
    const answers = await Promise.all([revoked.key, expired.key, `cf_${'u'.repeat(43)}`].map((key) => call('GET', '/v1/requests', key)));
    expect(answers.map((answer) => answer.statusCode)).toEqual([401, 401, 401]);
    const errors = answers.map((answer) => ({ ...answer.json().error, requestId: undefined }));
    expect(errors[0]).toEqual({ code: 'invalid_api_key', message: 'the API key is not valid', details: null, requestId: undefined });
    expect(errors[1]).toEqual(errors[0]);
    expect(errors[2]).toEqual(errors[0]);
  });

  it('applies a scope change at once', async () => {
    const { id, key } = await built.keyWith(['requests:read']);
    await call('PATCH', `/v1/api-keys/${id}`, built.adminKey, { scopes: ['requests:write'] });
    expect((await call('GET', '/v1/requests', key)).statusCode).toBe(403);
  });

  it('makes CASEFLOW_ADMIN_KEY exist, and a restart with it revives it after a revocation', async () => {
    const adminKey = `bootstrap-${randomUUID()}`;
    const first = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: inject('temporalNamespace'), adminKey });
    others.push(first);
    // Not minted by caseflow, so its first characters may be most of the secret: listed by a prefix of its hash.
    const hashPrefix = `sha256:${createHash('sha256').update(adminKey).digest('hex').slice(0, 12)}`;
    const [mine] = (await call('GET', '/v1/api-keys?limit=100', adminKey)).json().items.filter((k: { prefix: string }) => k.prefix === hashPrefix);
    expect(mine.scopes).toEqual(['admin']);
    expect(adminKey.startsWith(mine.prefix)).toBe(false);
    await call('DELETE', `/v1/api-keys/${mine.id}`, built.adminKey);
    expect((await call('GET', '/v1/api-keys', adminKey)).statusCode).toBe(401);
    others.push(await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: inject('temporalNamespace'), adminKey }));
    expect((await call('GET', '/v1/api-keys', adminKey)).statusCode).toBe(200);
  });
});

describe('customers and requests', () => {
  it('upserts the customer a request carries and finds the request in English and Chinese', async () => {
    const { key } = await built.keyWith(['requests:write', 'requests:read']);
    const externalId = `crm-${randomUUID()}`;
    const tag = randomUUID().slice(0, 8);
    const first = await call('POST', '/v1/requests', key, { customer: { externalId, name: 'Ada' }, subject: `Refund ${tag}`, body: '我的退款还没有到账，已经等了两个星期。' });
    expect(first.statusCode).toBe(202);
    const second = await call('POST', '/v1/requests', key, { customer: { externalId, email: 'ada@example.com' }, subject: 'Declined card', body: 'My card keeps getting declined.' });
    expect(second.statusCode).toBe(202);

    const customers = (await call('GET', `/v1/customers?externalId=${externalId}`, key)).json().items;
    expect(customers).toEqual([expect.objectContaining({ externalId, name: 'Ada', email: 'ada@example.com' })]);
    const theirs = (await call('GET', `/v1/customers/${customers[0].id}/requests`, key)).json();
    expect(theirs.items.map((r: { id: string }) => r.id)).toEqual([second.json().id, first.json().id]);

    const english = (await call('GET', `/v1/requests?q=${encodeURIComponent(`refunds ${tag}`)}`, key)).json();
    expect(english.items.map((r: { id: string }) => r.id)).toEqual([first.json().id]);
    const chinese = (await call('GET', `/v1/requests?customerId=${customers[0].id}&q=${encodeURIComponent('退款')}`, key)).json();
    expect(chinese.items.map((r: { id: string }) => r.id)).toEqual([first.json().id]);
  });

  it('pages through a filtered list with opaque cursors, each item once', async () => {
    const { key } = await built.keyWith(['requests:write', 'requests:read']);
    const customerId = `cust-${randomUUID()}`;
    const posted: string[] = [];
    for (let i = 0; i < 5; i += 1) posted.push((await call('POST', '/v1/requests', key, { customerId, subject: `n${i}`, body: 'b' })).json().id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/requests?customerId=${customerId}&status=pending&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`;
      const page = (await call('GET', url, key)).json();
      seen.push(...page.items.map((r: { id: string }) => r.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual([...posted].reverse());
  });

  it("filters by every banking77 category, 'reverted_card_payment?' included, and refuses a name with spaces", async () => {
    const { key } = await built.keyWith(['requests:write', 'requests:read']);
    const customerId = `cust-${randomUUID()}`;
    const [reverted, other] = await Promise.all(['a', 'b'].map(async (subject) => (await call('POST', '/v1/requests', key, { customerId, subject, body: 'b' })).json().id as string));
    const db = createDb(inject('databaseUrl'), { maxConnections: 1 });
    try {
      // As the classifier's routing would have recorded it.
      await db.updateTable('requests').set({ category: 'reverted_card_payment?' }).where('id', '=', reverted!).execute();
      await db.updateTable('requests').set({ category: 'card_arrival' }).where('id', '=', other!).execute();
    } finally {
      await db.destroy();
    }
    const page = (await call('GET', `/v1/requests?customerId=${customerId}&category=${encodeURIComponent('reverted_card_payment?')}`, key)).json();
    expect(page.items.map((r: { id: string }) => r.id)).toEqual([reverted]);
    const refused = await call('GET', `/v1/requests?category=${encodeURIComponent('card arrival')}`, key);
    expect(refused.statusCode).toBe(400);
  });

  it("records each request's language, shows it, filters by it and starts its workflow with RequestLanguage", async () => {
    const { key } = await built.keyWith(['requests:write', 'requests:read']);
    const customerId = `cust-${randomUUID()}`;
    const post = async (subject: string, body: string) => (await call('POST', '/v1/requests', key, { customerId, subject, body })).json().id as string;
    const english = await post('Card declined', 'My card was declined at the supermarket twice today.');
    const chinese = await post('退款还没到账', '我上周申请的退款到现在还没有到账。');
    const russian = await post('Карта', 'Моя карта не работает');

    expect((await call('GET', `/v1/requests/${chinese}`, key)).json().language).toBe('zh');
    const all = (await call('GET', `/v1/requests?customerId=${customerId}`, key)).json().items as { id: string; language: string }[];
    expect(all.map((r) => [r.id, r.language])).toEqual([[russian, 'other'], [chinese, 'zh'], [english, 'en']]);
    for (const [language, id] of [['zh', chinese], ['en', english], ['other', russian]] as const) {
      expect((await call('GET', `/v1/requests?customerId=${customerId}&language=${language}`, key)).json().items.map((r: { id: string }) => r.id)).toEqual([id]);
    }
    const started = await temporal.workflow.getHandle(`request-${chinese}`).describe();
    expect(started.typedSearchAttributes.get(searchAttributes.language)).toBe('zh');
  });

  it('lists the requests an incident holds with ?incident=, and refuses an id that is not one', async () => {
    const { key } = await built.keyWith(['requests:write', 'requests:read']);
    const post = async () => (await call('POST', '/v1/requests', key, { customerId: `cust-${randomUUID()}`, subject: 'App down', body: 'The app shows error 503.' })).json().id as string;
    const [first, second, outside] = [await post(), await post(), await post()];
    // The classification service's detector is the one writer of incidents; this stands in for its run.
    const { id: incident } = await built.db.insertInto('incidents').values({ first_request_id: first!, customers_at_detection: 2, requests_at_detection: 2 }).returning('id').executeTakeFirstOrThrow();
    await built.db.insertInto('incident_requests').values([first!, second!].map((request_id) => ({ request_id, incident_id: incident }))).execute();
    const listed = await call('GET', `/v1/requests?incident=${incident}`, key);
    expect(listed.statusCode).toBe(200);
    const ids = listed.json().items.map((r: { id: string }) => r.id) as string[];
    expect(ids.toSorted()).toEqual([first, second].toSorted());
    expect(ids).not.toContain(outside);
    expect((await call('GET', `/v1/requests?incident=${randomUUID()}`, key)).json().items).toEqual([]);
    expect((await call('GET', '/v1/requests?incident=not-an-id', key)).statusCode).toBe(400);
  });

  it('shows one request with its latest events and classification fields', async () => {
    const { key } = await built.keyWith(['requests:write', 'requests:read']);
    const { id } = (await call('POST', '/v1/requests', key, { customerId: `c-${randomUUID()}`, subject: 's', body: 'b' })).json();
    const detail = (await call('GET', `/v1/requests/${id}`, key)).json();
    expect(detail).toMatchObject({ id, status: 'pending', alternatives: null, slaDueAt: null, slaBreached: false, latestEvents: [] });
  });

  it('refuses a request naming both customerId and customer, and a customer externalId taken twice', async () => {
    const { key } = await built.keyWith(['requests:write']);
    const both = await call('POST', '/v1/requests', key, { customerId: 'c-1', customer: { externalId: 'x' }, subject: 's', body: 'b' });
    expect(both.statusCode).toBe(400);
    const externalId = `crm-${randomUUID()}`;
    const created = await call('POST', '/v1/customers', key, { externalId, name: 'Grace' });
    expect(created.statusCode).toBe(201);
    const again = await call('POST', '/v1/customers', key, { externalId });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'customer_exists', details: { customerId: created.json().id } });
    const patched = await call('PATCH', `/v1/customers/${created.json().id}`, key, { email: 'grace@example.com', name: null });
    expect(patched.json()).toMatchObject({ externalId, name: null, email: 'grace@example.com' });
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After and RateLimit headers once a key spends its budget', async () => {
    const limited = await buildTestApp({
      databaseUrl: inject('databaseUrl'),
      temporal,
      namespace: inject('temporalNamespace'),
      rateLimits: { unauthenticated: 2, 'requests:write': 3, 'requests:read': 3, operator: 3, admin: 100 },
    });
    others.push(limited);
    const { key } = await limited.keyWith(['requests:read']);
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await limited.app.inject({ method: 'GET', url: '/v1/requests?limit=1', headers: limited.auth(key) }));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 429]);
    expect(answers[0]!.headers['ratelimit-limit']).toBe('3');
    const refused = answers[3]!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(refused.json().error).toMatchObject({ code: 'rate_limited', requestId: expect.any(String) });
    // Unauthenticated callers are limited per address, apart from keys.
    const anonymous = [];
    for (let i = 0; i < 3; i += 1) anonymous.push((await limited.app.inject({ method: 'GET', url: '/v1/requests' })).statusCode);
    expect(anonymous).toEqual([401, 401, 429]);
    expect((await limited.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('documentation and metrics', () => {
  it('serves an OpenAPI 3.1 document describing every API route with its auth and error schema', async () => {
    const answer = await built.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(answer.statusCode).toBe(200);
    const doc = answer.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((method) => `${method.toUpperCase()} ${path}`));
    const registered = built.app.routeScopes
      // The dashboard, the workspace and the sign-in page are HTML pages, not part of the API contract.
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && !r.url.startsWith('/docs') && !r.url.startsWith('/dashboard') && r.url !== '/app' && !r.url.startsWith('/app/') && !r.url.startsWith('/signin') && r.url !== '/openapi.json')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual([...new Set(registered)].sort());
    expect(doc.paths['/v1/requests'].post.responses['401']).toBeDefined();
    expect(doc.paths['/healthz'].get.security).toEqual([]);
    expect(doc.webhooks.requestEvent).toBeDefined();
    expect((await built.app.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(400);
  });

  it('exposes Prometheus metrics to admin keys only, with latency by route and created requests', async () => {
    const { key } = await built.keyWith(['requests:write']);
    await call('POST', '/v1/requests', key, { customerId: `m-${randomUUID()}`, subject: 's', body: 'b', channel: 'email' });
    expect((await call('GET', '/metrics', key)).statusCode).toBe(403);
    const metrics = await call('GET', '/metrics', built.adminKey);
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/caseflow_http_request_duration_seconds_bucket\{[^}]*route="\/v1\/requests"/);
    expect(metrics.body).toMatch(/caseflow_requests_created_total\{channel="email",type="inquiry"\} \d+/);
  });
});

describe('codec endpoint', () => {
  it('decodes what the workers encode, for operators, with CORS for the Web UI', async () => {
    const { key } = await built.keyWith(['operator']);
    const payload = { metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: Buffer.from('"secret text"').toString('base64') };
    const encoded = await built.app.inject({ method: 'POST', url: '/codec/encode', headers: built.auth(key), payload: { payloads: [payload] } });
    expect(encoded.statusCode).toBe(200);
    expect(Buffer.from(encoded.json().payloads[0].data, 'base64').toString()).not.toContain('secret');
    const decoded = await built.app.inject({ method: 'POST', url: '/codec/decode', headers: { ...built.auth(key), origin: 'http://localhost:8233' }, payload: encoded.json() });
    expect(decoded.json()).toEqual({ payloads: [payload] });
    expect(decoded.headers['access-control-allow-origin']).toBe('http://localhost:8233');
    const preflight = await built.app.inject({ method: 'OPTIONS', url: '/codec/decode', headers: { origin: 'http://evil.example' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect((await built.app.inject({ method: 'POST', url: '/codec/decode', payload: encoded.json() })).statusCode).toBe(401);
  });
});

import { migrateToLatest, createDb } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from './testing';

let temporal: Client;
const apps: TestApp[] = [];
const unreachable = 'postgres://caseflow@127.0.0.1:1/caseflow';

async function appWith(databaseUrl: string): Promise<TestApp> {
  const built = await buildTestApp({ databaseUrl, temporal, namespace: inject('temporalNamespace'), withoutAdminKey: databaseUrl === unreachable });
  apps.push(built);
  return built;
}

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
});

afterAll(async () => {
  await Promise.all(apps.map((built) => built.close()));
  await temporal?.connection.close();
});

describe('readiness', () => {
  it('is not ready, naming PostgreSQL, when the database cannot be reached', async () => {
    const { app } = await appWith(unreachable);
    const answer = await app.inject({ method: 'GET', url: '/readyz' });
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toEqual({ status: 'not_ready', checks: { postgres: 'unreachable', temporal: 'ok' } });
  });

  it('stays live while not ready', async () => {
    const { app } = await appWith(unreachable);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('errors', () => {
  it('answers an unknown route, for a valid key, with a JSON 404 error document carrying the request id', async () => {
    const { app, auth, adminKey } = await appWith(inject('databaseUrl'));
    const answer = await app.inject({ method: 'GET', url: '/v1/nothing-here?x=1', headers: { ...auth(adminKey), 'x-request-id': 'req-404' } });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toEqual({ error: { code: 'not_found', message: 'no route GET /v1/nothing-here', details: null, requestId: 'req-404' } });
  });

  it('answers an unknown route without a key with 401, so routes cannot be probed', async () => {
    const { app } = await appWith(inject('databaseUrl'));
    const answer = await app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer realm="caseflow"');
  });

  it('rejects a request id that is not a UUID with 400', async () => {
    const { app, auth, adminKey } = await appWith(inject('databaseUrl'));
    const answer = await app.inject({ method: 'GET', url: '/v1/requests/not-a-uuid', headers: auth(adminKey) });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.code).toBe('invalid_request');
  });

  it('hides internal failures behind a bare 500 without stack or SQL', async () => {
    const { app } = await appWith(unreachable);
    // The key lookup itself fails: the database is gone.
    const answer = await app.inject({ method: 'GET', url: '/v1/requests/00000000-0000-4000-8000-000000000000', headers: { authorization: `Bearer ${'k'.repeat(40)}`, 'x-request-id': 'req-500' } });
    expect(answer.statusCode).toBe(500);
    expect(answer.json()).toEqual({ error: { code: 'internal_error', message: 'internal error; the failure was logged', details: null, requestId: 'req-500' } });
  });

  it('echoes a caller-supplied request id and makes one up otherwise', async () => {
    const { app } = await appWith(inject('databaseUrl'));
    expect((await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'abc-123' } })).headers['x-request-id']).toBe('abc-123');
    expect((await app.inject({ method: 'GET', url: '/healthz' })).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never echoes a request id that could inject a header', async () => {
    const { app } = await appWith(inject('databaseUrl'));
    const answer = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'abc\u0007def' } });
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers', () => {
  it('sends nosniff, frame and CSP headers on every answer', async () => {
    const { app } = await appWith(inject('databaseUrl'));
    const answer = await app.inject({ method: 'GET', url: '/healthz' });
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });
});

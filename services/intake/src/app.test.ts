import { createDb, type Db, migrateToLatest } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from './app';

let temporal: Client;
const dbs: Db[] = [];
const apps: FastifyInstance[] = [];

async function appWith(databaseUrl: string): Promise<FastifyInstance> {
  const db = createDb(databaseUrl, { maxConnections: 2 });
  dbs.push(db);
  const app = await buildApp({
    db,
    temporal,
    namespace: inject('temporalNamespace'),
    logger: createLogger('intake-test', 'silent'),
    bodyLimitBytes: 64 * 1024,
    autoCloseAfterSeconds: 60,
  });
  apps.push(app);
  return app;
}

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await Promise.all(dbs.map((db) => db.destroy()));
  await temporal?.connection.close();
});

describe('readiness', () => {
  it('is not ready, naming PostgreSQL, when the database cannot be reached', async () => {
    const app = await appWith('postgres://caseflow@127.0.0.1:1/caseflow');
    const answer = await app.inject({ method: 'GET', url: '/readyz' });
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toEqual({ status: 'not_ready', checks: { postgres: 'unreachable', temporal: 'ok' } });
  });

  it('stays live while not ready', async () => {
    const app = await appWith('postgres://caseflow@127.0.0.1:1/caseflow');
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('errors', () => {
  it('answers an unknown route with a JSON 404 error document', async () => {
    const app = await appWith(inject('databaseUrl'));
    const answer = await app.inject({ method: 'GET', url: '/v1/nothing-here?x=1' });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toEqual({ error: { code: 'not_found', message: 'no route GET /v1/nothing-here', details: null } });
  });

  it('rejects a request id that is not a UUID with 400 before touching the database', async () => {
    const app = await appWith('postgres://caseflow@127.0.0.1:1/caseflow');
    const answer = await app.inject({ method: 'GET', url: '/v1/requests/not-a-uuid' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.code).toBe('invalid_request');
  });

  it('hides internal failures behind a bare 500 without stack or SQL', async () => {
    const app = await appWith('postgres://caseflow@127.0.0.1:1/caseflow');
    const answer = await app.inject({ method: 'GET', url: '/v1/requests/00000000-0000-4000-8000-000000000000' });
    expect(answer.statusCode).toBe(500);
    expect(answer.json()).toEqual({ error: { code: 'internal_error', message: 'internal error; the failure was logged', details: null } });
  });

  it('echoes a caller-supplied request id and makes one up otherwise', async () => {
    const app = await appWith(inject('databaseUrl'));
    expect((await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'abc-123' } })).headers['x-request-id']).toBe('abc-123');
    expect((await app.inject({ method: 'GET', url: '/healthz' })).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

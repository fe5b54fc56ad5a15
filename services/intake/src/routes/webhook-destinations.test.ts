import { createDb, type Db, migrateToLatest } from '@caseflow/db';
import { AddressPolicy } from '@caseflow/net-guard';
import { refusedDestinations } from '@caseflow/net-guard/corpus';
import { connectClient } from '@caseflow/temporal';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing';

let database: RunningPostgres;
let db: Db;
let temporal: Client;
/** As in production and docker-compose.yml: nothing private allowed. */
let strict: TestApp;
/** As under `make up`: loopback allowed, nothing else. */
let loopbackAllowed: TestApp;

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl, { maxConnections: 2 });
  await migrateToLatest(db);
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const common = { databaseUrl: database.databaseUrl, db, temporal, namespace: inject('temporalNamespace') };
  strict = await buildTestApp(common);
  loopbackAllowed = await buildTestApp({ ...common, webhookDestinations: AddressPolicy.fromAllowList('127.0.0.1/32,::1/128') });
});

afterAll(async () => {
  await strict?.close();
  await loopbackAllowed?.close();
  await temporal?.connection.close();
  await db?.destroy();
  await database?.stop();
});

const create = (app: TestApp, url: string) => app.injectAsAdmin({ method: 'POST', url: '/v1/webhooks', payload: { url, events: ['*'] } });
const subscriptionCount = async () => Number((await db.selectFrom('webhook_subscriptions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('webhook destinations at subscription time', () => {
  it.each(refusedDestinations)('refuses $url with 400 naming the rule ($rule), storing nothing', async ({ url, rule }) => {
    const before = await subscriptionCount();
    const answer = await create(strict, url);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toMatchObject({ code: 'webhook_destination_refused', message: expect.stringContaining(`(${rule})`), details: { rule } });
    expect(await subscriptionCount()).toBe(before);
  });

  it('refuses a change of URL to a refused address, and leaves the subscription as it was', async () => {
    const { id } = (await create(strict, 'https://hooks.example.com/a')).json();
    const answer = await strict.injectAsAdmin({ method: 'PATCH', url: `/v1/webhooks/${id}`, payload: { url: 'http://0x7f.1:5433/' } });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toMatchObject({ code: 'webhook_destination_refused', details: { rule: 'loopback', host: '127.0.0.1' } });
    expect((await strict.injectAsAdmin({ method: 'GET', url: `/v1/webhooks/${id}` })).json().url).toBe('https://hooks.example.com/a');
  });

  it('accepts a host name: it is resolved and judged at every delivery instead', async () => {
    const answer = await create(strict, 'http://internal-looking.example.net:8080/hooks');
    expect(answer.statusCode).toBe(201);
  });

  it('lets loopback through when the allow-list names it, and nothing else private', async () => {
    for (const url of ['http://127.0.0.1:9000/hooks', 'http://localhost:9000/hooks', 'http://[::1]:9000/hooks', 'http://2130706433:9000/']) {
      expect((await create(loopbackAllowed, url)).statusCode, url).toBe(201);
    }
    for (const url of ['http://169.254.169.254/', 'http://10.0.0.1/', 'http://0.0.0.0/', 'http://[fd00::1]/', 'http://127.0.0.2/']) {
      expect((await create(loopbackAllowed, url)).statusCode, url).toBe(400);
    }
  });
});

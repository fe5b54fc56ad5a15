import { createDb, createIncident, createRequest, eraseRequestRows, migrateToLatest } from '@caseflow/db';
import { newRequestRow } from '@caseflow/db/testing';
import { connectClient } from '@caseflow/temporal';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localMidnight, parsePeriod } from '../analytics-period';
import { buildTestApp, type TestApp } from '../testing';

let temporal: Client;
let built: TestApp;
let database: RunningPostgres;
let reader: string;
let writer: string;

beforeAll(async () => {
  // An empty database of its own: the answers below are those of no requests at all.
  database = await createTestDatabase(inject('databaseUrl'));
  const db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  await db.destroy();
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  built = await buildTestApp({ databaseUrl: database.databaseUrl, temporal, namespace: inject('temporalNamespace') });
  reader = (await built.keyWith(['requests:read'])).key;
  writer = (await built.keyWith(['requests:write'])).key;
});

afterAll(async () => {
  await built?.close();
  await temporal?.connection.close();
  await database?.stop();
});

const get = (url: string, key = reader) => built.app.inject({ method: 'GET', url, headers: built.auth(key) });

describe('analytics routes', () => {
  it('need the requests:read scope', async () => {
    expect((await get('/v1/analytics/volume', writer)).statusCode).toBe(403);
    expect((await built.app.inject({ method: 'GET', url: '/v1/analytics/volume' })).statusCode).toBe(401);
  });

  it('answer every bucket of the period, zero when nothing happened', async () => {
    const answer = await get('/v1/analytics/volume?from=2026-11-01&to=2026-11-07&tz=Europe/Berlin&interval=day&groupBy=queue');
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      period: { from: '2026-10-31T23:00:00.000Z', to: '2026-11-07T23:00:00.000Z', tz: 'Europe/Berlin' },
      interval: 'day',
      groupBy: 'queue',
      total: 0,
      series: [],
    });
  });

  it('answer empty aggregates for an empty period', async () => {
    for (const path of ['resolution?groupBy=queue', 'sla', 'csat?groupBy=assignee', 'classifier', 'topics', 'at-risk']) {
      const answer = await get(`/v1/analytics/${path}`);
      expect(answer.statusCode, `${path}: ${answer.body}`).toBe(200);
    }
    expect((await get('/v1/analytics/classifier')).json()).toMatchObject({ classified: 0, accuracy: null, accuracyInterval: null, categories: [] });
    expect((await get('/v1/analytics/topics')).json()).toMatchObject({ candidates: 0, topics: [] });
    expect((await get('/v1/analytics/csat')).json().overall).toEqual({ key: 'all', resolved: 0, rated: 0, responseRate: null, mean: null, distribution: [0, 0, 0, 0, 0] });
    expect((await get('/v1/analytics/at-risk')).json()).toEqual({ items: [] });
  });

  it('show the period\'s incidents in the topics answer, counting no erased request', async () => {
    const db = createDb(database.databaseUrl, { maxConnections: 1 });
    try {
      const ids: string[] = [];
      const start = Date.now() - 30 * 60_000;
      for (let i = 0; i < 10; i++) {
        const row = newRequestRow({ subject: i === 0 ? 'Login fails (Ada Lovelace)' : 'Login fails', category: 'login', created_at: new Date(start + i * 60_000).toISOString() });
        await db.insertInto('customers').values({ id: row.customer_id }).execute();
        await db.insertInto('requests').values(row).execute();
        ids.push(row.id);
      }
      const noticeOf = (incident: { id: string }) => ({ eventId: `incident.detected-${incident.id}`, eventType: 'incident.detected', payload: '{}' });
      const incident = await db.transaction().execute((trx) => createIncident(trx, { firstRequestId: ids[0]!, requestIds: ids }, noticeOf));
      await db.transaction().execute((trx) => eraseRequestRows(trx, [ids[0]!], { event: 'request.erased', actor: { kind: 'system' }, data: {} }));
      const answer = await built.app.inject({ method: 'GET', url: '/v1/analytics/topics', headers: { ...built.auth(reader), 'cache-control': 'no-cache' } });
      expect(answer.statusCode, answer.body).toBe(200);
      const [shown, ...others] = answer.json().incidents;
      expect(others).toEqual([]);
      expect(shown).toMatchObject({ id: incident!.id, status: 'open', size: 9, requests: 9, category: 'login', subject: 'Login fails' });
      expect(Date.parse(shown.lastAt) - Date.parse(shown.firstAt)).toBe(8 * 60_000);
      expect(answer.body).not.toContain('Ada Lovelace');
      // Incidents wholly before the period are not shown.
      expect((await get('/v1/analytics/topics?from=2026-01-01&to=2026-01-02')).json().incidents).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('refuse an unknown time zone, a reversed or too long period, too many buckets and unknown fields', async () => {
    const refusals = [
      '/v1/analytics/volume?tz=Mars/Olympus',
      '/v1/analytics/volume?from=2026-11-10&to=2026-11-01',
      '/v1/analytics/sla?from=2024-01-01&to=2026-01-01',
      '/v1/analytics/volume?interval=hour&from=2026-01-01&to=2026-06-01',
      '/v1/analytics/volume?groupBy=customer',
      '/v1/analytics/csat?from=yesterday',
      '/v1/analytics/topics?limit=5',
      '/v1/analytics/sla?days=7&from=2026-11-01',
      '/v1/analytics/sla?days=0',
      '/v1/analytics/sla?days=401',
    ];
    for (const url of refusals) {
      const answer = await get(url);
      expect(answer.statusCode, url).toBe(400);
      expect(answer.json().error.code, url).toBe('invalid_request');
    }
  });
});

describe('analytics answers', () => {
  it('are shared while fresh: the same question asked again gets the first answer and its Age, another question or Cache-Control: no-cache a new one', async () => {
    const own = await createTestDatabase(inject('databaseUrl'));
    const db = createDb(own.databaseUrl);
    await migrateToLatest(db);
    const shared = await buildTestApp({ databaseUrl: own.databaseUrl, temporal, namespace: inject('temporalNamespace'), analyticsCacheMs: 30_000 });
    const live = await buildTestApp({ databaseUrl: own.databaseUrl, temporal, namespace: inject('temporalNamespace'), analyticsCacheMs: 0 });
    try {
      const key = (await shared.keyWith(['requests:read'])).key;
      const ask = (app: TestApp, url: string, headers: Record<string, string> = {}) => app.app.inject({ method: 'GET', url, headers: { ...app.auth(key), ...headers } });
      const url = '/v1/analytics/volume?groupBy=queue&interval=day';
      const first = await ask(shared, url);
      expect(first.json().total).toBe(0);
      expect(first.headers['age']).toBe('0');

      await createRequest(db, newRequestRow());

      const again = await ask(shared, url);
      expect(again.json()).toEqual(first.json());
      expect(Number(again.headers['age'])).toBeGreaterThanOrEqual(0);
      expect((await ask(live, url)).json().total).toBe(1);
      expect((await ask(live, url)).headers['age']).toBe('0');
      // Parameters in another order are the same question; another filter is a new one.
      expect((await ask(shared, '/v1/analytics/volume?interval=day&groupBy=queue')).json().total).toBe(0);
      expect((await ask(shared, '/v1/analytics/volume?groupBy=queue&interval=day&type=inquiry')).json().total).toBe(1);
      // Refresh: the caller refuses the kept answer, and the new one is kept in its place.
      expect((await ask(shared, url, { 'cache-control': 'no-cache' })).json().total).toBe(1);
      expect((await ask(shared, url)).json().total).toBe(1);
    } finally {
      await shared.close();
      await live.close();
      await db.destroy();
      await own.stop();
    }
  });
});

describe('analytics periods', () => {
  it('read a date as a local day in the time zone, across a DST change', () => {
    expect(localMidnight('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(localMidnight('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    const { filter } = parsePeriod({ from: '2026-03-29', to: '2026-03-29', tz: 'Europe/Berlin' });
    // The day of the spring change has 23 hours.
    expect(filter.to.getTime() - filter.from.getTime()).toBe(23 * 3_600_000);
  });

  it('take the last `days` days until now, but not together with from or to', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const { filter } = parsePeriod({ days: 7 }, now);
    expect({ from: filter.from.toISOString(), to: filter.to.toISOString() }).toEqual({ from: '2026-11-18T12:00:00.000Z', to: '2026-11-25T12:00:00.000Z' });
    expect(() => parsePeriod({ days: 7, from: '2026-11-01' }, now)).toThrow(/days/);
    expect(() => parsePeriod({ days: 7, to: '2026-11-20' }, now)).toThrow(/days/);
  });

  it('refuse a day that does not exist, and year 0, with a 400 rather than failing', () => {
    for (const value of ['0000-00-00', '2026-02-30', '2026-13-01', '0000-01-01', '0000-01-01T00:00:00Z']) {
      expect(() => parsePeriod({ to: value }), value).toThrow(/is not a date/);
      expect(() => parsePeriod({ from: value, to: '2026-01-01' }), value).toThrow(/is not a date/);
    }
  });

  it('default to the last 30 days', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const { filter, tz } = parsePeriod({}, now);
    expect({ from: filter.from.toISOString(), to: filter.to.toISOString(), tz }).toEqual({ from: '2026-10-26T12:00:00.000Z', to: '2026-11-25T12:00:00.000Z', tz: 'UTC' });
  });
});

describe('the dashboard page', () => {
  it('is served without a key, its assets cached for good, and nothing outside its assets', async () => {
    const page = await built.app.inject({ method: 'GET', url: '/dashboard' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const asset = /src="(\/dashboard\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(asset).toBeDefined();
    const script = await built.app.inject({ method: 'GET', url: asset! });
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toContain('immutable');
    for (const url of ['/dashboard/../package.json', '/dashboard/%2e%2e/src/index.ts', '/dashboard/assets/missing.js', '/dashboard/vite.config.ts']) {
      // A path that normalises outside /dashboard is an unknown route (401 without a key); inside, only assets exist.
      expect([401, 404], url).toContain((await built.app.inject({ method: 'GET', url })).statusCode);
    }
  });
});

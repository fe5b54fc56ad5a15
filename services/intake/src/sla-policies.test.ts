import { createDb, type Db, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from './testing';

let temporal: Client;
let database: RunningPostgres;
let db: Db;
let testApp: TestApp;

/** Every call as an admin (route-auth.test.ts proves each route's refusals). */
const app = { inject: (options: InjectOptions) => testApp.injectAsAdmin(options) };

beforeAll(async () => {
  // Its own database: policies created here must not reach other files' requests.
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl, { maxConnections: 2 });
  await migrateToLatest(db);
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  testApp = await buildTestApp({ databaseUrl: database.databaseUrl, db, temporal, namespace: inject('temporalNamespace') });
});

afterAll(async () => {
  await testApp?.close();
  await db?.destroy();
  await database?.stop();
  await temporal?.connection.close();
});

const policy = {
  name: 'Urgent, office hours',
  priority: 'urgent',
  firstResponseMinutes: 30,
  resolutionMinutes: 240,
  warnFraction: 0.8,
  escalationAction: 'escalation_queue',
  escalationQueue: 'escalations',
  calendar: { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '18:00', holidays: ['2026-12-25'] },
};

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) => app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('SLA policies API', () => {
  it('creates, reads, updates (bumping the version), lists and deletes a policy', async () => {
    const created = await call('POST', '/v1/sla-policies', policy);
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ ...policy, category: null, roundTheClock: false, version: 1 });

    expect((await call('GET', `/v1/sla-policies/${body.id}`)).json()).toEqual(body);
    const updated = await call('PUT', `/v1/sla-policies/${body.id}`, { ...policy, resolutionMinutes: 120 });
    expect(updated.json()).toMatchObject({ resolutionMinutes: 120, version: 2 });
    expect((await call('GET', '/v1/sla-policies')).json().items.map((p: { id: string }) => p.id)).toContain(body.id);

    expect((await call('DELETE', `/v1/sla-policies/${body.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/v1/sla-policies/${body.id}`)).statusCode).toBe(404);
    expect((await call('PUT', `/v1/sla-policies/${body.id}`, policy)).statusCode).toBe(404);
  });

  it('refuses a second policy for the same priority and category with 409', async () => {
    const scoped = { ...policy, priority: 'high', category: 'card_arrival' };
    expect((await call('POST', '/v1/sla-policies', scoped)).statusCode).toBe(201);
    const again = await call('POST', '/v1/sla-policies', scoped);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('sla_policy_exists');
  });

  it('rejects an unknown time zone, a day outside 1..7, a closing time before opening and unknown fields with 400', async () => {
    for (const calendar of [
      { ...policy.calendar, timeZone: 'Mars/Olympus_Mons' },
      { ...policy.calendar, workingDays: [0, 1] },
      { ...policy.calendar, openTime: '18:00', closeTime: '09:00' },
    ]) {
      const answer = await call('POST', '/v1/sla-policies', { ...policy, priority: 'low', calendar });
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error.code).toBe('invalid_request');
    }
    expect((await call('POST', '/v1/sla-policies', { ...policy, priority: 'low', urgent: true })).statusCode).toBe(400);
  });
});

describe('SLA policies with several openings a day', () => {
  const lunch = { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], hours: [['09:00', '12:00'], ['13:00', '18:00']], holidays: [] };

  it('stores and answers hours, with openTime/closeTime as the first start and last end, and takes the answer back unchanged', async () => {
    const created = await call('POST', '/v1/sla-policies', { ...policy, priority: 'normal', calendar: lunch });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.calendar).toEqual({ ...lunch, openTime: '09:00', closeTime: '18:00' });
    expect((await call('GET', `/v1/sla-policies/${body.id}`)).json().calendar).toEqual(body.calendar);
    const again = await call('PUT', `/v1/sla-policies/${body.id}`, { ...policy, priority: 'normal', calendar: body.calendar });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ calendar: body.calendar, version: 2 });
    expect((await call('GET', '/v1/sla-policies')).json().items.find((p: { id: string }) => p.id === body.id).calendar).toEqual(body.calendar);
    // A calendar without hours is answered without them, as before.
    const plain = await call('PUT', `/v1/sla-policies/${body.id}`, { ...policy, priority: 'normal' });
    expect(plain.json().calendar).toEqual(policy.calendar);
  });

  it('rejects overlapping, unsorted, empty or malformed openings, contradicting openTime and a calendar without any hours, changing nothing', async () => {
    const cases: [unknown, string][] = [
      [{ ...lunch, hours: [['09:00', '12:00'], ['11:00', '18:00']] }, 'hours[1] must start after hours[0] ends'],
      [{ ...lunch, hours: [['13:00', '18:00'], ['09:00', '12:00']] }, 'hours[1] must start after hours[0] ends'],
      [{ ...lunch, hours: [['12:00', '09:00']] }, 'hours[0] must end after it starts'],
      [{ ...lunch, hours: [] }, 'calendar/hours'],
      [{ ...lunch, hours: [['9:00', '12:00']] }, 'calendar/hours/0/0'],
      [{ ...lunch, hours: [['09:00', '12:00', '13:00']] }, 'calendar/hours/0'],
      [{ ...lunch, openTime: '08:00' }, 'with hours, openTime and closeTime must be omitted or be "09:00" and "18:00"'],
      [{ timeZone: 'Europe/Berlin', workingDays: [1], openTime: '09:00' }, 'openTime and closeTime are required unless hours is given'],
    ];
    const before = (await call('GET', '/v1/sla-policies')).json();
    for (const [calendar, message] of cases) {
      const answer = await call('POST', '/v1/sla-policies', { ...policy, priority: 'low', calendar });
      expect(answer.statusCode, JSON.stringify(calendar)).toBe(400);
      expect(answer.json().error.code).toBe('invalid_request');
      expect(answer.json().error.message).toContain(message);
    }
    expect((await call('GET', '/v1/sla-policies')).json()).toEqual(before);
  });
});

describe('SLA policies with a next-reply target', () => {
  it('stores and answers nextReplyMinutes, null when omitted, and clears it on a PUT without it', async () => {
    const created = await call('POST', '/v1/sla-policies', { ...policy, priority: 'high', category: 'next_reply', nextReplyMinutes: 120 });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.nextReplyMinutes).toBe(120);
    expect((await call('GET', `/v1/sla-policies/${body.id}`)).json().nextReplyMinutes).toBe(120);
    const cleared = await call('PUT', `/v1/sla-policies/${body.id}`, { ...policy, priority: 'high', category: 'next_reply' });
    expect(cleared.json()).toMatchObject({ nextReplyMinutes: null, version: 2 });
    const none = await call('POST', '/v1/sla-policies', { ...policy, priority: 'low', category: 'next_reply', nextReplyMinutes: null });
    expect(none.json().nextReplyMinutes).toBeNull();
  });

  it('rejects a zero, negative, too large or non-numeric nextReplyMinutes with a 400 naming the policy, changing nothing', async () => {
    const created = (await call('POST', '/v1/sla-policies', { ...policy, priority: 'normal', category: 'next_reply', nextReplyMinutes: 60 })).json();
    const before = (await call('GET', '/v1/sla-policies')).json();
    for (const nextReplyMinutes of [0, -5, 0.01, 366 * 24 * 60 + 1]) {
      for (const [method, url] of [['POST', '/v1/sla-policies'], ['PUT', `/v1/sla-policies/${created.id}`]] as const) {
        const answer = await call(method, url, { ...policy, name: 'Chat, fast replies', priority: 'normal', category: method === 'POST' ? 'other' : 'next_reply', nextReplyMinutes });
        expect(answer.statusCode, `${method} ${nextReplyMinutes}`).toBe(400);
        expect(answer.json().error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('nextReplyMinutes of SLA policy "Chat, fast replies" must be from 0.05 to 527040') });
      }
    }
    const text = await call('POST', '/v1/sla-policies', { ...policy, priority: 'normal', category: 'other', nextReplyMinutes: '60' });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.message).toContain('nextReplyMinutes');
    expect((await call('GET', '/v1/sla-policies')).json()).toEqual(before);
  });
});

describe('request actions API', () => {
  it('answers 404 for an action on a request that does not exist, and 400 for a bad body', async () => {
    const missing = await call('POST', '/v1/requests/00000000-0000-4000-8000-000000000000/start');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const badScore = await call('POST', '/v1/requests/00000000-0000-4000-8000-000000000000/feedback', { score: 6 });
    expect(badScore.statusCode).toBe(400);
  });
});

import { randomUUID } from 'node:crypto';
import { assignmentLineWorkflowId } from '@caseflow/contracts';
import { createDb, insertAgent, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing';

/** The assignment routes over HTTP: shapes, and bad input of every kind answered with nothing changed. */
let temporal: Client;
let database: RunningPostgres;
let built: TestApp;
let agentId: string;
let disabledId: string;
const queue = `q-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  database = await createTestDatabase(inject('databaseUrl'));
  const db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({ databaseUrl: database.databaseUrl, temporal, namespace: inject('temporalNamespace') });
  agentId = (await insertAgent(built.db, { name: 'Ana', email: `ana-${queue}@example.com`, role: 'agent', languages: ['en'], capacity: 3, queues: [{ queue, level: 2 }] })).id;
  disabledId = (await insertAgent(built.db, { name: 'Gone', email: `gone-${queue}@example.com`, role: 'agent', queues: [{ queue, level: 1 }] })).id;
  await built.db.updateTable('agents').set({ disabled_at: new Date() }).where('id', '=', disabledId).execute();
});

afterAll(async () => {
  await built?.close();
  await temporal?.connection.close();
  await database?.stop();
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => built.injectAsAdmin({ method, url, ...(payload === undefined ? {} : { payload }) });
const modes = async () => built.db.selectFrom('queue_assignment').selectAll().execute();

describe('queue assignment mode', () => {
  it('sets a known queue to least_loaded, starts its line, and lists it with its agents', async () => {
    const answer = await call('PUT', `/v1/queues/${queue}/assignment`, { mode: 'least_loaded' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ queue, mode: 'least_loaded' });
    expect((await temporal.workflow.getHandle(assignmentLineWorkflowId(queue)).describe()).status.name).toBe('RUNNING');
    const listed = (await call('GET', '/v1/queues')).json().items.find((q: { queue: string }) => q.queue === queue);
    expect(listed).toMatchObject({ queue, mode: 'least_loaded', waiting: 0, oldestWaitingSeconds: null });
    expect(listed.agents).toContainEqual({ id: agentId, name: 'Ana', load: 0, capacity: 3, availability: 'offline' });
    await temporal.workflow.getHandle(assignmentLineWorkflowId(queue)).terminate('test done');
  });

  it.each([
    ['an unknown queue', '/v1/queues/nobody-serves-this/assignment', { mode: 'round_robin' }, 422, 'unknown_queue'],
    ['an invalid mode', `/v1/queues/${queue}/assignment`, { mode: 'fastest' }, 400, 'invalid_request'],
    ['a missing mode', `/v1/queues/${queue}/assignment`, {}, 400, 'invalid_request'],
    ['an extra field', `/v1/queues/${queue}/assignment`, { mode: 'skills', capacity: 0 }, 400, 'invalid_request'],
    ['a queue name with a space', '/v1/queues/two%20words/assignment', { mode: 'skills' }, 400, 'invalid_request'],
  ])('refuses %s and changes nothing', async (_what, url, body, status, code) => {
    const before = await modes();
    const answer = await call('PUT', url, body);
    expect(answer.statusCode).toBe(status);
    expect(answer.json().error.code).toBe(code);
    expect(await modes()).toEqual(before);
  });
});

describe('manual assignment', () => {
  const someRequest = '00000000-0000-4000-8000-000000000001';

  it('refuses the old free-text assignee with a 400 that names agentId', async () => {
    const answer = await call('POST', `/v1/requests/${someRequest}/assign`, { assignee: 'ana' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('agentId') });
  });

  it.each([
    ['an unknown agent', () => randomUUID(), 422, 'unknown_agent'],
    ['a disabled agent', () => disabledId, 422, 'agent_disabled'],
    ['an agent id that is no uuid', () => 'ana', 400, 'invalid_request'],
  ])('refuses %s and changes nothing', async (_what, id, status, code) => {
    const eventsBefore = await built.db.selectFrom('request_events').select('event_id').execute();
    const answer = await call('POST', `/v1/requests/${someRequest}/assign`, { agentId: id() });
    expect(answer.statusCode).toBe(status);
    expect(answer.json().error.code).toBe(code);
    expect(await built.db.selectFrom('request_events').select('event_id').execute()).toEqual(eventsBefore);
  });

  it('answers 404 for unassigning a request that does not exist', async () => {
    expect((await call('POST', `/v1/requests/${someRequest}/unassign`)).statusCode).toBe(404);
  });
});

describe('my work', () => {
  it("answers the signed-in agent's open requests, the earliest SLA due first", async () => {
    const me = await built.agentWith('agent', [queue]);
    const row = (status: string, due: string | null) => {
      const id = randomUUID();
      return { id, customer_id: 'c-1', subject: 's', body: 'b', type: 'inquiry', channel: 'test', metadata: '{}', language: 'en' as const, status, queue, assignee: me.id, sla_due_at: due, request_hash: 'h', workflow_id: `request-${id}`, created_at: new Date(), updated_at: new Date() };
    };
    const [late, soon, done, undated] = [row('in_progress', '2026-12-02T00:00:00Z'), row('assigned', '2026-12-01T00:00:00Z'), row('resolved', '2026-11-30T00:00:00Z'), row('waiting_on_customer', null)];
    await built.db.insertInto('customers').values({ id: 'c-1', external_id: null, name: null, email: null, created_at: new Date() }).onConflict((oc) => oc.doNothing()).execute();
    await built.db.insertInto('requests').values([late, soon, done, undated]).execute();
    const answer = await built.app.inject({ method: 'GET', url: '/v1/agents/me/requests', headers: { cookie: me.cookie } });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().items.map((r: { id: string }) => r.id)).toEqual([soon.id, late.id, undated.id]);
    expect(answer.json().items[0].assignee).toEqual({ id: me.id, name: expect.any(String) });
  });

  it('needs a signed-in agent: an API key gets 403', async () => {
    const answer = await call('GET', '/v1/agents/me/requests');
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error.code).toBe('forbidden');
  });
});

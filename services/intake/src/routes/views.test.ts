import { randomUUID } from 'node:crypto';
import { createRequest, recordTransition, type TransitionRecord } from '@caseflow/db';
import { newRequestRow } from '@caseflow/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type SignedInAgent, startIsolatedTestApp, type TestApp } from '../testing';

/**
 * The workspace's views: the list filters (assignee=me|none, open, breaching=soon, sort=sla,
 * customer) and GET /v1/views/counts, over a read model written the way the workflows write it,
 * in a database of its own so every count is exact.
 */
let built: TestApp;
let ana: SignedInAgent;
let lead: SignedInAgent;
const mine = `cards-${randomUUID().slice(0, 6)}`;
const theirs = `loans-${randomUUID().slice(0, 6)}`;
const now = Date.now();
const inMinutes = (m: number) => new Date(now + m * 60_000).toISOString();
const ids: Record<string, string> = {};

async function request(name: string, change: { queue: string; status: string; assignee?: string; dueAt?: string | null; breached?: boolean; policyId?: string; customer?: string }) {
  const row = newRequestRow({ subject: name, ...(change.customer === undefined ? {} : { customer_id: change.customer }) });
  await createRequest(built.db, row);
  const at = new Date().toISOString();
  const state: TransitionRecord['state'] = {
    status: change.status,
    category: 'card_arrival',
    queue: change.queue,
    priority: 'normal',
    confidence: 0.9,
    modelVersion: 'm1',
    alternatives: null,
    assignee: change.assignee ?? null,
    resolution: null,
    escalationLevel: change.breached === true ? 1 : 0,
    updatedAt: at,
    resolvedAt: change.status === 'resolved' ? at : null,
    closedAt: null,
    sla: { slaDueAt: change.dueAt ?? null, slaBreached: change.breached ?? false, slaNextCheckAt: null, slaPolicyId: change.policyId ?? null, slaPolicyVersion: change.policyId === undefined ? null : 1, firstRespondedAt: null, csatScore: null, csatComment: null },
  };
  await recordTransition(built.db, { requestId: row.id, event: { id: `${row.id}.1`, seq: 1, type: 'request.classified', actor: { kind: 'system' }, at, data: {} }, state });
  ids[name] = row.id;
}

beforeAll(async () => {
  built = await startIsolatedTestApp({ databaseUrl: inject('databaseUrl'), temporalAddress: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  ana = await built.agentWith('agent', [mine]);
  lead = await built.agentWith('lead');
  // A calendar with no working time for the next three days: one business hour from now is days away.
  const day = (d: number) => new Date(now + d * 86_400_000).toISOString().slice(0, 10);
  const policy = await built.injectAsAdmin({
    method: 'POST',
    url: '/v1/sla-policies',
    payload: { name: 'closed for days', priority: 'low', category: 'views-test', firstResponseMinutes: 60, resolutionMinutes: 600, calendar: { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5, 6, 7], openTime: '00:00', closeTime: '24:00', holidays: [day(0), day(1), day(2)] } },
  });
  expect(policy.statusCode).toBe(201);
  await request('working', { queue: mine, status: 'in_progress', assignee: ana.id, dueAt: inMinutes(30) });
  await request('line', { queue: mine, status: 'classified', dueAt: inMinutes(180) });
  await request('waiting', { queue: mine, status: 'waiting_on_customer', assignee: ana.id, customer: 'cust-views-1' });
  await request('done', { queue: mine, status: 'resolved', assignee: ana.id, dueAt: inMinutes(-60), breached: true, customer: 'cust-views-1' });
  await request('late', { queue: mine, status: 'classified', dueAt: inMinutes(-5), breached: true });
  await request('holiday', { queue: mine, status: 'classified', dueAt: inMinutes(300), policyId: policy.json().id });
  await request('elsewhere', { queue: theirs, status: 'classified', dueAt: inMinutes(10) });
});

afterAll(async () => {
  await built?.close();
});

const names = (items: { id: string }[]) => items.map((item) => Object.keys(ids).find((name) => ids[name] === item.id));
async function list(who: SignedInAgent, query: string): Promise<(string | undefined)[]> {
  const answer = await built.app.inject({ method: 'GET', url: `/v1/requests?${query}`, headers: who.headers });
  expect(answer.statusCode, answer.body).toBe(200);
  return names(answer.json().items);
}

describe('workspace list filters', () => {
  it('assignee=me and assignee=none, open only, within the agent\'s queues', async () => {
    expect((await list(ana, 'assignee=me&open=true')).sort()).toEqual(['waiting', 'working']);
    expect((await list(ana, 'assignee=none&open=true')).sort()).toEqual(['holiday', 'late', 'line']);
    expect((await list(lead, 'assignee=none&open=true')).sort()).toEqual(['elsewhere', 'holiday', 'late', 'line']);
    expect((await list(ana, 'open=false')).sort()).toEqual(['done']);
  });

  it('breaching=soon: open, breached or due within the next business hour of the request\'s own calendar', async () => {
    // "holiday" is due in 5 h by the clock, but its calendar has no working hour before then.
    expect((await list(ana, 'breaching=soon')).sort()).toEqual(['holiday', 'late', 'working']);
    expect((await list(lead, 'breaching=soon')).sort()).toEqual(['elsewhere', 'holiday', 'late', 'working']);
  });

  it('sort=sla: earliest due first, none last, over keyset pages that neither skip nor repeat', async () => {
    const seen: (string | undefined)[] = [];
    let cursor: string | null = null;
    do {
      const answer: { statusCode: number; body: string; json(): { items: { id: string }[]; nextCursor: string | null } } = await built.app.inject({ method: 'GET', url: `/v1/requests?sort=sla&open=true&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`, headers: ana.headers });
      expect(answer.statusCode, answer.body).toBe(200);
      seen.push(...names(answer.json().items));
      cursor = answer.json().nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(['late', 'working', 'line', 'holiday', 'waiting']);
  });

  it('customer is customerId by another name; both at once, assignee=me for a key and a newest-first cursor for sort=sla are 400', async () => {
    expect((await list(ana, 'customer=cust-views-1')).sort()).toEqual(['done', 'waiting']);
    const both = await built.app.inject({ method: 'GET', url: '/v1/requests?customer=a&customerId=b', headers: ana.headers });
    expect([both.statusCode, both.json().error.code]).toEqual([400, 'invalid_request']);
    const key = await built.injectAsAdmin({ method: 'GET', url: '/v1/requests?assignee=me' });
    expect([key.statusCode, key.json().error.code]).toEqual([400, 'invalid_request']);
    const first = await built.app.inject({ method: 'GET', url: '/v1/requests?limit=1', headers: ana.headers });
    const mixed = await built.app.inject({ method: 'GET', url: `/v1/requests?sort=sla&cursor=${first.json().nextCursor}`, headers: ana.headers });
    expect([mixed.statusCode, mixed.json().error.code]).toEqual([400, 'invalid_cursor']);
  });
});

describe('GET /v1/views/counts', () => {
  it('answers each view\'s count for the caller, equal to the length of the list with the same filters', async () => {
    const answer = await built.app.inject({ method: 'GET', url: '/v1/views/counts', headers: ana.headers });
    expect(answer.statusCode).toBe(200);
    const counts = answer.json();
    expect(counts).toEqual({ mine: 2, unassigned: 3, waiting: 1, breachingSoon: 3, queues: { [mine]: 5 } });
    expect(counts.mine).toBe((await list(ana, 'assignee=me&open=true')).length);
    expect(counts.unassigned).toBe((await list(ana, 'assignee=none&open=true')).length);
    expect(counts.waiting).toBe((await list(ana, 'status=waiting_on_customer')).length);
    expect(counts.breachingSoon).toBe((await list(ana, 'breaching=soon')).length);
    expect(counts.queues[mine]).toBe((await list(ana, `queue=${mine}&open=true`)).length);
  });

  it('counts every queue for a lead, and nothing as mine for an API key', async () => {
    const leads = (await built.app.inject({ method: 'GET', url: '/v1/views/counts', headers: lead.headers })).json();
    expect(leads).toEqual({ mine: 0, unassigned: 4, waiting: 1, breachingSoon: 4, queues: { [mine]: 5, [theirs]: 1 } });
    const key = (await built.injectAsAdmin({ method: 'GET', url: '/v1/views/counts' })).json();
    expect(key).toEqual(leads);
  });
});

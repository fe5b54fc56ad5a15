import { randomUUID } from 'node:crypto';
import { createRequest, insertCustomer, recordTransition, type SlaClocks, type TransitionRecord } from '@caseflow/db';
import { newRequestRow } from '@caseflow/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startIsolatedTestApp, type TestApp } from '../testing';

/** GET /v1/requests/:id answers what the request page shows: classification, assignee, customer, SLA clocks. */
let built: TestApp;
const minute = 60_000;
const alwaysUtc = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5, 6, 7], openTime: '00:00', closeTime: '24:00', holidays: [] };

beforeAll(async () => {
  built = await startIsolatedTestApp({ databaseUrl: inject('databaseUrl'), temporalAddress: inject('temporalAddress'), namespace: inject('temporalNamespace') });
});

afterAll(async () => {
  await built?.close();
});

async function recorded(clocks: SlaClocks | undefined, assignee: string | null = null, customerId = 'cust-detail', slaDueAt: string | null = null): Promise<string> {
  const row = newRequestRow({ customer_id: customerId });
  await createRequest(built.db, row);
  const at = new Date().toISOString();
  const state: TransitionRecord['state'] = {
    status: 'in_progress',
    category: 'card_arrival',
    queue: 'cards',
    priority: 'high',
    confidence: 0.71,
    modelVersion: 'm1',
    alternatives: [
      { label: 'card_delivery_estimate', confidence: 0.18 },
      { label: 'lost_or_stolen_card', confidence: 0.06 },
    ],
    assignee,
    resolution: null,
    escalationLevel: 0,
    updatedAt: at,
    resolvedAt: null,
    closedAt: null,
    sla: { slaDueAt, slaBreached: false, slaNextCheckAt: null, slaPolicyId: null, slaPolicyVersion: null, firstRespondedAt: null, csatScore: null, csatComment: null, clocks },
  };
  await recordTransition(built.db, { requestId: row.id, event: { id: `${row.id}.1`, seq: 1, type: 'request.started', actor: { kind: 'system' }, at, data: {} }, state });
  return row.id;
}

describe('GET /v1/requests/:id for the request page', () => {
  it('answers each SLA clock with its due, warning, state and the business minutes remaining now', async () => {
    const started = new Date(Date.now() - 15 * minute).toISOString();
    const clocks: SlaClocks = {
      firstResponse: { targetMinutes: 60, elapsedMs: 0, runningSince: started, stoppedAt: null, dueAt: new Date(Date.parse(started) + 60 * minute).toISOString(), warnAt: new Date(Date.parse(started) + 48 * minute).toISOString(), warned: false, breached: false },
      resolution: { targetMinutes: 240, elapsedMs: 250 * minute, runningSince: null, stoppedAt: null, dueAt: null, warnAt: null, warned: true, breached: true },
      nextReply: { targetMinutes: 30, elapsedMs: 5 * minute, runningSince: started, stoppedAt: null, dueAt: new Date(Date.parse(started) + 25 * minute).toISOString(), warnAt: null, warned: false, breached: false },
      calendar: alwaysUtc,
    };
    const agent = await built.agentWith('agent', ['cards']);
    const id = await recorded(clocks, agent.id);
    const answer = await built.injectAsAdmin({ method: 'GET', url: `/v1/requests/${id}` });
    expect(answer.statusCode).toBe(200);
    const detail = answer.json();
    expect(detail).toMatchObject({
      category: 'card_arrival',
      confidence: 0.71,
      alternatives: [{ label: 'card_delivery_estimate' }, { label: 'lost_or_stolen_card' }],
      assignee: { id: agent.id, name: 'Test agent' },
      customerId: 'cust-detail',
      firstRespondedAt: null,
    });
    expect(detail.slaClocks.firstResponse).toMatchObject({ state: 'running', targetMinutes: 60, dueAt: clocks.firstResponse.dueAt, warnAt: clocks.firstResponse.warnAt, breached: false, stoppedAt: null });
    expect(detail.slaClocks.firstResponse.businessMinutesRemaining).toBeGreaterThan(44);
    expect(detail.slaClocks.firstResponse.businessMinutesRemaining).toBeLessThanOrEqual(45);
    expect(detail.slaClocks.resolution).toEqual({ state: 'paused', targetMinutes: 240, dueAt: null, warnAt: null, breached: true, stoppedAt: null, businessMinutesRemaining: -10 });
    // 5 minutes banked before a pause, 15 since it resumed: 10 of 30 left.
    expect(detail.slaClocks.nextReply).toMatchObject({ state: 'running', targetMinutes: 30, dueAt: clocks.nextReply?.dueAt, breached: false, stoppedAt: null });
    expect(detail.slaClocks.nextReply.businessMinutesRemaining).toBeGreaterThan(9);
    expect(detail.slaClocks.nextReply.businessMinutesRemaining).toBeLessThanOrEqual(10);
  });

  it('answers nextReply null when no customer message has awaited a reply, and for clocks recorded before it existed', async () => {
    const running = { targetMinutes: 60, elapsedMs: 0, runningSince: new Date().toISOString(), stoppedAt: null, dueAt: null, warnAt: null, warned: false, breached: false };
    for (const clocks of [{ firstResponse: running, resolution: running, nextReply: null, calendar: null }, { firstResponse: running, resolution: running, calendar: null }]) {
      const id = await recorded(clocks);
      const detail = (await built.injectAsAdmin({ method: 'GET', url: `/v1/requests/${id}` })).json();
      expect(detail.slaClocks.firstResponse.state).toBe('running');
      expect(detail.slaClocks.nextReply).toBeNull();
    }
  });

  it('answers slaClocks null for a request whose clocks were never recorded', async () => {
    const id = await recorded(undefined);
    expect((await built.injectAsAdmin({ method: 'GET', url: `/v1/requests/${id}` })).json().slaClocks).toBeNull();
  });
});

describe('GET /v1/requests for the workspace lists', () => {
  it('answers each item with its customer\'s name and the warning time of the SLA clock it is due by', async () => {
    const named = `cust-named-${randomUUID()}`;
    const unnamed = `cust-unnamed-${randomUUID()}`;
    await insertCustomer(built.db, { id: named, externalId: null, name: 'Grace Hopper', email: null });
    await insertCustomer(built.db, { id: unnamed, externalId: null, name: null, email: null });
    const started = Date.now() - 10 * minute;
    const at = (minutes: number) => new Date(started + minutes * minute).toISOString();
    const running = (target: number, warn: number | null) => ({ targetMinutes: target, elapsedMs: 0, runningSince: at(0), stoppedAt: null, dueAt: at(target), warnAt: warn === null ? null : at(warn), warned: false, breached: false });
    // First response already met: the resolution clock is the one slaDueAt counts down to.
    const clocks: SlaClocks = { firstResponse: { ...running(60, 48), stoppedAt: at(5), runningSince: null }, resolution: running(240, 192), calendar: alwaysUtc };
    await recorded(clocks, null, named, clocks.resolution.dueAt);
    await recorded({ firstResponse: running(60, null), resolution: running(240, null), calendar: alwaysUtc }, null, unnamed, at(60));

    const list = async (customerId: string) => (await built.injectAsAdmin({ method: 'GET', url: `/v1/requests?customerId=${customerId}` })).json().items;
    expect(await list(named)).toMatchObject([{ customerId: named, customerName: 'Grace Hopper', slaDueAt: at(240), slaWarnAt: at(192) }]);
    // A policy without a warning fraction never turns amber; a customer without a name answers null.
    expect(await list(unnamed)).toMatchObject([{ customerId: unnamed, customerName: null, slaDueAt: at(60), slaWarnAt: null }]);
  });

  it('answers slaWarnAt null for a request whose clocks were never recorded', async () => {
    const customerId = `cust-old-${randomUUID()}`;
    await recorded(undefined, null, customerId, new Date(Date.now() + 60 * minute).toISOString());
    expect((await built.injectAsAdmin({ method: 'GET', url: `/v1/requests?customerId=${customerId}` })).json().items).toMatchObject([{ slaWarnAt: null, customerName: null }]);
  });
});

import { randomUUID } from 'node:crypto';
import { type BusinessCalendar, businessTimeBetween } from '@caseflow/sla';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from './client';
import { migrateToLatest } from './migrate';
import { backfillAnalyticsFacts } from './queries/analytics-facts';
import { insertDemoRequests } from './queries/demo';
import { createRequest, recordTransition, type TransitionRecord } from './queries/requests';
import { createSlaPolicy } from './queries/sla-policies';
import { newRequestRow } from './testing';

let db: Db;
let database: RunningPostgres;
// DST ends in Berlin on Sunday 2026-10-25; 2026-10-26 is a holiday: durations across them differ from wall-clock.
const calendar: BusinessCalendar = { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '17:30', holidays: ['2026-10-26'] };
const policyIds: Record<'calendar' | 'roundTheClock', string> = { calendar: '', roundTheClock: '' };

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  const base = { category: null, firstResponseMinutes: 60, resolutionMinutes: 480, warnFraction: null, escalationAction: 'notify' as const, escalationQueue: null, calendar };
  policyIds.calendar = (await createSlaPolicy(db, { ...base, name: 'calendar', priority: 'normal', roundTheClock: false })).id;
  policyIds.roundTheClock = (await createSlaPolicy(db, { ...base, name: '24/7', priority: 'urgent', roundTheClock: true })).id;
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

const createdAt = new Date('2026-10-23T14:00:00Z');
const classification = { category: 'card_arrival', queue: 'triage', priority: 'normal', confidence: 0.41, modelVersion: 'm1', alternatives: [] };

type State = TransitionRecord['state'];
function state(policyId: string | null, changes: Partial<State> & { firstRespondedAt?: string | null } = {}): State {
  const { firstRespondedAt = null, ...rest } = changes;
  return {
    status: 'classified',
    category: 'card_arrival',
    queue: 'triage',
    priority: 'normal',
    confidence: 0.41,
    modelVersion: 'm1',
    alternatives: null,
    assignee: null,
    resolution: null,
    escalationLevel: 0,
    updatedAt: createdAt.toISOString(),
    resolvedAt: null,
    closedAt: null,
    sla: { slaDueAt: null, slaBreached: false, slaNextCheckAt: null, slaPolicyId: policyId, slaPolicyVersion: policyId === null ? null : 1, firstRespondedAt, csatScore: null, csatComment: null },
    ...rest,
  };
}

async function newRequest(): Promise<string> {
  const id = randomUUID();
  const at = createdAt.toISOString();
  await createRequest(db, newRequestRow({ id, customer_id: 'cust-facts', created_at: at, updated_at: at }));
  return id;
}

let seq = 0;
async function record(requestId: string, type: string, s: State, data: Record<string, unknown> = {}, at = s.updatedAt): Promise<void> {
  seq += 1;
  await recordTransition(db, { requestId, event: { id: `${requestId}.${seq}`, seq, type, actor: { kind: 'system' }, at, data }, state: s });
}

async function facts(id: string) {
  return db
    .selectFrom('requests')
    .select(['first_response_business_seconds', 'resolution_business_seconds', 'model_category', 'model_queue', 'model_confidence', 'reclassified', 'first_response_escalated', 'resolution_escalated', 'next_reply_escalated'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

const businessSeconds = (from: Date, to: string) => businessTimeBetween(calendar, from, new Date(to)) / 1000;

describe('analytics facts written with the lifecycle', () => {
  it('keeps the model answer, business durations in the policy calendar, and the reclassified flag on the row', async () => {
    const id = await newRequest();
    await record(id, 'request.classified', state(policyIds.calendar), classification);
    expect(await facts(id)).toEqual({ first_response_business_seconds: null, resolution_business_seconds: null, model_category: 'card_arrival', model_queue: 'triage', model_confidence: 0.41, reclassified: false, first_response_escalated: false, resolution_escalated: false, next_reply_escalated: false });
    await record(id, 'request.escalated', state(policyIds.calendar, { escalationLevel: 1 }), { level: 1, clock: 'firstResponse' });
    expect(await facts(id)).toMatchObject({ first_response_escalated: true, resolution_escalated: false, next_reply_escalated: false });
    await record(id, 'request.escalated', state(policyIds.calendar, { escalationLevel: 2 }), { level: 2, clock: 'nextReply' });
    expect(await facts(id)).toMatchObject({ first_response_escalated: true, resolution_escalated: false, next_reply_escalated: true });

    // Friday 16:00 Berlin → Tuesday 10:00 Berlin, over a weekend with the DST change and a holiday Monday.
    const firstResponse = '2026-10-27T09:00:00Z';
    const resolved = '2026-10-28T12:30:00Z';
    await record(id, 'request.comment_added', state(policyIds.calendar, { status: 'in_progress', firstRespondedAt: firstResponse, updatedAt: firstResponse }));
    await record(id, 'request.resolved', state(policyIds.calendar, { status: 'resolved', firstRespondedAt: firstResponse, resolvedAt: resolved, updatedAt: resolved }));
    const first = businessSeconds(createdAt, firstResponse);
    expect(first).toBe(2.5 * 3600);
    expect(await facts(id)).toMatchObject({ first_response_business_seconds: first, resolution_business_seconds: businessSeconds(createdAt, resolved) });

    // A reopen clears the resolution; the next resolution is measured anew, the first response stays.
    await record(id, 'request.reopened', state(policyIds.calendar, { status: 'reopened', firstRespondedAt: firstResponse, updatedAt: '2026-10-29T08:00:00Z' }));
    expect(await facts(id)).toMatchObject({ first_response_business_seconds: first, resolution_business_seconds: null });
    const again = '2026-10-30T15:00:00Z';
    await record(id, 'request.reclassified', state(policyIds.calendar, { status: 'reopened', category: 'lost_or_stolen_card', queue: 'cards', confidence: 1, firstRespondedAt: firstResponse, updatedAt: again }));
    await record(id, 'request.resolved', state(policyIds.calendar, { status: 'resolved', category: 'lost_or_stolen_card', queue: 'cards', confidence: 1, firstRespondedAt: firstResponse, resolvedAt: again, updatedAt: again }));
    expect(await facts(id)).toEqual({
      first_response_business_seconds: first,
      resolution_business_seconds: businessSeconds(createdAt, again),
      // The model's answer, not the operator's (the row's confidence is now 1).
      model_category: 'card_arrival',
      model_queue: 'triage',
      model_confidence: 0.41,
      reclassified: true,
      first_response_escalated: true,
      resolution_escalated: false,
      next_reply_escalated: true,
    });
  });

  it('counts wall-clock time for round-the-clock policies and requests without a policy', async () => {
    for (const policyId of [policyIds.roundTheClock, null]) {
      const id = await newRequest();
      const resolved = '2026-10-25T14:00:00Z';
      await record(id, 'request.classified', state(policyId), classification);
      await record(id, 'request.resolved', state(policyId, { status: 'resolved', firstRespondedAt: '2026-10-23T15:00:00Z', resolvedAt: resolved, updatedAt: resolved }));
      expect(await facts(id)).toMatchObject({ first_response_business_seconds: 3600, resolution_business_seconds: 48 * 3600 });
    }
  });

  it('ignores a late retry of an older event', async () => {
    const id = await newRequest();
    const resolved = '2026-10-27T10:00:00Z';
    await record(id, 'request.classified', state(policyIds.calendar), classification);
    await record(id, 'request.resolved', state(policyIds.calendar, { status: 'resolved', firstRespondedAt: resolved, resolvedAt: resolved, updatedAt: resolved }));
    const before = await facts(id);
    await recordTransition(db, { requestId: id, event: { id: `${id}.${seq - 1}`, seq: seq - 1, type: 'request.classified', actor: { kind: 'system' }, at: createdAt.toISOString(), data: { ...classification, category: 'other' } }, state: state(policyIds.calendar) });
    expect(await facts(id)).toEqual(before);
  });
});

describe('the backfill of rows written before the columns', () => {
  it('derives the same facts from the events as the writers stored, for lifecycle and demo rows alike', async () => {
    const demoId = randomUUID();
    const at = (h: number) => new Date(createdAt.getTime() + h * 3_600_000);
    await insertDemoRequests(db, [
      {
        request: { id: demoId, customer_id: 'cust-demo', subject: 's', body: 'b', type: 'inquiry', channel: 'web', metadata: '{"demo":true}', language: 'en', status: 'resolved', category: 'exchange_rate', queue: 'fx', priority: 'normal', request_hash: 'demo', workflow_id: `request-${demoId}`, created_at: createdAt, updated_at: at(90), first_responded_at: at(70), resolved_at: at(90), sla_policy_id: policyIds.calendar, sla_policy_version: 1, escalation_level: 1, last_seq: 4 },
        events: [
          { seq: 1, type: 'request.classified', actor: { kind: 'system' }, at: createdAt, data: { category: 'card_arrival', queue: 'cards', confidence: 0.77 } },
          { seq: 2, type: 'request.reclassified', actor: { kind: 'agent', id: 'a1', name: 'Ana' }, at: at(1), data: {} },
          { seq: 3, type: 'request.escalated', actor: { kind: 'system' }, at: at(80), data: { level: 1, clock: 'resolution' } },
          { seq: 4, type: 'request.resolved', actor: { kind: 'agent', id: 'a1', name: 'Ana' }, at: at(90), data: {} },
        ],
      },
    ]);
    expect(await facts(demoId)).toEqual({
      first_response_business_seconds: businessTimeBetween(calendar, createdAt, at(70)) / 1000,
      resolution_business_seconds: businessTimeBetween(calendar, createdAt, at(90)) / 1000,
      model_category: 'card_arrival',
      model_queue: 'cards',
      model_confidence: 0.77,
      reclassified: true,
      first_response_escalated: false,
      resolution_escalated: true,
      next_reply_escalated: false,
    });

    const rows = await db.selectFrom('requests').selectAll().orderBy('id').execute();
    expect(rows.filter((r) => r.resolution_business_seconds !== null).length).toBeGreaterThanOrEqual(4);
    await db
      .updateTable('requests')
      .set({ first_response_business_seconds: null, resolution_business_seconds: null, model_category: null, model_queue: null, model_confidence: null, reclassified: false, first_response_escalated: false, resolution_escalated: false, next_reply_escalated: false })
      .execute();
    expect(await backfillAnalyticsFacts(db, { batch: 2 })).toBe(rows.length);
    expect(await db.selectFrom('requests').selectAll().orderBy('id').execute()).toEqual(rows);
  });
});

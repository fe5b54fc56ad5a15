import { randomUUID } from 'node:crypto';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from './client';
import { migrateToLatest } from './migrate';
import { findSlaReviewCandidates, listOpenBreachesByQueue } from './queries/escalation';
import { createRequest, recordTransition } from './queries/requests';
import { newRequestRow } from './testing';
import { createSlaPolicy, deleteSlaPolicy, findMatchingSlaPolicy, SlaPolicyConflict, type SlaPolicyInput, updateSlaPolicy } from './queries/sla-policies';

let db: Db;
let database: RunningPostgres;

beforeAll(async () => {
  // Its own database: policies here must not reach other files' requests.
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl);
  await migrateToLatest(db);
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

const calendar = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '17:00', holidays: [] };

function policy(overrides: Partial<SlaPolicyInput> = {}): SlaPolicyInput {
  return {
    name: 'standard',
    priority: 'normal',
    category: null,
    firstResponseMinutes: 60,
    resolutionMinutes: 480,
    warnFraction: null,
    escalationAction: 'notify',
    escalationQueue: null,
    roundTheClock: false,
    calendar,
    ...overrides,
  };
}

async function openRequest(sla: { slaNextCheckAt: string | null; slaPolicyId: string | null; slaPolicyVersion: number | null; slaBreached?: boolean }, queue = 'cards') {
  const id = randomUUID();
  const now = new Date().toISOString();
  await createRequest(db, newRequestRow({ id, customer_id: 'cust-sla', created_at: now, updated_at: now }));
  await recordTransition(db, {
    requestId: id,
    event: { id: `${id}.1`, seq: 1, type: 'request.classified', actor: { kind: 'system' }, at: now, data: {} },
    state: {
      status: 'classified',
      category: 'card_arrival',
      queue,
      priority: 'high',
      confidence: 0.9,
      modelVersion: 'm',
      alternatives: null,
      assignee: null,
      resolution: null,
      escalationLevel: 0,
      updatedAt: now,
      resolvedAt: null,
      closedAt: null,
      sla: { slaDueAt: now, slaBreached: sla.slaBreached ?? false, firstRespondedAt: null, csatScore: null, csatComment: null, ...sla },
    },
  });
  return id;
}

describe('SLA policies', () => {
  it('allows one policy per priority and category, and prefers the category-specific one', async () => {
    const general = await createSlaPolicy(db, policy({ priority: 'low' }));
    await expect(createSlaPolicy(db, policy({ priority: 'low', name: 'again' }))).rejects.toBeInstanceOf(SlaPolicyConflict);
    const specific = await createSlaPolicy(db, policy({ priority: 'low', category: 'card_arrival' }));
    expect((await findMatchingSlaPolicy(db, 'low', 'card_arrival'))?.id).toBe(specific.id);
    expect((await findMatchingSlaPolicy(db, 'low', 'lost_card'))?.id).toBe(general.id);
    expect(await findMatchingSlaPolicy(db, 'urgent', 'lost_card')).toBeUndefined();
  });

  it('bumps the version on every update', async () => {
    const created = await createSlaPolicy(db, policy({ priority: 'urgent' }));
    const updated = await updateSlaPolicy(db, created.id, policy({ priority: 'urgent', resolutionMinutes: 60 }));
    expect(updated).toMatchObject({ version: created.version + 1, resolution_minutes: 60 });
    expect(await deleteSlaPolicy(db, created.id)).toBe(true);
    expect(await updateSlaPolicy(db, created.id, policy())).toBeUndefined();
  });
});

describe('the escalation sweep query', () => {
  it('finds requests past an unhandled deadline and requests whose policy changed, and nothing once they are current', async () => {
    const high = await createSlaPolicy(db, policy({ priority: 'high' }));
    const overdue = await openRequest({ slaNextCheckAt: '2026-01-01T00:00:00Z', slaPolicyId: high.id, slaPolicyVersion: high.version });
    const current = await openRequest({ slaNextCheckAt: '2999-01-01T00:00:00Z', slaPolicyId: high.id, slaPolicyVersion: high.version });
    const stale = await openRequest({ slaNextCheckAt: null, slaPolicyId: high.id, slaPolicyVersion: high.version - 1 });
    const unplanned = await openRequest({ slaNextCheckAt: null, slaPolicyId: null, slaPolicyVersion: null });

    const found = await findSlaReviewCandidates(db, { now: new Date(), limit: 100 });
    const reasons = Object.fromEntries(found.map((candidate) => [candidate.id, candidate.reason]));
    expect(reasons[overdue]).toBe('due');
    expect(reasons[stale]).toBe('policy');
    expect(reasons[unplanned]).toBe('policy');
    expect(reasons[current]).toBeUndefined();
  });

  it('sums open breaches per queue for the digest', async () => {
    const queue = `q-${randomUUID().slice(0, 6)}`;
    await openRequest({ slaNextCheckAt: null, slaPolicyId: null, slaPolicyVersion: null, slaBreached: true }, queue);
    await openRequest({ slaNextCheckAt: null, slaPolicyId: null, slaPolicyVersion: null, slaBreached: true }, queue);
    const digest = await listOpenBreachesByQueue(db);
    expect(digest.find((row) => row.queue === queue)).toMatchObject({ breached: 2 });
  });
});

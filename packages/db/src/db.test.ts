import { randomUUID } from 'node:crypto';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from './client';
import { migrateToLatest } from './migrate';
import { findStalledRequests } from './queries/escalation';
import { findActiveModel, listModels, promoteModel, PromotionRefused, registerModel } from './queries/models';
import { createRequest, findRequest, listRequestEvents, recordTransition, type TransitionRecord } from './queries/requests';
import { newRequestRow } from './testing';

let db: Db;
let database: RunningPostgres;

beforeAll(async () => {
  // Its own database: these tests promote models that other files' workers must never serve.
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl);
  await migrateToLatest(db);
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

function transition(requestId: string, seq: number, status: string): TransitionRecord {
  const at = new Date(Date.UTC(2026, 10, 25, 12, 0, seq)).toISOString();
  return {
    requestId,
    event: { id: `${requestId}.${seq}`, seq, type: `request.${status}`, actor: { kind: 'system' }, at, data: { seq } },
    state: {
      status,
      category: status === 'pending' ? null : 'card_arrival',
      queue: status === 'pending' ? null : 'cards',
      priority: null,
      confidence: null,
      modelVersion: null,
      alternatives: null,
      assignee: null,
      resolution: null,
      escalationLevel: 0,
      updatedAt: at,
      resolvedAt: null,
      closedAt: null,
    },
  };
}

describe('migrations', () => {
  it('are harmless to run again', async () => {
    expect(await migrateToLatest(db)).toEqual([]);
  });
});

describe('createRequest', () => {
  it('stores one row for concurrent inserts with the same idempotency key', async () => {
    const key = `key-${randomUUID()}`;
    const row = newRequestRow({ idempotency_key: key });
    const results = await Promise.all(Array.from({ length: 8 }, () => createRequest(db, { ...row })));
    expect(results.filter((result) => result.outcome === 'created')).toHaveLength(1);
    expect(results.filter((result) => result.outcome === 'existing')).toHaveLength(7);
    expect(new Set(results.map((result) => result.request.id))).toEqual(new Set([row.id]));
  });

  it('reports a key reused with a different body', async () => {
    const key = `key-${randomUUID()}`;
    await createRequest(db, newRequestRow({ idempotency_key: key }));
    const reused = await createRequest(db, newRequestRow({ idempotency_key: key, request_hash: 'hash-b' }));
    expect(reused.outcome).toBe('key_reused');
  });
});

describe('recordTransition', () => {
  it('appends each event once however often it is retried', async () => {
    const row = newRequestRow();
    await createRequest(db, row);
    const classified = transition(row.id, 1, 'classified');
    await Promise.all([recordTransition(db, classified), recordTransition(db, classified), recordTransition(db, classified)]);
    const events = await listRequestEvents(db, row.id);
    expect(events.map((event) => event.seq)).toEqual([1]);
    expect((await findRequest(db, row.id))?.status).toBe('classified');
  });

  it('never moves the row back when an older event is retried late', async () => {
    const row = newRequestRow();
    await createRequest(db, row);
    await recordTransition(db, transition(row.id, 2, 'resolved'));
    await recordTransition(db, transition(row.id, 1, 'classified'));
    const stored = await findRequest(db, row.id);
    expect(stored?.status).toBe('resolved');
    expect(stored?.last_seq).toBe(2);
    expect((await listRequestEvents(db, row.id)).map((event) => event.seq)).toEqual([1, 2]);
  });

  it('recreates a missing request row from the request the workflow carries', async () => {
    const row = newRequestRow();
    await recordTransition(db, { ...transition(row.id, 1, 'pending'), request: row });
    expect((await findRequest(db, row.id))?.subject).toBe(row.subject);
  });
});

describe('model registry', () => {
  const model = (version: string, heldOutAccuracy: number) => ({
    version,
    metrics: { heldOutAccuracy },
    trainingFingerprint: `fp-${version}`,
    artifact: JSON.stringify({ version }),
  });

  it('keeps exactly one active model and refuses a worse one unless forced', async () => {
    const suffix = randomUUID().slice(0, 8);
    await registerModel(db, model(`a-${suffix}`, 0.8));
    await registerModel(db, model(`b-${suffix}`, 0.7));
    await promoteModel(db, `a-${suffix}`, { force: true });
    await expect(promoteModel(db, `b-${suffix}`)).rejects.toBeInstanceOf(PromotionRefused);
    expect((await findActiveModel(db))?.version).toBe(`a-${suffix}`);

    await promoteModel(db, `b-${suffix}`, { force: true });
    expect((await findActiveModel(db))?.version).toBe(`b-${suffix}`);
    const statuses = Object.fromEntries((await listModels(db)).map((m) => [m.version, m.status]));
    expect(statuses[`a-${suffix}`]).toBe('retired');
    expect((await listModels(db, 'active')).length).toBe(1);
  });
});

describe('findStalledRequests', () => {
  it('finds requests still pending long after acceptance, and nothing newer or already classified', async () => {
    const old = new Date(Date.now() - 5 * 60_000).toISOString();
    const stalled = newRequestRow({ created_at: old, updated_at: old });
    const fresh = newRequestRow();
    const classified = newRequestRow({ created_at: old, updated_at: old });
    for (const row of [stalled, fresh, classified]) await createRequest(db, row);
    await recordTransition(db, transition(classified.id, 1, 'classified'));

    const found = await findStalledRequests(db, { acceptedBefore: new Date(Date.now() - 60_000), limit: 100 });
    const ids = found.map((candidate) => candidate.id);
    expect(ids).toContain(stalled.id);
    expect(ids).not.toContain(fresh.id);
    expect(ids).not.toContain(classified.id);
    expect(found.find((candidate) => candidate.id === stalled.id)).toEqual({ id: stalled.id, workflowId: stalled.workflow_id, reason: 'stalled' });
  });
});

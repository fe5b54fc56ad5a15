import '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findActiveModelVersion, listModels, promoteModel, registerModel } from './queries/models';
import { listCorrections, listRetrainRuns, type NewRetrainRun, recordRetrainRun } from './queries/model-retrain';
import { migratedTestDatabase, type MigratedTestDatabase, newRequestRow } from './testing';

let database: MigratedTestDatabase;

const model = (version: string) => ({ version, metrics: { heldOutAccuracy: 0.5 }, trainingFingerprint: `fp-${version}`, artifact: `{"version":"${version}"}` });
const run = (runId: string, overrides: Partial<NewRetrainRun> = {}): NewRetrainRun => ({
  runId,
  decision: 'promoted',
  reason: 'better overall',
  candidateVersion: `candidate-${runId}`,
  activeVersion: 'v1',
  correctionsUsed: 8,
  correctionsHeldOut: 2,
  margin: 0.01,
  candidateFigures: { overall: { n: 10, accuracy: 0.9 } },
  activeFigures: { overall: { n: 10, accuracy: 0.8 } },
  ...overrides,
});

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'));
  await registerModel(database.db, model('v1'));
  await promoteModel(database.db, 'v1', { force: true });
  await database.db.insertInto('customers').values({ id: 'c-1', external_id: null, name: null, email: null, created_by: null }).execute();
});

afterAll(async () => {
  await database?.stop();
});

describe('retraining runs in the registry', () => {
  it('promote the candidate with the record, once, however often the run is recorded again', async () => {
    const first = await recordRetrainRun(database.db, run('r1'), model('candidate-r1'));
    const again = await recordRetrainRun(database.db, run('r1', { reason: 'a retried activity' }), model('candidate-r1'));
    expect(again).toEqual(first);
    expect(await findActiveModelVersion(database.db)).toBe('candidate-r1');
    expect((await listModels(database.db)).map((m) => [m.version, m.status]).sort()).toEqual([['candidate-r1', 'active'], ['v1', 'retired']]);
  });

  it('refuse a promotion when another model became active while the run trained', async () => {
    const recorded = await recordRetrainRun(database.db, run('r2', { activeVersion: 'v1' }), model('candidate-r2'));
    expect(recorded.decision).toBe('refused');
    expect(recorded.reason).toMatch(/active model changed to candidate-r1/);
    expect(await findActiveModelVersion(database.db)).toBe('candidate-r1');
    expect((await listModels(database.db)).map((m) => m.version)).not.toContain('candidate-r2');
  });

  it('record a refused run without touching the models, and list runs newest first', async () => {
    await recordRetrainRun(database.db, run('r3', { decision: 'refused', reason: 'worse on zh', activeVersion: 'candidate-r1' }));
    expect(await findActiveModelVersion(database.db)).toBe('candidate-r1');
    expect((await listRetrainRuns(database.db, 2)).map((r) => [r.run_id, r.decision])).toEqual([['r3', 'refused'], ['r2', 'refused']]);
  });
});

describe('listCorrections', () => {
  it('takes reclassified and explicitly confirmed requests, oldest first, and nothing merely resolved or erased', async () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 0, minute)).toISOString();
    await database.db
      .insertInto('requests')
      .values([
        newRequestRow({ customer_id: 'c-1', subject: 'confirmed', body: 'b', category: 'card_arrival', category_confirmed: true, created_at: at(2) }),
        newRequestRow({ customer_id: 'c-1', subject: 'reclassified', body: 'b', category: 'pin_blocked', reclassified: true, status: 'in_progress', created_at: at(1) }),
        newRequestRow({ customer_id: 'c-1', subject: 'resolved as classified', body: 'b', category: 'card_arrival', status: 'resolved', created_at: at(3) }),
        newRequestRow({ customer_id: 'c-1', subject: '', body: '', category: 'card_arrival', reclassified: true, created_at: at(4) }),
      ])
      .execute();
    expect((await listCorrections(database.db)).map((c) => [c.text, c.label])).toEqual([
      ['reclassified\nb', 'pin_blocked'],
      ['confirmed\nb', 'card_arrival'],
    ]);
  });
});

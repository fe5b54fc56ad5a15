import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { type LabelledText, readLabelledCsv } from '@caseflow/classifier';
import { modelRetrainScheduleId } from '@caseflow/contracts';
import { findActiveModelVersion } from '@caseflow/db';
import { migratedTestDatabase, type MigratedTestDatabase, newRequestRow } from '@caseflow/db/testing';
import { connectClient } from '@caseflow/temporal';
import { eventually, freePort, repoRoot } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createNamespace } from './namespace';
import { printOutputsOnFailure } from './own-system';
import { serviceProcess, type Supervised } from './processes';
import { callIntake, type Json } from './system';

/**
 * The retraining Schedule end to end: a classification worker (which ensures the Schedule
 * and runs it) and intake (GET /v1/models) on a database and a Temporal namespace of their
 * own; corrections are seeded as request rows, the Schedule is triggered on demand.
 * Six banking77 intents keep each training to a second or two (a validated setting of the
 * worker, CLASSIFIER_BOOTSTRAP_DATA, differs from `make up`'s: the full sets take minutes).
 */
const labels = ['card_arrival', 'exchange_rate', 'lost_or_stolen_card', 'top_up_failed', 'pin_blocked', 'request_refund'];
const margin = 0.02;

let database: MigratedTestDatabase;
let temporal: Client;
let dir: string;
let classification: Supervised;
let intake: Supervised;
let intakeUrl: string;
const adminKey = `e2e-admin-${randomBytes(24).toString('base64url')}`;
let en: LabelledText[];
let zh: LabelledText[];

/** The examples from `from` to `to` (exclusive) of each of the six labels, in file order. */
function slice(set: readonly LabelledText[], from: number, to: number): LabelledText[] {
  const seen = new Map<string, number>();
  return set.filter((e) => {
    if (!labels.includes(e.label)) return false;
    const n = seen.get(e.label) ?? 0;
    seen.set(e.label, n + 1);
    return n >= from && n < to;
  });
}

async function writeCsv(name: string, rows: readonly LabelledText[]): Promise<string> {
  const path = join(dir, name);
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  await writeFile(path, ['text,category', ...rows.map((r) => `${quote(r.text)},${r.label}`)].join('\n') + '\n');
  return path;
}

const customerId = 'cust-retrain';
let seeded = 0;
/** Corrected requests, each a minute newer than the last: the newest are held out. */
async function seedCorrections(rows: readonly LabelledText[], how: 'reclassified' | 'category_confirmed' | 'both'): Promise<void> {
  const base = Date.parse('2026-11-01T00:00:00Z');
  await database.db
    .insertInto('requests')
    .values(
      rows.map((row, i) => {
        const at = new Date(base + (seeded + i) * 60_000).toISOString();
        const flag = how === 'both' ? (i % 2 === 0 ? 'reclassified' : 'category_confirmed') : how;
        return newRequestRow({ customer_id: customerId, subject: row.text, body: '', category: row.label, status: 'resolved', created_at: at, updated_at: at, [flag]: true });
      }),
    )
    .execute();
  seeded += rows.length;
}

const models = async (): Promise<Json> => {
  const answer = await callIntake(intakeUrl, adminKey, 'GET', '/v1/models');
  expect(answer.status).toBe(200);
  return answer.body;
};

/** Triggers the Schedule as `temporal schedule trigger` does and waits for the run's record. */
async function triggerAndWait(runsBefore: number): Promise<Json> {
  await temporal.schedule.getHandle(modelRetrainScheduleId).trigger();
  return eventually('the retraining run to be recorded', async () => {
    const registry = await models();
    return registry['runs'].length > runsBefore ? registry : undefined;
  }, 120_000, 500);
}

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'));
  const namespace = await createNamespace(inject('temporalAddress'));
  temporal = await connectClient({ address: inject('temporalAddress'), namespace });
  await database.db.insertInto('customers').values({ id: customerId, external_id: null, name: null, email: null, created_by: null }).execute();
  dir = await mkdtemp(join(tmpdir(), 'caseflow-retrain-'));
  [en, zh] = await Promise.all(['data/banking77/train.csv', 'data/banking77-zh/train.csv'].map((path) => readLabelledCsv(join(repoRoot(), path)))) as [LabelledText[], LabelledText[]];
  const [enTest, zhTest] = await Promise.all(['data/banking77/test.csv', 'data/banking77-zh/test.csv'].map((path) => readLabelledCsv(join(repoRoot(), path))));
  for (const set of [en, zh, enTest!, zhTest!]) {
    const missing = labels.filter((label) => !set.some((e) => e.label === label));
    if (missing.length > 0) throw new Error(`the bundled sets have no ${missing.join(', ')}: pick labels they have`);
  }
  const baseData = await writeCsv('base.csv', [...slice(en, 0, 6), ...slice(zh, 0, 6)]);
  const heldOut = await writeCsv('held-out.csv', [...slice(enTest!, 0, 40), ...slice(zhTest!, 0, 40)]);
  const common = { DATABASE_URL: database.databaseUrl, TEMPORAL_ADDRESS: inject('temporalAddress'), TEMPORAL_NAMESPACE: namespace, LOG_LEVEL: 'info', METRICS_ADDRESS: 'off' };
  classification = serviceProcess(
    'classification',
    'services/classification',
    { ...common, CLASSIFIER_BOOTSTRAP_DATA: baseData, RETRAIN_HELD_OUT_DATA: heldOut, RETRAIN_MARGIN: String(margin), CLASSIFIER_MODEL_POLL_MS: '300' },
    /classification worker started/,
  );
  const port = await freePort();
  intakeUrl = `http://127.0.0.1:${port}`;
  intake = serviceProcess('intake', 'services/intake', { ...common, PORT: String(port), AUTO_CLOSE_AFTER_SECONDS: '60', CASEFLOW_ADMIN_KEY: adminKey }, /Server listening/);
  await Promise.all([classification.start(), intake.start()]);
});

printOutputsOnFailure(() => [classification, intake].filter((p) => p !== undefined));

afterAll(async () => {
  await Promise.all([classification?.stop(), intake?.stop()]);
  await temporal?.schedule.getHandle(modelRetrainScheduleId).delete().catch(() => undefined);
  await temporal?.connection.close();
  await database?.stop();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe('the model retraining Schedule', () => {
  it('is created by the classification worker, weekly, starting modelRetrain on its own queue', async () => {
    const schedule = await eventually('the retrain schedule', () => temporal.schedule.getHandle(modelRetrainScheduleId).describe().catch(() => undefined), 30_000, 250);
    expect(schedule.spec.intervals?.map((interval) => interval.every)).toEqual([7 * 24 * 3600_000]);
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'modelRetrain', taskQueue: 'caseflow-model-retrain' });
  });

  it('promotes a candidate that learnt right corrections, and the worker serves it', async () => {
    const before = await findActiveModelVersion(database.db);
    const right = [...slice(en, 6, 30), ...slice(zh, 6, 30)];
    await seedCorrections(right, 'both');
    // A category left standing is no correction: wrong labels here must not reach training.
    await database.db.insertInto('requests').values(slice(en, 30, 40).map((row) => newRequestRow({ customer_id: customerId, subject: row.text, body: '', category: 'pin_blocked', status: 'resolved' }))).execute();

    const registry = await triggerAndWait(0);
    const [run] = registry['runs'];
    expect(run).toMatchObject({ decision: 'promoted', activeVersion: before, correctionsUsed: right.length - run.correctionsHeldOut, margin });
    expect(run.correctionsHeldOut).toBe(Math.round(right.length * 0.2));
    expect(Object.keys(run.candidate.perLanguage).sort()).toEqual(['en', 'zh']);
    expect(run.candidate.overall.n).toBe(run.active.overall.n);
    expect(run.candidate.overall.accuracy).toBeGreaterThan(run.active.overall.accuracy);
    expect(registry['activeVersion']).toBe(run.candidateVersion);
    expect(registry['models'].map((m: Json) => [m.version, m.status]).sort()).toEqual([[before, 'retired'], [run.candidateVersion, 'active']].sort());
    await eventually('the worker to switch to the promoted model', async () => (classification.output.includes(`"modelVersion":"${run.candidateVersion}"`) ? true : undefined), 30_000, 250);
  });

  it('refuses a candidate taught wrong labels, records why and leaves the active model as it was', async () => {
    const active = await findActiveModelVersion(database.db);
    const wrong = slice(zh, 0, 31).map((e) => ({ text: e.text, label: labels[(labels.indexOf(e.label) + 1) % labels.length]! }));
    await seedCorrections(wrong, 'reclassified');

    const registry = await triggerAndWait(1);
    const [run, previous] = registry['runs'];
    expect(previous.decision).toBe('promoted');
    expect(run).toMatchObject({ decision: 'refused', activeVersion: active });
    expect(run.reason).toMatch(/^worse on zh by 0\.\d{4} \(.*\), more than the margin 0\.02$/);
    expect(run.active.perLanguage.zh.accuracy - run.candidate.perLanguage.zh.accuracy).toBeGreaterThan(margin);
    expect(registry['activeVersion']).toBe(active);
    expect(await findActiveModelVersion(database.db)).toBe(active);
    // The refused candidate is not in the registry: a refused run changes nothing but its record.
    expect(registry['models'].map((m: Json) => m.version)).not.toContain(run.candidateVersion);
    expect(registry['models']).toHaveLength(2);
  });
});

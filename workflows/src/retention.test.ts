import { randomUUID } from 'node:crypto';
import { type RetentionSweepResult, retentionSweepWorkflowType, requestWorkflowId } from '@caseflow/contracts';
import { createDb, type Db, migrateToLatest } from '@caseflow/db';
import { newRequestRow } from '@caseflow/db/testing';
import { connectClient } from '@caseflow/temporal';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { readConfig } from '@caseflow/config';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { workflowsConfig } from './config';
import { createRetentionActivities } from './retention-activities';
import { ensureRetentionSchedule } from './schedules';
import { workflowBundle } from './testing';

/**
 * Retention (RETENTION_DAYS) on the real Temporal dev server and PostgreSQL: the sweep the
 * `caseflow-retention` Schedule runs erases closed requests past the cut-off in batches,
 * terminates their workflows, and leaves recent and open requests alone.
 */
const taskQueue = `retention-${randomUUID()}`;
let database: RunningPostgres;
let db: Db;
let client: Client;
let connection: NativeConnection;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  client = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  worker = await Worker.create({ connection, namespace: inject('temporalNamespace'), taskQueue, workflowBundle: await workflowBundle(), activities: createRetentionActivities(db, client) });
  running = worker.run();
}, 120_000);

afterAll(async () => {
  if (worker !== undefined && worker.getState() === 'RUNNING') worker.shutdown();
  await running;
  await connection?.close();
  await client?.connection.close();
  await db?.destroy();
  await database?.stop();
});

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();

/** A request of a customer of its own, backdated: created `age` days ago, closed `closedAge` days ago (or open). */
async function backdated(word: string, age: number, closedAge: number | null): Promise<string> {
  const row = newRequestRow({
    subject: `${word} subject`,
    body: `${word} body`,
    created_at: daysAgo(age),
    status: closedAge === null ? 'in_progress' : 'closed',
    closed_at: closedAge === null ? null : daysAgo(closedAge),
    category: 'card_arrival',
  });
  await db.insertInto('customers').values({ id: row.customer_id, name: `${word} person` }).onConflict((oc) => oc.doNothing()).execute();
  await db.insertInto('requests').values(row).execute();
  await db.insertInto('messages').values({ id: randomUUID(), request_id: row.id, direction: 'inbound', visibility: 'public', author: JSON.stringify({ kind: 'customer' }), body: `${word} message`, attachments: '[]', channel: 'api', at: daysAgo(age) }).execute();
  return row.id;
}

const texts = async (ids: string[]) =>
  JSON.stringify([
    await db.selectFrom('requests').select(['subject', 'body']).where('id', 'in', ids).execute(),
    await db.selectFrom('messages').select('body').where('request_id', 'in', ids).execute(),
  ]);

describe('retention', () => {
  it('erases closed requests older than RETENTION_DAYS in batches, resumably, terminating their workflows, and keeps the rest', async () => {
    const expired = [await backdated('ancientone', 90, 60), await backdated('ancienttwo', 80, 45), await backdated('ancientthree', 70, 31), await backdated('ancientfour', 50, 40), await backdated('ancientfive', 41, 35)];
    const recent = await backdated('freshclosed', 40, 2);
    const open = await backdated('oldbutopen', 400, null);
    // A closed request whose workflow still runs (its feedback window): nothing polls this queue, it just waits.
    await client.workflow.start('serviceRequest', { workflowId: requestWorkflowId(expired[0] ?? ''), taskQueue: `nobody-${randomUUID()}`, args: [] });

    // A first batch of one, as a sweep stopped after it would leave things; the next sweep finishes.
    const first = await createRetentionActivities(db, client).eraseExpiredBatch({ closedBefore: daysAgo(30), limit: 1, retentionDays: 30 });
    expect(first).toEqual({ found: 1, erased: 1, workflowsClosed: 1 });
    const result = await client.workflow.execute(retentionSweepWorkflowType, { taskQueue, workflowId: `retention-test-${randomUUID()}`, args: [{ retentionDays: 30, batchSize: 2 }] });
    expect(result).toMatchObject<Partial<RetentionSweepResult>>({ erased: 4, workflowsClosed: 0 });

    expect(await texts(expired)).not.toMatch(/ancient/);
    const erased = await db.selectFrom('requests').select(['status', 'category', 'erased_at', 'closed_at']).where('id', 'in', expired).execute();
    // The rows stay for the counts, with their status and category.
    expect(erased.every((row) => row.erased_at !== null && row.status === 'closed' && row.category === 'card_arrival')).toBe(true);
    const events = await db.selectFrom('request_events').select(['type', 'data']).where('request_id', '=', expired[1] ?? '').execute();
    expect(events).toEqual([{ type: 'request.erased', data: { reason: 'retention', retentionDays: 30 } }]);
    expect(await db.selectFrom('erasures').select('request_id').where('event', '=', 'request.erased').execute()).toHaveLength(5);
    expect((await client.workflow.getHandle(requestWorkflowId(expired[0] ?? '')).describe()).status.name).toBe('TERMINATED');

    expect(await texts([recent])).toContain('freshclosed');
    expect(await texts([open])).toContain('oldbutopen');

    // Nothing left: another sweep finds nothing and changes nothing.
    const again = await client.workflow.execute(retentionSweepWorkflowType, { taskQueue, workflowId: `retention-test-${randomUUID()}`, args: [{ retentionDays: 30, batchSize: 2 }] });
    expect(again).toMatchObject({ erased: 0 });
  });

  it('is a Schedule, caseflow-retention, only while RETENTION_DAYS is set', async () => {
    const scheduleId = `test-retention-${randomUUID().slice(0, 8)}`;
    await ensureRetentionSchedule(client, 30, scheduleId);
    await ensureRetentionSchedule(client, 7, scheduleId);
    const described = await client.schedule.getHandle(scheduleId).describe();
    expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'retentionSweep', taskQueue: 'caseflow-requests', args: [{ retentionDays: 7 }] });
    expect(described.policies.overlap).toBe('SKIP');
    await ensureRetentionSchedule(client, undefined, scheduleId);
    await expect(client.schedule.getHandle(scheduleId).describe()).rejects.toThrow();
    // Off twice is still off, not an error.
    await ensureRetentionSchedule(client, undefined, scheduleId);
  });

  it('reads RETENTION_DAYS as whole days or off, and names the variable when it is anything else', () => {
    const env = { DATABASE_URL: 'postgres://x@127.0.0.1:5433/x' };
    expect(readConfig(workflowsConfig, env).retentionDays).toBeUndefined();
    expect(readConfig(workflowsConfig, { ...env, RETENTION_DAYS: 'off' }).retentionDays).toBeUndefined();
    expect(readConfig(workflowsConfig, { ...env, RETENTION_DAYS: '365' }).retentionDays).toBe(365);
    for (const bad of ['0', '-3', '1.5', '30d', '36501']) {
      expect(() => readConfig(workflowsConfig, { ...env, RETENTION_DAYS: bad }), bad).toThrow(/RETENTION_DAYS/);
    }
  });
});

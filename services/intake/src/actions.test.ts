import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { requestWorkflowId } from '@caseflow/contracts';
import { createDb, migrateToLatest } from '@caseflow/db';
import { newRequestRow } from '@caseflow/db/testing';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { breakTasks, mendTasks, releaseActions } from './testing-held-actions';
import { buildTestApp, type TestApp } from './testing';

/**
 * Operator actions have a deadline (OPERATOR_ACTION_TIMEOUT_MS, issue 16 finding 6): an
 * Update the workflow accepted but did not finish answers 202 with its update id, one it
 * did not even accept answers 503 — never a socket held open. Real Temporal, a real
 * worker running a stand-in workflow that holds its Updates, then that worker stopped.
 */
const timeoutMs = 1_500;
const taskQueue = `held-actions-${randomUUID()}`;
let temporal: Client;
let built: TestApp;
let operator: string;
let connection: NativeConnection;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: inject('temporalNamespace'), operatorActionTimeoutMs: timeoutMs });
  operator = (await built.keyWith(['operator'])).key;
  connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  const workflowBundle = await bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('./testing-held-actions.ts', import.meta.url)), logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} } });
  worker = await Worker.create({ connection, namespace: inject('temporalNamespace'), taskQueue, workflowBundle });
  running = worker.run();
});

const started: string[] = [];

afterAll(async () => {
  await Promise.all(started.map((workflowId) => temporal.workflow.getHandle(workflowId).terminate('test over').catch(() => undefined)));
  if (worker !== undefined && worker.getState() === 'RUNNING') worker.shutdown();
  await running;
  await connection?.close();
  await built?.close();
  await temporal?.connection.close();
});

/** A request row whose workflow is the stand-in. */
async function heldRequest(): Promise<string> {
  const row = newRequestRow();
  await built.db.insertInto('customers').values({ id: row.customer_id }).execute();
  await built.db.insertInto('requests').values(row).execute();
  await temporal.workflow.start('heldActions', { workflowId: requestWorkflowId(row.id), taskQueue, args: [] });
  started.push(requestWorkflowId(row.id));
  return row.id;
}

// `start` takes no agent: the deadline is the same for every action (assign checks its agent first).
const start = (id: string) => built.app.inject({ method: 'POST', url: `/v1/requests/${id}/start`, headers: built.auth(operator), payload: {} });

describe('operator actions while the workflow task is being retried', () => {
  it('are asked again until the workflow takes them, not answered 500 at once', async () => {
    const row = newRequestRow();
    await built.db.insertInto('customers').values({ id: row.customer_id }).execute();
    await built.db.insertInto('requests').values(row).execute();
    const workflowId = requestWorkflowId(row.id);
    // A short task timeout: the SDK lets a task that fails again time out rather than fail it.
    const handle = await temporal.workflow.start('failingTasks', { workflowId, taskQueue, args: [], workflowTaskTimeout: '2 seconds' });
    started.push(workflowId);
    await handle.signal(breakTasks);
    // From the third attempt on the server refuses Updates (history's failUpdateWorkflowTaskAttemptCount).
    for (let tries = 0; ((await handle.describe()).raw.pendingWorkflowTask?.attempt ?? 0) < 3; tries += 1) {
      if (tries > 200) throw new Error('the workflow task never failed twice');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const patient = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: inject('temporalNamespace'), operatorActionTimeoutMs: 10_000 });
    try {
      const key = (await patient.keyWith(['operator'])).key;
      const answer = patient.app.inject({ method: 'POST', url: `/v1/requests/${row.id}/start`, headers: patient.auth(key), payload: {} });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await handle.signal(mendTasks);
      const { statusCode } = await answer;
      expect(statusCode).toBe(200);
    } finally {
      await patient.close();
    }
  });
});

describe('operator actions past OPERATOR_ACTION_TIMEOUT_MS', () => {
  it('answer 202 with the update id when the workflow accepted the action but has not finished it', async () => {
    const id = await heldRequest();
    const started = Date.now();
    const answer = await start(id);
    expect(Date.now() - started).toBeLessThan(timeoutMs + 5_000);
    expect(answer.statusCode).toBe(202);
    const { status, updateId } = answer.json();
    expect(status).toBe('accepted');
    // The id names the real Update: once released, it completes.
    const handle = temporal.workflow.getHandle(requestWorkflowId(id));
    await handle.signal(releaseActions);
    await expect(handle.getUpdateHandle(updateId).result()).resolves.toBeUndefined();
  });

  it('answer 503 in the error format when no worker accepts the action', async () => {
    const id = await heldRequest();
    worker.shutdown();
    await running;
    const started = Date.now();
    const answer = await start(id);
    expect(Date.now() - started).toBeLessThan(timeoutMs + 5_000);
    expect(answer.statusCode).toBe(503);
    expect(answer.json().error).toMatchObject({ code: 'temporarily_unavailable', details: { stage: 'not_accepted', updateId: expect.any(String) } });
  });
});

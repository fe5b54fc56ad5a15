import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modelRetrainWorkflowType, type RetrainOutcome } from '@caseflow/contracts';
import { listModels, listRetrainRuns } from '@caseflow/db';
import { migratedTestDatabase, type MigratedTestDatabase } from '@caseflow/db/testing';
import { createLogger } from '@caseflow/logging';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRetrainWorker } from '../worker';

let database: MigratedTestDatabase;
let client: Client;
let connection: NativeConnection;
let worker: Worker;
let running: Promise<void>;
let dir: string;
const taskQueue = `test-retrain-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'));
  dir = await mkdtemp(join(tmpdir(), 'caseflow-retrain-'));
  // One label only: no model can be trained from it, whatever the retries.
  const base = join(dir, 'one-label.csv');
  await writeFile(base, 'text,category\nwhere is my card,card_arrival\nmy card has not come,card_arrival\n');
  client = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  worker = await createRetrainWorker({
    connection,
    namespace: inject('temporalNamespace'),
    db: database.db,
    logger: createLogger('retrain-test', 'silent'),
    settings: { base: { paths: [base], limitPerLabel: 0 }, heldOutPaths: [base], margin: 0.01 },
    taskQueue,
  });
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  await connection?.close();
  await client?.connection.close();
  await database?.stop();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe('the modelRetrain workflow', () => {
  it('records a run whose data cannot make a model as failed, at once, and changes no model', async () => {
    const workflowId = `retrain-${randomUUID()}`;
    const outcome = await client.workflow.execute<() => Promise<RetrainOutcome>>(modelRetrainWorkflowType, { taskQueue, workflowId, workflowExecutionTimeout: '2 minutes' });
    expect(outcome).toMatchObject({ runId: workflowId, decision: 'failed', candidateVersion: null, activeVersion: null });
    expect(outcome.reason).toMatch(/^training failed: .*only one class \("card_arrival"\)/);
    expect((await listRetrainRuns(database.db, 5)).map((run) => [run.run_id, run.decision])).toEqual([[workflowId, 'failed']]);
    expect(await listModels(database.db)).toEqual([]);
  });
});

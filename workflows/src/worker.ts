import { fileURLToPath } from 'node:url';
import { taskQueues } from '@caseflow/contracts';
import type { PayloadCodec } from '@caseflow/codec';
import type { Db } from '@caseflow/db';
import { type NativeConnection, Worker } from '@temporalio/worker';
import { createRecordActivities } from './record-activities';

export interface RequestsWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  db: Db;
  payloadCodecs?: PayloadCodec[];
}

/** The worker on `caseflow-requests`: hosts the request workflows and the read-model activities. */
export async function createRequestsWorker({ connection, namespace, db, payloadCodecs = [] }: RequestsWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue: taskQueues.requests,
    workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)),
    activities: createRecordActivities(db),
    dataConverter: { payloadCodecs },
  });
}

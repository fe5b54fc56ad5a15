import { fileURLToPath } from 'node:url';
import type { Routing } from '@caseflow/classifier';
import { taskQueues } from '@caseflow/contracts';
import type { PayloadCodec } from '@caseflow/codec';
import type { Db } from '@caseflow/db';
import { workflowBundlerOptions } from '@caseflow/temporal';
import type { MetricMeter } from '@temporalio/common';
import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createRequestMetrics } from './metrics';
import { createRecordActivities } from './record-activities';
import { createSlaActivities } from './sla-activities';

export const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));

export interface RequestsWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  db: Db;
  payloadCodecs?: PayloadCodec[];
  routing: Routing;
  /** A pre-built bundle (tests build one per file instead of one per worker). */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** 0 replays every workflow task from history (tests of worker restarts). */
  maxCachedWorkflows?: number;
  /** Where the business series are counted (the SDK runtime's meter in main.ts); none by default. */
  metricMeter?: MetricMeter;
}

/** The worker on `caseflow-requests`: hosts the request and escalation workflows and the read-model and SLA activities. */
export async function createRequestsWorker({ connection, namespace, db, routing, workflowBundle, maxCachedWorkflows, metricMeter, payloadCodecs = [] }: RequestsWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue: taskQueues.requests,
    ...(workflowBundle === undefined ? { workflowsPath, bundlerOptions: workflowBundlerOptions } : { workflowBundle }),
    ...(maxCachedWorkflows === undefined ? {} : { maxCachedWorkflows }),
    activities: { ...createRecordActivities(db, createRequestMetrics(metricMeter)), ...createSlaActivities(db, routing) },
    dataConverter: { payloadCodecs },
  });
}

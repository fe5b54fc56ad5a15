import { fileURLToPath } from 'node:url';
import type { Routing } from '@caseflow/classifier';
import { taskQueues } from '@caseflow/contracts';
import type { PayloadCodec } from '@caseflow/codec';
import type { CustomerVault, Db } from '@caseflow/db';
import { workflowBundlerOptions } from '@caseflow/temporal';
import { noTracing, type Tracing } from '@caseflow/tracing';
import type { Client } from '@temporalio/client';
import type { MetricMeter } from '@temporalio/common';
import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createAssignmentActivities } from './assignment-activities';
import { createRequestMetrics } from './metrics';
import { createRecordActivities } from './record-activities';
import { createRetentionActivities } from './retention-activities';
import { createSlaActivities } from './sla-activities';

export const workflowsPath = fileURLToPath(new URL('./workflows.ts', import.meta.url));

/**
 * The workers' workflow code: the bundle given (built with the tracing's workflow
 * interceptor modules), else built from `workflowsPath` with them; and tracing's activity
 * interceptors and workflow span sink.
 */
const workflowCode = (workflowBundle: WorkerOptions['workflowBundle'], tracing: Tracing) => ({
  ...(workflowBundle === undefined ? { workflowsPath, bundlerOptions: workflowBundlerOptions } : { workflowBundle }),
  ...tracing.workerOptions(workflowBundle === undefined),
});

/**
 * How long a workflow task waits on the sticky queue of the copy that has the workflow cached
 * before the server hands it to any copy. The SDK's 10 s is intake's whole deadline for an
 * operator action's Update to be accepted (OPERATOR_ACTION_TIMEOUT_MS): after a copy was
 * killed, every Update to a workflow it had cached waited those 10 s for a poller that was
 * gone, and intake answered 503 although the other copy was idle (docs/reliability.md, the
 * cluster run of 2026-12-01). A task that waits this long behind a live but busy copy is
 * replayed from history by another one instead: some CPU, no lost time.
 */
export const stickyQueueScheduleToStartTimeout = '3 seconds';

export interface RequestsWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  db: Db;
  /** For the assignment activities: signal-with-start of the lines, Updates of the requests. */
  client: Client;
  /** A pool apart from `db` for the agents' capacity guard (see createAssignmentActivities). */
  guardDb: Db;
  payloadCodecs?: PayloadCodec[];
  routing: Routing;
  /** Opens the customers' sealed words for the read model (crypto-shredding). */
  vault: CustomerVault;
  /** A pre-built bundle (tests build one per file instead of one per worker). */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** 0 replays every workflow task from history (tests of worker restarts). */
  maxCachedWorkflows?: number;
  /** Where the business series are counted (the SDK runtime's meter in main.ts); none by default. */
  metricMeter?: MetricMeter;
  /** OpenTelemetry (@caseflow/tracing); off by default. */
  tracing?: Tracing;
}

/**
 * The worker on `caseflow-requests`: hosts the request, escalation and retention workflows
 * and the read-model, SLA, assignment and retention activities (the assignment ones because
 * the request workflow calls its notices to the lines as local activities, and lines started
 * before `caseflow-assignment` existed still run here).
 */
export async function createRequestsWorker({ connection, namespace, db, guardDb, client, vault, routing, workflowBundle, maxCachedWorkflows, metricMeter, payloadCodecs = [], tracing = noTracing }: RequestsWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue: taskQueues.requests,
    ...workflowCode(workflowBundle, tracing),
    ...(maxCachedWorkflows === undefined ? {} : { maxCachedWorkflows }),
    stickyQueueScheduleToStartTimeout,
    activities: { ...createRecordActivities(db, vault, createRequestMetrics(metricMeter)), ...createSlaActivities(db, routing), ...createAssignmentActivities(db, guardDb, client), ...createRetentionActivities(db, client) },
    dataConverter: { payloadCodecs },
  });
}

/**
 * The worker on `caseflow-assignment`: the queues' lines and their activities, in the same
 * process as the requests worker but polling apart, so that handing out work never queues
 * behind the requests' own tasks.
 */
export async function createAssignmentWorker({ connection, namespace, db, guardDb, client, workflowBundle, payloadCodecs = [], tracing = noTracing }: Omit<RequestsWorkerOptions, 'vault' | 'routing' | 'maxCachedWorkflows' | 'metricMeter'>): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue: taskQueues.assignment,
    ...workflowCode(workflowBundle, tracing),
    stickyQueueScheduleToStartTimeout,
    activities: createAssignmentActivities(db, guardDb, client),
    dataConverter: { payloadCodecs },
  });
}

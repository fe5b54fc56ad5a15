import { fileURLToPath } from 'node:url';
import type { Routing } from '@caseflow/classifier';
import type { PayloadCodec } from '@caseflow/codec';
import { incidentTaskQueue, modelRetrainTaskQueue, taskQueues } from '@caseflow/contracts';
import type { CustomerVault, Db } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import { workflowBundlerOptions } from '@caseflow/temporal';
import { noTracing, type Tracing } from '@caseflow/tracing';
import { bundleWorkflowCode, type NativeConnection, Runtime, Worker, type WorkflowBundle } from '@temporalio/worker';
import type { ActiveModel } from './active-model';
import { createClassificationActivities, type DuplicateDetection } from './activities';
import { createIncidentActivities, type IncidentDetectionSettings } from './incidents/activities';
import { createRetrainActivities, type RetrainSettings } from './retrain/activities';

export async function createClassificationWorker(options: {
  connection: NativeConnection;
  namespace: string;
  model: ActiveModel;
  routing: Routing;
  payloadCodecs?: PayloadCodec[];
  vault: CustomerVault;
  /** Duplicate detection (the read model, window and threshold); off when absent. */
  duplicates?: DuplicateDetection;
  /** OpenTelemetry (@caseflow/tracing): a span per classify; off by default. */
  tracing?: Tracing;
}): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: taskQueues.classification,
    activities: createClassificationActivities(() => options.model.classifier, options.routing, (texts) => options.vault.unsealDeep(texts), Runtime.instance().metricMeter, options.duplicates),
    dataConverter: { payloadCodecs: options.payloadCodecs ?? [] },
    ...(options.tracing ?? noTracing).workerOptions(false),
  });
}

const workflowsPath = fileURLToPath(new URL('./workflows/index.ts', import.meta.url));

/** The service's workflows (its Schedules'), bundled once for the workers that host them. */
export async function bundleScheduledWorkflows(): Promise<WorkflowBundle> {
  return bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions });
}

/**
 * The retraining worker (`caseflow-model-retrain`): the Schedule's workflow and its
 * activities, one training at a time, beside the classify worker in the same process.
 */
export async function createRetrainWorker(options: {
  connection: NativeConnection;
  namespace: string;
  db: Db;
  logger: Logger;
  settings: RetrainSettings;
  payloadCodecs?: PayloadCodec[];
  /** Tests run their own worker on a queue of their own. */
  taskQueue?: string;
  /** Shared with the incident worker (bundleScheduledWorkflows); bundled here when absent. */
  workflowBundle?: WorkflowBundle;
}): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue ?? modelRetrainTaskQueue,
    ...(options.workflowBundle === undefined ? { workflowsPath, bundlerOptions: workflowBundlerOptions } : { workflowBundle: options.workflowBundle }),
    activities: createRetrainActivities(options.db, options.settings, options.logger),
    // Training uses every core already (worker threads): two at once would only halve each.
    maxConcurrentActivityTaskExecutions: 1,
    dataConverter: { payloadCodecs: options.payloadCodecs ?? [] },
  });
}

/**
 * The incident worker (`caseflow-incidents`): the detection Schedule's workflow and its
 * activity, with the served model's vectorizer. One run at a time per copy; copies take the
 * detectors' lock in turn (@caseflow/db whileDetecting).
 */
export async function createIncidentWorker(options: {
  connection: NativeConnection;
  namespace: string;
  db: Db;
  model: ActiveModel;
  logger: Logger;
  settings: IncidentDetectionSettings;
  workflowBundle: WorkflowBundle;
  payloadCodecs?: PayloadCodec[];
}): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: incidentTaskQueue,
    workflowBundle: options.workflowBundle,
    activities: createIncidentActivities(options.db, () => options.model.classifier, options.settings, options.logger),
    maxConcurrentActivityTaskExecutions: 1,
    dataConverter: { payloadCodecs: options.payloadCodecs ?? [] },
  });
}

import { fileURLToPath } from 'node:url';
import type { Routing } from '@caseflow/classifier';
import type { PayloadCodec } from '@caseflow/codec';
import { modelRetrainTaskQueue, taskQueues } from '@caseflow/contracts';
import type { CustomerVault, Db } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import { workflowBundlerOptions } from '@caseflow/temporal';
import { noTracing, type Tracing } from '@caseflow/tracing';
import { type NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type { ActiveModel } from './active-model';
import { createClassificationActivities, type DuplicateDetection } from './activities';
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
}): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue ?? modelRetrainTaskQueue,
    workflowsPath: fileURLToPath(new URL('./workflows/index.ts', import.meta.url)),
    bundlerOptions: workflowBundlerOptions,
    activities: createRetrainActivities(options.db, options.settings, options.logger),
    // Training uses every core already (worker threads): two at once would only halve each.
    maxConcurrentActivityTaskExecutions: 1,
    dataConverter: { payloadCodecs: options.payloadCodecs ?? [] },
  });
}

import type { Routing } from '@caseflow/classifier';
import type { PayloadCodec } from '@caseflow/codec';
import { taskQueues } from '@caseflow/contracts';
import type { CustomerVault } from '@caseflow/db';
import { noTracing, type Tracing } from '@caseflow/tracing';
import { type NativeConnection, Runtime, Worker } from '@temporalio/worker';
import type { ActiveModel } from './active-model';
import { createClassificationActivities, type DuplicateDetection } from './activities';

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

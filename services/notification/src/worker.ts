import { fileURLToPath } from 'node:url';
import type { PayloadCodec } from '@caseflow/codec';
import { taskQueues } from '@caseflow/contracts';
import type { CustomerVault, Db } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import { workflowBundlerOptions } from '@caseflow/temporal';
import { noTracing, type Tracing } from '@caseflow/tracing';
import { type NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createEmailActivities, type EmailSettings } from './email/activities';
import { createDigestActivities } from './email/digest';
import { createWebhookActivities, type WebhookSettings } from './webhooks/activities';

export interface NotificationWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  db: Db;
  /** Opens the customers' sealed words in event payloads before they leave caseflow (webhook bodies, e-mails). */
  vault: CustomerVault;
  logger: Logger;
  webhooks: WebhookSettings;
  email: EmailSettings;
  payloadCodecs?: PayloadCodec[];
  /** Tests run their own worker on a queue of their own; production uses the shared one. */
  taskQueue?: string;
  /** OpenTelemetry (@caseflow/tracing): spans of the delivery workflows and activities; off by default. */
  tracing?: Tracing;
}

/**
 * The worker on `caseflow-notification`: it hosts the delivery workflows (`deliverEvent`,
 * `replayDelivery`) and every activity they run, so delivery policy lives in one service.
 */
export async function createNotificationWorker(options: NotificationWorkerOptions): Promise<Worker> {
  // Counted on the SDK runtime's meter: served with the SDK's metrics, from the same endpoint.
  const meter = Runtime.instance().metricMeter;
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue ?? taskQueues.notification,
    workflowsPath: fileURLToPath(new URL('./workflows/index.ts', import.meta.url)),
    bundlerOptions: workflowBundlerOptions,
    activities: {
      ...createWebhookActivities(options.db, options.vault, options.webhooks, options.logger, meter),
      ...createEmailActivities(options.db, options.vault, options.email, options.logger, meter),
      ...createDigestActivities(options.email, options.logger),
    },
    dataConverter: { payloadCodecs: options.payloadCodecs ?? [] },
    ...(options.tracing ?? noTracing).workerOptions(true),
  });
}

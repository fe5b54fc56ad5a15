import { fileURLToPath } from 'node:url';
import type { PayloadCodec } from '@caseflow/codec';
import { taskQueues } from '@caseflow/contracts';
import type { CustomerVault, Db } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import { workflowBundlerOptions } from '@caseflow/temporal';
import { noTracing, type Tracing } from '@caseflow/tracing';
import type { MetricMeter } from '@temporalio/common';
import { type NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createEmailActivities, type EmailSettings } from './email/activities';
import { createDigestActivities } from './email/digest';
import { OutboxDispatcher } from './outbox/dispatcher';
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

type ActivityOptions = Pick<NotificationWorkerOptions, 'db' | 'vault' | 'webhooks' | 'email' | 'logger'>;

function notificationActivities(options: ActivityOptions, meter: MetricMeter) {
  return {
    ...createWebhookActivities(options.db, options.vault, options.webhooks, options.logger, meter),
    ...createEmailActivities(options.db, options.vault, options.email, options.logger, meter),
  };
}

/**
 * The outbox dispatcher beside the worker, in the same process: events the request
 * workflows queued are delivered by the same attempt and e-mail code, counted on the same
 * meter. Started and stopped by main.ts (tests run their own).
 */
export function createOutboxDispatcher(options: ActivityOptions & { databaseUrl: string; pollMs?: number; keepFinishedMs?: number; pruneEveryMs?: number }): OutboxDispatcher {
  const activities = notificationActivities(options, Runtime.instance().metricMeter);
  return new OutboxDispatcher({ ...options, activities });
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
    activities: { ...notificationActivities(options, meter), ...createDigestActivities(options.email, options.logger) },
    dataConverter: { payloadCodecs: options.payloadCodecs ?? [] },
    ...(options.tracing ?? noTracing).workerOptions(true),
  });
}

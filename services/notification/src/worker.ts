import type { PayloadCodec } from '@caseflow/codec';
import { taskQueues } from '@caseflow/contracts';
import type { Db } from '@caseflow/db';
import { type NativeConnection, Worker } from '@temporalio/worker';
import { createNotificationActivities, type WebhookSettings } from './activities';

export async function createNotificationWorker(options: {
  connection: NativeConnection;
  namespace: string;
  db: Db;
  webhooks: WebhookSettings;
  payloadCodecs?: PayloadCodec[];
}): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: taskQueues.notification,
    activities: createNotificationActivities(options.db, options.webhooks),
    dataConverter: { payloadCodecs: options.payloadCodecs ?? [] },
  });
}

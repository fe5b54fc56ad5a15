import { FieldCipher, payloadCodecsFor } from '@caseflow/codec';
import { readConfigOrExit } from '@caseflow/config';
import { createDb, CustomerVault } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectWorker, installTemporalRuntime } from '@caseflow/temporal';
import { startTracing } from '@caseflow/tracing';
import { notificationConfig } from './config';
import { notificationSettings } from './settings';
import { createNotificationWorker, createOutboxDispatcher } from './worker';
import { webhookAttemptBucketsMs } from './webhooks/activities';

const config = readConfigOrExit(notificationConfig);
const logger = createLogger('notification', config.logLevel);
installTemporalRuntime(logger, { metricsAddress: config.metricsAddress, histogramBuckets: { caseflow_webhook_attempt_duration: webhookAttemptBucketsMs } });
const tracing = await startTracing(config.tracing);
const db = createDb(config.databaseUrl, { maxConnections: 8, applicationName: 'caseflow-notification' });
const connection = await connectWorker({ address: config.temporalAddress, namespace: config.temporalNamespace });
const settings = notificationSettings(config);
// Secrets written without a ring stay readable; a sealed one whose key left the ring fails its delivery.
if (config.codecKeys.length === 0) logger.warn('CODEC_KEYS is not set: payloads are unencrypted and only webhook secrets stored in clear can be read');
const vault = new CustomerVault(db, new FieldCipher(config.codecKeys));
const worker = await createNotificationWorker({
  connection,
  namespace: config.temporalNamespace,
  db,
  vault,
  logger,
  ...settings,
  payloadCodecs: payloadCodecsFor(config.codecKeys),
  tracing,
});
logger.info(
  { taskQueue: worker.options.taskQueue, metricsAddress: config.metricsAddress ?? 'off', tracing: config.tracing.otlpEndpoint ?? 'off', email: settings.email.transport !== undefined, retryBudgetSeconds: config.webhookRetryBudgetSeconds, webhookAllowPrivate: config.webhookDestinations.allowList },
  'notification worker started',
);
// Events the request workflows queue in the outbox: planned and delivered beside the worker.
const dispatcher = createOutboxDispatcher({ db, databaseUrl: config.databaseUrl, vault, logger, keepFinishedMs: config.outboxKeepHours * 3_600_000, ...settings });
dispatcher.start();
await worker.run();
await dispatcher.stop();
settings.email.transport?.close();
await connection.close();
await db.destroy();
await tracing.shutdown();
logger.info('notification worker stopped');

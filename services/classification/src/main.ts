import { loadRouting } from '@caseflow/classifier';
import { FieldCipher, payloadCodecsFor } from '@caseflow/codec';
import { readConfigOrExit } from '@caseflow/config';
import { createDb, CustomerVault } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectClient, connectWorker, ensureSchedulesInBackground, installTemporalRuntime } from '@caseflow/temporal';
import { startTracing } from '@caseflow/tracing';
import { ActiveModel } from './active-model';
import { classificationConfig } from './config';
import { ensureRetrainSchedule } from './retrain/schedule';
import { createClassificationWorker, createRetrainWorker } from './worker';

const config = readConfigOrExit(classificationConfig);
const logger = createLogger('classification', config.logLevel);
installTemporalRuntime(logger, { metricsAddress: config.metricsAddress });
const tracing = await startTracing(config.tracing);
const routing = loadRouting(config.routingFile);
const db = createDb(config.databaseUrl, { maxConnections: 2, applicationName: 'caseflow-classification' });
const model = new ActiveModel(db, logger);
const defaultModelData = { paths: config.bootstrapTrainingData, outOfScope: config.bootstrapOutOfScope, limitPerLabel: config.bootstrapLimitPerLabel };
await model.load(defaultModelData);
model.watch(config.modelPollMs);

const connection = await connectWorker({ address: config.temporalAddress, namespace: config.temporalNamespace });
const payloadCodecs = payloadCodecsFor(config.codecKeys);
const client = await connectClient({ address: config.temporalAddress, namespace: config.temporalNamespace, payloadCodecs });
ensureSchedulesInBackground(logger, 'model retrain schedule', () => ensureRetrainSchedule(client, config.retrainIntervalHours), { everyHours: config.retrainIntervalHours, margin: config.retrainMargin });
const worker = await createClassificationWorker({
  connection,
  namespace: config.temporalNamespace,
  model,
  routing,
  payloadCodecs,
  vault: new CustomerVault(db, new FieldCipher(config.codecKeys)),
  duplicates: { db, windowHours: config.duplicateWindowHours, threshold: config.duplicateThreshold },
  tracing,
});
const retrainWorker = await createRetrainWorker({
  connection,
  namespace: config.temporalNamespace,
  db,
  logger,
  settings: { base: defaultModelData, heldOutPaths: config.retrainHeldOutData, margin: config.retrainMargin },
  payloadCodecs,
});
logger.info({ taskQueues: [worker.options.taskQueue, retrainWorker.options.taskQueue], metricsAddress: config.metricsAddress ?? 'off', tracing: config.tracing.otlpEndpoint ?? 'off' }, 'classification worker started');
// Worker.run() drains and returns on SIGINT/SIGTERM (the SDK installs those handlers for every worker).
await Promise.all([worker.run(), retrainWorker.run()]);
model.stop();
await client.connection.close();
await connection.close();
await db.destroy();
await tracing.shutdown();
logger.info('classification worker stopped');

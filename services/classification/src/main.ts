import { loadRouting } from '@caseflow/classifier';
import { FieldCipher, payloadCodecsFor } from '@caseflow/codec';
import { readConfigOrExit } from '@caseflow/config';
import { createDb, CustomerVault } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectClient, connectWorker, ensureSchedulesInBackground, installTemporalRuntime } from '@caseflow/temporal';
import { startTracing } from '@caseflow/tracing';
import { ActiveModel } from './active-model';
import { classificationConfig } from './config';
import { ensureIncidentSchedule } from './incidents/schedule';
import { ensureRetrainSchedule } from './retrain/schedule';
import { bundleScheduledWorkflows, createClassificationWorker, createIncidentWorker, createRetrainWorker } from './worker';

const config = readConfigOrExit(classificationConfig);
const logger = createLogger('classification', config.logLevel);
installTemporalRuntime(logger, { metricsAddress: config.metricsAddress });
const tracing = await startTracing(config.tracing);
const routing = loadRouting(config.routingFile);
// A third connection for incident detection, whose run holds one in its transaction for about a second a minute.
const db = createDb(config.databaseUrl, { maxConnections: 3, applicationName: 'caseflow-classification' });
const model = new ActiveModel(db, logger);
const defaultModelData = { paths: config.bootstrapTrainingData, outOfScope: config.bootstrapOutOfScope, limitPerLabel: config.bootstrapLimitPerLabel };
await model.load(defaultModelData);
model.watch(config.modelPollMs);

const connection = await connectWorker({ address: config.temporalAddress, namespace: config.temporalNamespace });
const payloadCodecs = payloadCodecsFor(config.codecKeys);
const client = await connectClient({ address: config.temporalAddress, namespace: config.temporalNamespace, payloadCodecs });
ensureSchedulesInBackground(logger, 'model retrain schedule', () => ensureRetrainSchedule(client, config.retrainIntervalHours), { everyHours: config.retrainIntervalHours, margin: config.retrainMargin });
const incidents = { minCustomers: config.incidentMinCustomers, windowMinutes: config.incidentWindowMinutes, threshold: config.incidentThreshold, maxCandidates: config.incidentMaxCandidates };
ensureSchedulesInBackground(logger, 'incident detection schedule', () => ensureIncidentSchedule(client, config.incidentIntervalSeconds), { everySeconds: config.incidentIntervalSeconds, ...incidents });
const workflowBundle = await bundleScheduledWorkflows();
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
  workflowBundle,
});
const incidentWorker = await createIncidentWorker({ connection, namespace: config.temporalNamespace, db, model, logger, settings: incidents, workflowBundle, payloadCodecs });
logger.info({ taskQueues: [worker.options.taskQueue, retrainWorker.options.taskQueue, incidentWorker.options.taskQueue], metricsAddress: config.metricsAddress ?? 'off', tracing: config.tracing.otlpEndpoint ?? 'off' }, 'classification worker started');
// Worker.run() drains and returns on SIGINT/SIGTERM (the SDK installs those handlers for every worker).
await Promise.all([worker.run(), retrainWorker.run(), incidentWorker.run()]);
model.stop();
await client.connection.close();
await connection.close();
await db.destroy();
await tracing.shutdown();
logger.info('classification worker stopped');

import { loadRouting } from '@caseflow/classifier';
import { FieldCipher, payloadCodecsFor } from '@caseflow/codec';
import { readConfigOrExit } from '@caseflow/config';
import { createDb, CustomerVault } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectWorker, installTemporalRuntime } from '@caseflow/temporal';
import { startTracing } from '@caseflow/tracing';
import { ActiveModel } from './active-model';
import { classificationConfig } from './config';
import { createClassificationWorker } from './worker';

const config = readConfigOrExit(classificationConfig);
const logger = createLogger('classification', config.logLevel);
installTemporalRuntime(logger, { metricsAddress: config.metricsAddress });
const tracing = await startTracing(config.tracing);
const routing = loadRouting(config.routingFile);
const db = createDb(config.databaseUrl, { maxConnections: 2, applicationName: 'caseflow-classification' });
const model = new ActiveModel(db, logger);
await model.load({ paths: config.bootstrapTrainingData, outOfScope: config.bootstrapOutOfScope, limitPerLabel: config.bootstrapLimitPerLabel });
model.watch(config.modelPollMs);

const connection = await connectWorker({ address: config.temporalAddress, namespace: config.temporalNamespace });
const worker = await createClassificationWorker({ connection, namespace: config.temporalNamespace, model, routing, payloadCodecs: payloadCodecsFor(config.codecKeys), vault: new CustomerVault(db, new FieldCipher(config.codecKeys)),
  duplicates: { db, windowHours: config.duplicateWindowHours, threshold: config.duplicateThreshold },
  tracing,
});
logger.info({ taskQueue: worker.options.taskQueue, metricsAddress: config.metricsAddress ?? 'off', tracing: config.tracing.otlpEndpoint ?? 'off' }, 'classification worker started');
await worker.run();
model.stop();
await connection.close();
await db.destroy();
await tracing.shutdown();
logger.info('classification worker stopped');

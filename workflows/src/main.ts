import { loadRouting } from '@caseflow/classifier';
import { FieldCipher, payloadCodecsFor } from '@caseflow/codec';
import { readConfigOrExit } from '@caseflow/config';
import { createDb, CustomerVault } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectClient, connectWorker, installTemporalRuntime } from '@caseflow/temporal';
import { Runtime } from '@temporalio/worker';
import { workflowsConfig } from './config';
import { timeToClassificationBucketsMs } from './metrics';
import { ensureEscalationSchedules, ensureRetentionSchedule } from './schedules';
import { createRequestsWorker } from './worker';

const config = readConfigOrExit(workflowsConfig);
const logger = createLogger('workflows', config.logLevel);
installTemporalRuntime(logger, { metricsAddress: config.metricsAddress, histogramBuckets: { caseflow_time_to_classification: timeToClassificationBucketsMs } });
const routing = loadRouting(config.routingFile);
const db = createDb(config.databaseUrl, { applicationName: 'caseflow-workflows' });
// Apart from `db`: a guard holds its connection while the request's Update records through `db`.
const guardDb = createDb(config.databaseUrl, { maxConnections: 4, applicationName: 'caseflow-assignment-guard' });
const connection = await connectWorker({ address: config.temporalAddress, namespace: config.temporalNamespace });
const payloadCodecs = payloadCodecsFor(config.codecKeys);
const client = await connectClient({ address: config.temporalAddress, namespace: config.temporalNamespace, payloadCodecs });
const schedules = { sweepIntervalSeconds: config.escalationSweepIntervalSeconds, digestCron: config.escalationDigestCron };
// The worker must not die because Temporal was briefly unreachable while it started (a
// restart right after a server restart): the schedules are ensured again until they are.
void (async () => {
  for (let delayMs = 500; ; delayMs = Math.min(delayMs * 2, 30_000)) {
    try {
      await ensureEscalationSchedules(client, schedules);
      await ensureRetentionSchedule(client, config.retentionDays);
      logger.info({ sweepEverySeconds: schedules.sweepIntervalSeconds, digestCron: schedules.digestCron, retentionDays: config.retentionDays ?? 'off' }, 'escalation and retention schedules in place');
      return;
    } catch (error) {
      logger.warn({ err: error, retryInMs: delayMs }, 'could not ensure the escalation schedules yet');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
})();
const worker = await createRequestsWorker({ connection, namespace: config.temporalNamespace, db, guardDb, client, vault: new CustomerVault(db, new FieldCipher(config.codecKeys)), routing, payloadCodecs, metricMeter: Runtime.instance().metricMeter });
logger.info({ taskQueue: worker.options.taskQueue, metricsAddress: config.metricsAddress ?? 'off' }, 'workflow worker started');
// Worker.run() drains and returns on SIGINT/SIGTERM (the SDK installs those handlers).
await worker.run();
await client.connection.close();
await connection.close();
await db.destroy();
await guardDb.destroy();
logger.info('workflow worker stopped');

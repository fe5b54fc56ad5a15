import { loadRouting } from '@caseflow/classifier';
import { FieldCipher, payloadCodecsFor } from '@caseflow/codec';
import { readConfigOrExit } from '@caseflow/config';
import { createDb, CustomerVault } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectClient, connectWorker, ensureSchedulesInBackground, installTemporalRuntime, limitWorkflowStackFrames, workflowBundlerOptions } from '@caseflow/temporal';
import { startTracing } from '@caseflow/tracing';
import { bundleWorkflowCode, Runtime } from '@temporalio/worker';
import { workflowsConfig } from './config';
import { timeToClassificationBucketsMs } from './metrics';
import { ensureEscalationSchedules, ensureRetentionSchedule } from './schedules';
import { createAssignmentWorker, createRequestsWorker, workflowsPath } from './worker';

const config = readConfigOrExit(workflowsConfig);
const logger = createLogger('workflows', config.logLevel);
installTemporalRuntime(logger, { metricsAddress: config.metricsAddress, histogramBuckets: { caseflow_time_to_classification: timeToClassificationBucketsMs } });
const tracing = await startTracing(config.tracing);
const routing = loadRouting(config.routingFile);
const db = createDb(config.databaseUrl, { applicationName: 'caseflow-workflows' });
// Apart from `db`: a guard holds its connection while the request's Update records through
// `db`. Its size bounds how many automatic assignments are in flight at once.
const guardDb = createDb(config.databaseUrl, { maxConnections: 12, applicationName: 'caseflow-assignment-guard' });
const connection = await connectWorker({ address: config.temporalAddress, namespace: config.temporalNamespace });
const payloadCodecs = payloadCodecsFor(config.codecKeys);
const client = await connectClient({ address: config.temporalAddress, namespace: config.temporalNamespace, payloadCodecs, interceptors: tracing.clientInterceptors });
const schedules = { sweepIntervalSeconds: config.escalationSweepIntervalSeconds, digestCron: config.escalationDigestCron };
ensureSchedulesInBackground(
  logger,
  'escalation and retention schedules',
  async () => {
    await ensureEscalationSchedules(client, schedules);
    await ensureRetentionSchedule(client, config.retentionDays);
  },
  { sweepEverySeconds: schedules.sweepIntervalSeconds, digestCron: schedules.digestCron, retentionDays: config.retentionDays ?? 'off' },
);
// Before the workers exist: their workflow threads and sandboxes take the limit when they are made.
limitWorkflowStackFrames(config.workflowStackFrames);
// One bundle for both workers: building it is the slow part of a (re)start.
const workflowBundle = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions, workflowInterceptorModules: tracing.workflowModules, logger: Runtime.instance().logger });
const worker = await createRequestsWorker({ connection, namespace: config.temporalNamespace, db, guardDb, client, vault: new CustomerVault(db, new FieldCipher(config.codecKeys)), routing, payloadCodecs, workflowBundle, metricMeter: Runtime.instance().metricMeter, tracing });
const assignmentWorker = await createAssignmentWorker({ connection, namespace: config.temporalNamespace, db, guardDb, client, payloadCodecs, workflowBundle, tracing });
logger.info({ taskQueues: [worker.options.taskQueue, assignmentWorker.options.taskQueue], metricsAddress: config.metricsAddress ?? 'off', tracing: config.tracing.otlpEndpoint ?? 'off' }, 'workflow worker started');
// Worker.run() drains and returns on SIGINT/SIGTERM (the SDK installs those handlers for every worker).
await Promise.all([worker.run(), assignmentWorker.run()]);
await client.connection.close();
await connection.close();
await db.destroy();
await guardDb.destroy();
await tracing.shutdown();
logger.info('workflow worker stopped');

import { payloadCodecsFor } from '@caseflow/codec';
import { commonConfig, readConfigOrExit } from '@caseflow/config';
import { createDb } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectWorker, installSdkLogging } from '@caseflow/temporal';
import { createRequestsWorker } from './worker';

const config = readConfigOrExit(commonConfig);
const logger = createLogger('workflows', config.logLevel);
installSdkLogging(logger);
const db = createDb(config.databaseUrl, { applicationName: 'caseflow-workflows' });
const connection = await connectWorker({ address: config.temporalAddress, namespace: config.temporalNamespace });
const worker = await createRequestsWorker({ connection, namespace: config.temporalNamespace, db, payloadCodecs: payloadCodecsFor(config.codecKeys) });
logger.info({ taskQueue: worker.options.taskQueue }, 'workflow worker started');
// Worker.run() drains and returns on SIGINT/SIGTERM (the SDK installs those handlers).
await worker.run();
await connection.close();
await db.destroy();
logger.info('workflow worker stopped');

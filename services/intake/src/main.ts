import { readConfigOrExit } from '@caseflow/config';
import { createDb } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectClient } from '@caseflow/temporal';
import { buildApp } from './app';
import { intakeConfig } from './config';

const config = readConfigOrExit(intakeConfig);
const logger = createLogger('intake', config.logLevel);
const db = createDb(config.databaseUrl, { maxConnections: 20, applicationName: 'caseflow-intake' });
const temporal = await connectClient({ address: config.temporalAddress, namespace: config.temporalNamespace });
const app = await buildApp({
  db,
  temporal,
  namespace: config.temporalNamespace,
  logger,
  bodyLimitBytes: config.bodyLimitBytes,
  autoCloseAfterSeconds: config.autoCloseAfterSeconds,
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'intake stopping');
  await app.close();
  await temporal.connection.close();
  await db.destroy();
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port: config.port, host: config.host });

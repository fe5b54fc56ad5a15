import { FieldCipher, payloadCodecsFor } from '@caseflow/codec';
import { readConfigOrExit } from '@caseflow/config';
import { createDb, CustomerVault } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectClient } from '@caseflow/temporal';
import { startTracing } from '@caseflow/tracing';
import { mailIntakeConfig } from './config';
import { startListener } from './listener';

const config = readConfigOrExit(mailIntakeConfig);
const logger = createLogger('mail-intake', config.logLevel);
const tracing = await startTracing(config.tracing);
const db = createDb(config.databaseUrl, { maxConnections: 10, applicationName: 'caseflow-mail-intake' });
const temporal = await connectClient({ address: config.temporalAddress, namespace: config.temporalNamespace, payloadCodecs: payloadCodecsFor(config.codecKeys), interceptors: tracing.clientInterceptors });
const listener = await startListener(
  {
    db,
    // The customer's words are sealed under their data key before they enter Temporal.
    vault: new CustomerVault(db, new FieldCipher(config.codecKeys)),
    temporal,
    inboundDomain: config.inboundDomain,
    replyTokenKey: config.replyTokenKey,
    reopenWindowMs: config.reopenWindowDays * 86_400_000,
    autoCloseAfterSeconds: config.autoCloseAfterSeconds,
  },
  { host: config.inboundSmtpHost, port: config.inboundSmtpPort, maxBytes: config.inboundMaxBytes, maxRecipients: config.inboundMaxRecipients, ratePerMinute: config.inboundRatePerMinute },
  logger,
);
logger.info({ port: listener.port, domain: config.inboundDomain, replyTokens: config.replyTokenKey !== undefined }, 'mail intake listening');

const stop = async () => {
  await listener.close();
  await temporal.connection.close();
  await db.destroy();
  await tracing.shutdown();
  logger.info('mail intake stopped');
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());

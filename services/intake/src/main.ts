import { FieldCipher, payloadCodecsFor } from '@caseflow/codec';
import { readConfigOrExit } from '@caseflow/config';
import { createDb } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { connectClient } from '@caseflow/temporal';
import { startTracing } from '@caseflow/tracing';
import { buildApp } from './app';
import { intakeConfig } from './config';

const config = readConfigOrExit(intakeConfig);
const logger = createLogger('intake', config.logLevel);
// Before the Temporal client and the app: both take its interceptors and plugin.
const tracing = await startTracing(config.tracing);
const db = createDb(config.databaseUrl, { maxConnections: 20, applicationName: 'caseflow-intake' });
const payloadCodecs = payloadCodecsFor(config.codecKeys);
if (payloadCodecs.length === 0) logger.warn('CODEC_KEYS is not set: customer text goes to Temporal unencrypted, and new webhook signing secrets are stored in clear');
const temporal = await connectClient({ address: config.temporalAddress, namespace: config.temporalNamespace, payloadCodecs, interceptors: tracing.clientInterceptors });
const app = await buildApp({
  db,
  temporal,
  namespace: config.temporalNamespace,
  logger,
  bodyLimitBytes: config.bodyLimitBytes,
  autoCloseAfterSeconds: config.autoCloseAfterSeconds,
  reopenWindowDays: config.reopenWindowDays,
  inboundDomain: config.inboundDomain,
  replyTokenKey: config.replyTokenKey,
  inboundMaxBytes: config.inboundMaxBytes,
  adminKey: config.adminKey,
  rateLimits: config.rateLimits,
  rateLimitWindowMs: config.rateLimitWindowMs,
  payloadCodecs,
  codecCorsOrigins: config.codecCorsOrigins.map((origin) => new URL(origin).origin),
  allowedHosts: config.allowedHosts,
  operatorActionTimeoutMs: config.operatorActionTimeoutMs,
  sessions: { idleSeconds: config.sessionIdleMinutes * 60, absoluteSeconds: config.sessionAbsoluteHours * 3600, secureCookie: config.sessionCookieSecure },
  loginLockout: { maxFailures: 5, lockSeconds: config.loginLockSeconds },
  temporalUiUrl: config.temporalUiUrl,
  analyticsCacheMs: config.analyticsCacheSeconds * 1000,
  analyticsStaleMs: config.analyticsStaleSeconds * 1000,
  analyticsConcurrency: config.analyticsConcurrency,
  webhookDestinations: config.webhookDestinations,
  secretCipher: new FieldCipher(config.codecKeys),
  reassignAfterAwaySeconds: config.reassignAfterAwaySeconds,
  databaseUrl: config.databaseUrl,
  tracing,
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'intake stopping');
  await app.close();
  await temporal.connection.close();
  await db.destroy();
  await tracing.shutdown();
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
logger.info({ tracing: config.tracing.otlpEndpoint ?? 'off' }, 'intake serving');

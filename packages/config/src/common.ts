import { hostPort, oneOf, string, url } from './config';

/** Variables every caseflow process reads: where Temporal and PostgreSQL are, and how to log. */
export const commonConfig = {
  databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://caseflow@127.0.0.1:5433/caseflow'),
  temporalAddress: hostPort('TEMPORAL_ADDRESS', '127.0.0.1:7233'),
  temporalNamespace: string('TEMPORAL_NAMESPACE', 'default'),
  logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
};

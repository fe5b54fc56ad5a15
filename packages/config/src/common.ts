import { hostPort, keyRing, oneOf, string, url } from './config';

/** Variables every caseflow process reads: where Temporal and PostgreSQL are, and how to log. */
export const commonConfig = {
  databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://caseflow@127.0.0.1:5433/caseflow'),
  temporalAddress: hostPort('TEMPORAL_ADDRESS', '127.0.0.1:7233'),
  temporalNamespace: string('TEMPORAL_NAMESPACE', 'default'),
  /**
   * AES-256 keys for the Temporal payload codec (`id:base64,…`, newest first). Every process
   * that talks to Temporal must have the same ring; unset means payloads are not encrypted.
   */
  codecKeys: keyRing('CODEC_KEYS'),
  logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
};

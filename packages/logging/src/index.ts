import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** JSON logs, one line each, tagged with the process's service name. */
export function createLogger(service: string, level: string): Logger {
  return pino({ name: service, level, base: { service } });
}

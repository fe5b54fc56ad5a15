import type { Logger } from '@caseflow/logging';
import { DefaultLogger, type LogLevel, Runtime } from '@temporalio/worker';

const sdkLevels: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', fatal: 'ERROR' };

/**
 * Sends the Temporal SDK's own logs (worker lifecycle, workflow and activity loggers)
 * through the process's pino logger, so a worker writes one JSON log stream, not two formats.
 * Must run before any worker or connection is created.
 */
export function installSdkLogging(logger: Logger): void {
  const level = sdkLevels[logger.level] ?? 'WARN';
  Runtime.install({
    logger: new DefaultLogger(level, ({ level: entryLevel, message, meta }) => {
      const method = entryLevel === 'TRACE' ? 'trace' : entryLevel === 'DEBUG' ? 'debug' : entryLevel === 'INFO' ? 'info' : entryLevel === 'WARN' ? 'warn' : 'error';
      logger[method]({ temporal: meta }, message);
    }),
  });
}

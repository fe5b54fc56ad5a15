import type { Logger } from '@caseflow/logging';
import { DefaultLogger, type LogLevel, Runtime } from '@temporalio/worker';

const sdkLevels: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', fatal: 'ERROR' };

export interface SdkRuntimeOptions {
  /** host:port for the Prometheus endpoint (`/metrics`); undefined serves no metrics. */
  metricsAddress?: string | undefined;
  /** Bucket bounds for the process's own histograms, by metric name (the SDK's defaults suit its latencies only). */
  histogramBuckets?: Record<string, number[]>;
}

/**
 * Installs the Temporal SDK runtime of a worker process, once, before any worker or
 * connection is created (the SDK makes a default one at the first connection and refuses a
 * second). It sends the SDK's logs (worker lifecycle, workflow and activity loggers) through
 * the process's pino logger, so a worker writes one JSON log stream, and serves the SDK's
 * Prometheus metrics — plus those the process records on `Runtime.instance().metricMeter` —
 * from the SDK's own HTTP exporter at `metricsAddress`. The exporter lives in the SDK's Rust
 * core, so the process needs no HTTP server of its own. A taken address fails the start.
 */
export function installTemporalRuntime(logger: Logger, { metricsAddress, histogramBuckets }: SdkRuntimeOptions = {}): void {
  const level = sdkLevels[logger.level] ?? 'WARN';
  try {
    Runtime.install({
      logger: new DefaultLogger(level, ({ level: entryLevel, message, meta }) => {
        const method = entryLevel === 'TRACE' ? 'trace' : entryLevel === 'DEBUG' ? 'debug' : entryLevel === 'INFO' ? 'info' : entryLevel === 'WARN' ? 'warn' : 'error';
        logger[method]({ temporal: meta }, message);
      }),
      // The SDK's defaults on purpose (counters without `_total`, durations in milliseconds):
      // the names Temporal's documentation and dashboards use.
      ...(metricsAddress === undefined ? {} : { telemetryOptions: { metrics: { prometheus: { bindAddress: metricsAddress, ...(histogramBuckets === undefined ? {} : { histogramBucketOverrides: histogramBuckets }) } } } }),
    });
  } catch (error) {
    if (metricsAddress === undefined) throw error;
    throw new Error(`cannot serve metrics on ${metricsAddress} (METRICS_ADDRESS): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

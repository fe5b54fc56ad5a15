import { custom, type Field, string } from './config';

export interface TracingConfig {
  /** OTLP/HTTP base URL (`/v1/traces` is appended); undefined = tracing off, no SDK loaded. */
  otlpEndpoint: string | undefined;
  serviceName: string;
}

function otlpEndpoint(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`must be a URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`must use http: or https: (OTLP over HTTP), got "${url.protocol}"`);
  return url.toString();
}

/**
 * OpenTelemetry tracing of one process: `OTEL_EXPORTER_OTLP_ENDPOINT` (the standard
 * variable, here only the base URL of an OTLP/HTTP collector) switches it on;
 * `OTEL_SERVICE_NAME` names the process in the traces, `serviceName` by default.
 */
export function tracingConfig(serviceName: string): { tracing: Field<TracingConfig> } {
  const endpoint = custom('OTEL_EXPORTER_OTLP_ENDPOINT', otlpEndpoint);
  const name = string('OTEL_SERVICE_NAME', serviceName);
  return { tracing: (env) => ({ otlpEndpoint: endpoint(env), serviceName: name(env) }) };
}

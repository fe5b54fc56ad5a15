import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The intake's Prometheus metrics, in a registry of its own (not prom-client's global
 * one), so every app built in a process — tests build many — counts only its own.
 */
export class IntakeMetrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'caseflow_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  /** By channel and type: the classifier's category is decided later, by the workflow. */
  readonly requestsCreated = new Counter({
    name: 'caseflow_requests_created_total',
    help: 'Requests accepted (new rows, not idempotent repeats) by channel and type',
    labelNames: ['channel', 'type'] as const,
    registers: [this.registry],
  });
  readonly temporalErrors = new Counter({
    name: 'caseflow_temporal_client_errors_total',
    help: 'Calls from intake to Temporal that failed, by operation',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'caseflow_intake_' });
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: IntakeMetrics;
  }
}

/** Times every answer by its route pattern (never the raw URL: ids would explode the label set). */
export function installMetrics(app: FastifyInstance, metrics: IntakeMetrics): void {
  app.decorate('metrics', metrics);
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  // The metrics are text; refusals are JSON errors like everywhere else (openapi.ts adds them).
  const exposition = { description: 'The exposition', content: { 'text/plain': { schema: { type: 'string' } } } };
  app.get('/metrics', { config: { scope: 'admin' }, schema: { summary: 'Prometheus metrics (text exposition format)', response: { 200: exposition } } }, async (_request, reply) => {
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

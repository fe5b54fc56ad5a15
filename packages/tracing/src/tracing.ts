import { createRequire } from 'node:module';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { WorkerOptions } from '@temporalio/worker';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** Names the caseflow request this HTTP request is about on its trace span (`caseflow.request_id`); nothing when tracing is off. */
    traceRequestId(requestId: string): void;
  }
}

/**
 * Temporal's OpenTelemetry workflow interceptors, by path for the workflow bundler (they run
 * in the sandbox, and only add headers and sink calls: no workflow command).
 */
export const workflowInterceptorModules: readonly string[] = [createRequire(import.meta.url).resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')];

/** From the process's validated config (`tracingConfig` in @caseflow/config). */
export interface TracingSettings {
  otlpEndpoint: string | undefined;
  serviceName: string;
}

/** What a process wires in: the same shape whether tracing is on or off. */
export interface Tracing {
  readonly enabled: boolean;
  /** For every Temporal Client (`connectClient({ interceptors })`). */
  readonly clientInterceptors: WorkflowClientInterceptor[];
  /** Workflow interceptor modules for `bundleWorkflowCode` (a worker given a pre-built bundle). */
  readonly workflowModules: string[];
  /**
   * Spread into `Worker.create`: the activity interceptors and the workflow span sink, and the
   * workflow interceptor modules when `workflowModules` (a worker that bundles its own code).
   */
  workerOptions(workflowModules: boolean): Pick<WorkerOptions, 'interceptors' | 'sinks'>;
  /** Registered on the Fastify app before any route: the request spans, and `request.traceRequestId`. */
  readonly httpPlugin: FastifyPluginAsync;
  /** Exports what is still buffered; call after the workers and the server stopped. */
  shutdown(): Promise<void>;
}

/** Tracing off: no SDK, no interceptors, no span, nothing on the wire. */
export const noTracing: Tracing = {
  enabled: false,
  clientInterceptors: [],
  workflowModules: [],
  workerOptions: () => ({}),
  httpPlugin: fp(async (app) => {
    app.decorateRequest('traceRequestId', () => undefined);
  }),
  shutdown: () => Promise.resolve(),
};

/**
 * Tracing for this process, set up once at start. Without an endpoint the SDK is never even
 * loaded (its modules are imported only here, on demand), so tracing off costs nothing.
 */
export async function startTracing(settings: TracingSettings): Promise<Tracing> {
  const { otlpEndpoint } = settings;
  if (otlpEndpoint === undefined) return noTracing;
  const { startSdk } = await import('./sdk');
  return startSdk({ ...settings, otlpEndpoint });
}

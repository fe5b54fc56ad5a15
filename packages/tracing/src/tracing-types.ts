import { createRequire } from 'node:module';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { WorkerOptions } from '@temporalio/worker';
import type { FastifyPluginAsync } from 'fastify';

// What both tracing off (tracing.ts) and the SDK loaded on demand (sdk.ts) are made of.

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

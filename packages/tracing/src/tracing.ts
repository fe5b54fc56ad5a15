import fp from 'fastify-plugin';
import type { Tracing, TracingSettings } from './tracing-types';

export type { Tracing, TracingSettings } from './tracing-types';
export { workflowInterceptorModules } from './tracing-types';

declare module 'fastify' {
  interface FastifyRequest {
    /** Names the caseflow request this HTTP request is about on its trace span (`caseflow.request_id`); nothing when tracing is off. */
    traceRequestId(requestId: string): void;
  }
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

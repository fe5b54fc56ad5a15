import { noTracing, type Tracing } from '@caseflow/tracing';
import type { FastifyInstance } from 'fastify';

/** Routes about one request, whose span is tagged with the request's id as soon as it is parsed. */
const oneRequest = /^\/v1\/requests\/:id(\/|$)/;

/**
 * The HTTP side of tracing: a server span per request (continuing a caller's `traceparent`),
 * tagged `caseflow.request_id` on every route about one request. A new request's span is
 * tagged by its route once the id exists (`request.traceRequestId`).
 */
export async function installTracing(app: FastifyInstance, tracing: Tracing = noTracing): Promise<void> {
  await app.register(tracing.httpPlugin);
  if (!tracing.enabled) return;
  app.addHook('preHandler', async (request) => {
    const { id } = request.params as { id?: unknown };
    if (typeof id === 'string' && oneRequest.test(request.routeOptions.url ?? '')) request.traceRequestId(id);
  });
}

import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { Throughput } from '@caseflow/bench-report';

/** autocannon against one POST route, each request with a body and Idempotency-Key of its own. */
export async function hammer(
  url: string,
  headers: Record<string, string>,
  body: () => string,
  seconds: number,
  connections: number,
  /** Requests per second in total (open loop); unset = as fast as the connections allow. */
  overallRate?: number,
): Promise<Throughput> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(overallRate === undefined ? {} : { overallRate }),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: body(),
        }),
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    completed: result.requests.total,
  };
}

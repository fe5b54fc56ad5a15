import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { percentile } from '@caseflow/bench-report';

export interface Throughput {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  completed: number;
}

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

/** The same closed loop autocannon runs, but each "request" is one call of `operation`. */
export async function closedLoop(operation: () => Promise<unknown>, seconds: number, concurrency: number): Promise<Throughput> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const at = performance.now();
        try {
          await operation();
          latencies.push(performance.now() - at);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: latencies.length / elapsed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), errors, completed: latencies.length };
}

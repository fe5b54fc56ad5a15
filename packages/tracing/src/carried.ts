import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

/** W3C trace context and baggage headers, stored beside work that another process takes up later. */
export type TraceCarrier = Record<string, string>;

/**
 * The active span's context (and the request id in the baggage), for work handed over
 * through the database rather than through Temporal (the event outbox); null when tracing
 * is off, as no propagator is registered then.
 */
export function activeTraceCarrier(): TraceCarrier | null {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length === 0 ? null : carrier;
}

/**
 * Runs `work` in a span `name`, a child of the stored context, so the work stays in the trace
 * of what queued it; without a carrier (tracing off then, or work queued before) no parent.
 * With tracing off the API is a no-op: no span, `work` just runs.
 */
export async function inCarriedSpan<T>(carrier: TraceCarrier | null, name: string, work: () => Promise<T>): Promise<T> {
  const parent = carrier === null ? context.active() : propagation.extract(context.active(), carrier);
  return trace.getTracer('caseflow').startActiveSpan(name, { kind: SpanKind.CONSUMER }, parent, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

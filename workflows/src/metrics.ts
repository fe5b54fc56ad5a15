import type { RecordTransitionInput } from '@caseflow/contracts';
import { type MetricMeter, noopMetricMeter } from '@temporalio/common';

/** Buckets (ms) of the time from a request's acceptance to its classification: normally well under a second. */
export const timeToClassificationBucketsMs = [25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, 300_000];

/**
 * caseflow's business series, counted where the read model is written (the worker on
 * caseflow-requests), once per recorded event: `caseflow_request_events{event, queue}` —
 * `created`, `classified`, `resolved`, `escalated` (an SLA breach), … by the request's queue
 * at that moment (`none` before classification) — and `caseflow_time_to_classification`
 * (ms, by queue). Both kinds come from one process, so a restart resets them together and
 * created − classified over a window stays meaningful. A local activity retried after its
 * write counts again: these are rates for dashboards, the read model is the ledger.
 */
export function createRequestMetrics(meter: MetricMeter = noopMetricMeter): (input: RecordTransitionInput) => void {
  const events = meter.createCounter('caseflow_request_events', '', 'Request lifecycle events recorded, by event (created, classified, resolved, escalated, …) and queue');
  const timeToClassification = meter.createHistogram('caseflow_time_to_classification', 'int', 'ms', 'Milliseconds from a request\'s acceptance to its first classification, by queue');
  return ({ event, state }) => {
    const queue = state.classification?.queue ?? 'none';
    events.add(1, { event: event.type.replace(/^request\./, ''), queue });
    if (event.type === 'request.classified') {
      timeToClassification.record(Math.max(0, Date.parse(event.at) - Date.parse(state.createdAt)), { queue });
    }
  };
}

import { createTraceState } from '@opentelemetry/api';
import type { Resource } from '@opentelemetry/resources';
import type { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { OpenTelemetryWorkflowExporter, SerializableSpan } from '@temporalio/interceptors-opentelemetry';
import type { InjectedSink } from '@temporalio/worker';
import { requestIdAttribute, requestIdOfWorkflowSpans } from './request-id';

/**
 * The worker side of the spans made inside workflows (the sandbox has no I/O: Temporal's
 * workflow interceptors hand finished spans to this sink). Instead of the interceptor
 * package's `makeWorkflowExporter`, which copies the whole WorkflowInfo into every span's
 * attributes (search attributes with customer ids, memo, last result), the spans get the
 * workflow's identity and the request it belongs to, nothing more. Not called on replay:
 * a span is exported once, when its workflow task first ran.
 */
export function workflowSpanSink(processor: SpanProcessor, resource: Resource): InjectedSink<OpenTelemetryWorkflowExporter> {
  return {
    export: {
      fn: (info, spans) => {
        const requestId = requestIdOfWorkflowSpans(info);
        const identity = {
          temporalWorkflowId: info.workflowId,
          run_id: info.runId,
          'temporal.workflow_type': info.workflowType,
          'temporal.task_queue': info.taskQueue,
          ...(requestId === undefined ? {} : { [requestIdAttribute]: requestId }),
        };
        for (const span of spans) processor.onEnd(readableSpan(span, identity, resource));
      },
    },
  };
}

function readableSpan({ spanContext: { traceState, ...spanContext }, attributes, ...rest }: SerializableSpan, identity: Record<string, string>, resource: Resource): ReadableSpan {
  const context = { ...spanContext, ...(traceState === undefined ? {} : { traceState: createTraceState(traceState) }) };
  return { ...rest, attributes: { ...attributes, ...identity }, resource, spanContext: () => context };
}

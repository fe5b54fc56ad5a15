import { type Context, context, propagation, type Span } from '@opentelemetry/api';
import type { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Next, WorkflowClientInterceptor, WorkflowSignalInput, WorkflowStartInput, WorkflowStartUpdateInput } from '@temporalio/client';

/** The span attribute (and the baggage entry carrying it between processes) naming a caseflow request. */
export const requestIdAttribute = 'caseflow.request_id';

/** A request's workflow id is `request-<request id>` (@caseflow/contracts): the id, or undefined for any other workflow. */
export function requestIdOfWorkflow(workflowId: string | undefined): string | undefined {
  return workflowId?.startsWith('request-') === true ? workflowId.slice('request-'.length) : undefined;
}

/** Runs `fn` with the request id in the baggage, so every process the call reaches can tag its spans with it. */
function withRequestId<T>(workflowId: string, fn: () => Promise<T>): Promise<T> {
  const requestId = requestIdOfWorkflow(workflowId);
  if (requestId === undefined) return fn();
  const baggage = (propagation.getBaggage(context.active()) ?? propagation.createBaggage()).setEntry(requestIdAttribute, { value: requestId });
  return context.with(propagation.setBaggage(context.active(), baggage), fn);
}

/**
 * Put BEFORE Temporal's OpenTelemetry client interceptor: calls about a request's workflow
 * carry its id in the baggage, which that interceptor injects into the workflow's headers
 * with the trace context, and the workflow passes on to its activities and children.
 */
export class RequestIdClientInterceptor implements WorkflowClientInterceptor {
  start(input: WorkflowStartInput, next: Next<WorkflowClientInterceptor, 'start'>): Promise<string> {
    return withRequestId(input.options.workflowId, () => next(input));
  }

  signal(input: WorkflowSignalInput, next: Next<WorkflowClientInterceptor, 'signal'>): Promise<void> {
    return withRequestId(input.workflowExecution.workflowId, () => next(input));
  }

  startUpdate(input: WorkflowStartUpdateInput, next: Next<WorkflowClientInterceptor, 'startUpdate'>): ReturnType<NonNullable<WorkflowClientInterceptor['startUpdate']>> {
    return withRequestId(input.workflowExecution.workflowId, () => next(input));
  }
}

/**
 * Tags every span started under a context whose baggage names a request: the client's
 * StartWorkflow spans and every activity's RunActivity span (whose parent context is the
 * one the activity's headers brought). Spans made inside workflows are tagged by
 * `tagWorkflowSpans` instead: they are started in the sandbox.
 */
export class RequestIdSpanProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const requestId = propagation.getBaggage(parentContext)?.getEntry(requestIdAttribute)?.value;
    if (requestId !== undefined) span.setAttribute(requestIdAttribute, requestId);
  }

  onEnd(_span: ReadableSpan): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** The workflow fields the workflow span exporter sink is called with that name a request. */
export interface WorkflowIds {
  workflowId: string;
  parent?: { workflowId: string } | undefined;
}

/**
 * The request a workflow's spans belong to: the request workflow itself, or the request
 * workflow that started it as a child (the `deliverEvent` delivery of one of its events).
 */
export function requestIdOfWorkflowSpans(info: WorkflowIds): string | undefined {
  return requestIdOfWorkflow(info.workflowId) ?? requestIdOfWorkflow(info.parent?.workflowId);
}

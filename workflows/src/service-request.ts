import type {
  ClassificationActivities,
  NotificationPayload,
  RecordActivities,
  RequestEvent,
  RequestEventType,
  ServiceRequestInput,
  ServiceRequestState,
} from '@caseflow/contracts';
import { resolveUpdate, searchAttributes, stateQuery, taskQueues } from '@caseflow/contracts';
import { InvalidTransition, type LifecycleAction, nextStatus } from '@caseflow/lifecycle';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import { handOffEvent } from './event-delivery';

const { classify } = proxyActivities<ClassificationActivities>({
  taskQueue: taskQueues.classification,
  startToCloseTimeout: '30 seconds',
  // No schedule-to-start limit: a request waits for a classification worker, however long it is down.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const { recordTransition } = proxyActivities<RecordActivities>({
  taskQueue: taskQueues.requests,
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' },
});

export const defaultAutoCloseAfter = '72 hours';

export interface ServiceRequestOptions {
  /** Quiet period after which a resolved request closes by itself (ms or a duration string). */
  autoCloseAfter?: string | number;
}

/**
 * One customer-service request, from `pending` to `closed`. Temporal holds the truth;
 * every transition is also appended to the read model and published to subscribers.
 */
export async function serviceRequest(input: ServiceRequestInput, options: ServiceRequestOptions = {}): Promise<ServiceRequestState> {
  const state: ServiceRequestState = {
    requestId: input.requestId,
    customerId: input.customerId,
    status: 'pending',
    seq: 0,
    classification: null,
    assignee: null,
    resolution: null,
    escalationLevel: 0,
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
    resolvedAt: null,
    closedAt: null,
  };
  const deliveries: Promise<void>[] = [];

  /** The one place where state changes: status, read model, search attributes and subscribers. */
  async function transition(
    type: RequestEventType,
    actor: string,
    change: { action?: LifecycleAction; data?: Record<string, unknown>; apply?: (s: ServiceRequestState) => void },
  ): Promise<void> {
    const at = new Date().toISOString();
    if (change.action !== undefined) state.status = nextStatus(state.status, change.action);
    change.apply?.(state);
    state.seq += 1;
    state.updatedAt = at;
    upsertSearchAttributes([
      { key: searchAttributes.status, value: state.status },
      { key: searchAttributes.category, value: state.classification?.category ?? null },
      { key: searchAttributes.queue, value: state.classification?.queue ?? null },
      { key: searchAttributes.priority, value: state.classification?.priority ?? null },
      { key: searchAttributes.assignee, value: state.assignee },
      { key: searchAttributes.escalationLevel, value: state.escalationLevel },
    ]);
    const event: RequestEvent = {
      id: `${input.requestId}.${state.seq}`,
      requestId: input.requestId,
      seq: state.seq,
      type,
      actor,
      at,
      data: change.data ?? {},
    };
    // The workflow sandbox has no structuredClone; the state is plain JSON by construction.
    const snapshot = JSON.parse(JSON.stringify(state)) as ServiceRequestState;
    await recordTransition({ event, state: snapshot, ...(event.seq === 1 ? { request: input } : {}) });
    deliveries.push(publish({ id: event.id, type, createdAt: at, data: { request: snapshot } }));
  }

  setHandler(stateQuery, () => state);

  setHandler(
    resolveUpdate,
    async ({ resolution, actor }) => {
      await transition('request.resolved', actor, {
        action: 'resolve',
        data: { resolution },
        apply: (s) => {
          s.resolution = resolution;
          s.resolvedAt = new Date().toISOString();
        },
      });
      return state;
    },
    {
      validator: ({ resolution, actor }) => {
        if (typeof resolution !== 'string' || resolution.trim() === '') {
          throw ApplicationFailure.create({ type: 'ValidationError', message: 'resolution must be a non-empty string', nonRetryable: true });
        }
        if (typeof actor !== 'string' || actor === '') {
          throw ApplicationFailure.create({ type: 'ValidationError', message: 'actor is required', nonRetryable: true });
        }
        rejectInvalidTransition('resolve');
      },
    },
  );

  function rejectInvalidTransition(action: LifecycleAction): void {
    try {
      nextStatus(state.status, action);
    } catch (error) {
      if (!(error instanceof InvalidTransition)) throw error;
      throw ApplicationFailure.create({
        type: 'InvalidTransition',
        message: error.message,
        details: [{ from: error.from, action: error.action }],
        nonRetryable: true,
      });
    }
  }

  await transition('request.created', 'system', { data: { type: input.type, channel: input.channel } });

  const classification = await classify({ requestId: input.requestId, subject: input.subject, body: input.body });
  await transition('request.classified', 'classifier', {
    action: 'classify',
    data: { ...classification },
    apply: (s) => {
      s.classification = classification;
    },
  });

  const autoCloseAfter = options.autoCloseAfter ?? defaultAutoCloseAfter;
  while (state.status !== 'closed') {
    await condition(() => state.status === 'resolved');
    const leftResolved = await condition(() => state.status !== 'resolved', autoCloseAfter);
    if (!leftResolved) {
      await transition('request.closed', 'system', {
        action: 'close',
        data: { reason: 'auto-closed after quiet period' },
        apply: (s) => {
          s.closedAt = new Date().toISOString();
        },
      });
    }
  }

  await condition(allHandlersFinished);
  await Promise.all(deliveries);
  return state;
}

/** Hands the event to the notification service's delivery workflow (event-delivery.ts); never waits for a receiver. */
async function publish(payload: NotificationPayload): Promise<void> {
  await handOffEvent(payload);
}

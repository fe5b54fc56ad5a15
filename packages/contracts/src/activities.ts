import type { Classification, RequestEvent, ServiceRequestInput, ServiceRequestState } from './domain';

/**
 * Activity contracts. Each service implements one interface and polls its own task queue;
 * the workflow proxies them by type, so `workflows/` never depends on a service.
 */
export const taskQueues = {
  requests: 'caseflow-requests',
  classification: 'caseflow-classification',
  notification: 'caseflow-notification',
} as const;

export interface ClassifyInput {
  requestId: string;
  subject: string;
  body: string;
}

export interface ClassificationActivities {
  classify(input: ClassifyInput): Promise<Classification>;
}

/** A webhook event as subscribers receive it (the body that is signed). */
export interface NotificationPayload {
  id: string;
  type: RequestEvent['type'];
  createdAt: string;
  data: { request: ServiceRequestState };
}

export interface DeliveryOutcome {
  target: string;
  statusCode: number;
}

export interface NotificationActivities {
  notify(payload: NotificationPayload): Promise<DeliveryOutcome[]>;
}

/** Appends an event and moves the read model to `state`, atomically and idempotently by (requestId, seq). */
export interface RecordTransitionInput {
  event: RequestEvent;
  state: ServiceRequestState;
  /** With the first event: the request itself, so the row exists even if intake's insert was lost. */
  request?: ServiceRequestInput;
}

export interface RecordActivities {
  recordTransition(input: RecordTransitionInput): Promise<void>;
}

/** The daily escalation digest: open SLA breaches per queue. */
export interface EscalationDigest {
  /** Stable per schedule run: receivers de-duplicate on it. */
  id: string;
  createdAt: string;
  queues: { queue: string; breached: number; oldestDueAt: string | null; highestLevel: number }[];
}

/** Sends the digest to the queues' people; on the notification task queue, next to `notify`. */
export interface DigestNotificationActivities {
  notifyDigest(digest: EscalationDigest): Promise<void>;
}

import type { AssignmentMode, LineEntry } from '@caseflow/assignment';
import type { ThreadMessage } from './conversation';
import type { Classification, DuplicateMatch, RequestEvent, ServiceRequestInput, ServiceRequestState } from './domain';

/**
 * Activity contracts. Each service implements one interface and polls its own task queue;
 * the workflow proxies them by type, so `workflows/` never depends on a service.
 */
export const taskQueues = {
  requests: 'caseflow-requests',
  classification: 'caseflow-classification',
  notification: 'caseflow-notification',
  /** The queues' lines and their activities: apart, so a line never waits behind the requests' own work. */
  assignment: 'caseflow-assignment',
} as const;

export interface ClassifyInput {
  requestId: string;
  subject: string;
  body: string;
  /** Set by workflows that look for duplicates: the customer and when the request came (the window counts back from it). */
  customerId?: string;
  createdAt?: string;
}

/** The classification, and the customer's open request this one nearly repeats, when the input named the customer. */
export interface ClassifyResult extends Classification {
  duplicate?: DuplicateMatch | null;
}

export interface ClassificationActivities {
  classify(input: ClassifyInput): Promise<ClassifyResult>;
}

/**
 * The event types subscribers can ask for (`["*"]` means all of them). The lifecycle
 * publishes them; the notification service delivers whatever it is given.
 */
export const webhookEventTypes = [
  'request.created',
  'request.classified',
  'request.assigned',
  'request.unassigned',
  'request.status_changed',
  'request.commented',
  'request.replied',
  'request.message_received',
  'request.note_added',
  'request.escalated',
  'request.sla_warning',
  'request.resolved',
  'request.reopened',
  'request.closed',
  'request.feedback',
  'request.duplicate_detected',
  'request.merged',
  'request.merged_in',
  // Not about one request: many customers asking the same thing (IncidentNotice).
  'incident.detected',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Version of the webhook body below, sent as `X-Caseflow-Webhook-Version`; a breaking change bumps it. */
export const webhookPayloadVersion = '1';

/** A webhook event as subscribers receive it (the body that is signed). */
export interface NotificationPayload {
  id: string;
  type: RequestEvent['type'];
  /** Who did it; absent in notices held by histories recorded before actors were sent. */
  actor?: RequestEvent['actor'];
  createdAt: string;
  /** `message` on the conversation's events (replies, customer messages, notes). */
  data: { request: ServiceRequestState; message?: ThreadMessage };
}

/**
 * Event delivery is a workflow of its own on the notification task queue, started by the
 * request workflow as an abandoned child (`event-<event id>`), so a receiver that is down
 * for hours costs the request nothing and a repeated start is a no-op.
 */
export const deliverEventWorkflowType = 'deliverEvent';
export const replayDeliveryWorkflowType = 'replayDelivery';

export function eventDeliveryWorkflowId(eventId: string): string {
  return `event-${eventId}`;
}

export function deliveryReplayWorkflowId(deliveryId: string): string {
  return `delivery-replay-${deliveryId}`;
}

/**
 * A bounce of caseflow's own mail, found by mail-intake, is handed to the notification
 * service (which owns the delivery log) as a workflow of its own, keyed by the report, so a
 * report received twice marks once and mail-intake never writes the log itself.
 */
export const recordEmailBounceWorkflowType = 'recordEmailBounce';

export function emailBounceWorkflowId(reportKey: string): string {
  return `email-bounce-${reportKey}`;
}

export interface EmailBounce {
  /** Message-IDs of caseflow's mail that the report says did not arrive. */
  messageIds: string[];
  /** `bounced: <Status> <Diagnostic-Code>`. */
  reason: string;
}

/** How hard the notification service tries: its configuration, handed to the delivery workflow. */
export interface DeliveryPolicy {
  attemptTimeoutMs: number;
  initialRetryMs: number;
  maxRetryMs: number;
  /** After this long without success a delivery is dead (default 24 h). */
  budgetMs: number;
  emailEnabled: boolean;
}

export interface PlannedWebhookDelivery {
  deliveryId: string;
  subscriptionId: string;
}

export interface DeliveryPlan {
  deliveries: PlannedWebhookDelivery[];
  policy: DeliveryPolicy;
}

export type WebhookDeliveryResult = 'delivered' | 'already_delivered' | 'subscription_deleted';

export interface EmailOutcome {
  sent: number;
  skipped: number;
}

export interface NotificationActivities {
  /** Lists the active subscriptions for the event's type and records a pending delivery for each. */
  planDeliveries(payload: NotificationPayload): Promise<DeliveryPlan>;
  /** One signed POST; throws so that Temporal's retry policy decides about the next attempt. */
  deliverWebhook(input: { deliveryId: string }): Promise<WebhookDeliveryResult>;
  markDeliveryDead(input: { deliveryId: string; reason: string }): Promise<void>;
  /** Puts a dead or failed delivery back to pending; null when it cannot be replayed. */
  prepareReplay(input: { deliveryId: string }): Promise<DeliveryPolicy | null>;
  /** Tells the administrators (e-mail, log) that a subscription was disabled for failing. */
  announceSubscriptionDisabled(input: { subscriptionId: string }): Promise<void>;
  sendEmail(payload: NotificationPayload): Promise<EmailOutcome>;
  /** Marks the deliveries of bounced mail failed with the report's reason; returns how many it marked. */
  markEmailBounced(bounce: EmailBounce): Promise<number>;
}

/** Appends an event and moves the read model to `state`, atomically and idempotently by (requestId, seq). */
export interface RecordTransitionInput {
  event: RequestEvent;
  state: ServiceRequestState;
  /** With the first event: the request itself, so the row exists even if intake's insert was lost. */
  request?: ServiceRequestInput;
  /** A conversation event's message: written to the thread in the same transaction, once. */
  message?: ThreadMessage;
  /**
   * The event is to be notified (webhooks, e-mail): queued in the outbox in the same
   * transaction, as a NotificationPayload built from this input, due at `deliverAfter`
   * (now, or a held notice's business-hours opening). Absent in histories from before the
   * outbox, whose runs hand events to a `deliverEvent` child instead.
   */
  notify?: { deliverAfter: string };
  /**
   * The queue the request now waits in, unassigned: the answer says that queue's assignment
   * mode, so the workflow offers it to the queue's line only when the queue assigns
   * automatically (a manual queue's line would do nothing with it).
   */
  lineQueue?: string;
  /**
   * The request as the `lineQueue`'s line would see it: with it, a queue that assigns by
   * least load or skills and has nobody else waiting assigns the request in the record's own
   * transaction (`claimed`). Absent in histories from before, whose requests all went to the line.
   */
  lineEntry?: LineEntry;
}

/** What a record tells the workflow back; nothing in histories from before the answer. */
export interface RecordedTransition {
  /** The mode of the `lineQueue` asked about, as it was just after the record. */
  lineMode?: AssignmentMode;
  /** The agent the request was assigned to on arrival: the workflow records `request.assigned` next. */
  claimed?: { agentId: string; agentName: string };
}

export interface RecordActivities {
  recordTransition(input: RecordTransitionInput): Promise<RecordedTransition | undefined>;
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

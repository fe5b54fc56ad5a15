import type { RequestStatus } from '@caseflow/lifecycle';
import type { SlaState } from '@caseflow/sla';

export const requestTypes = ['inquiry', 'complaint', 'feedback', 'other'] as const;
export type RequestType = (typeof requestTypes)[number];

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export interface ScoredLabel {
  label: string;
  confidence: number;
}

/** Where the classifier sends a request; `queue` is the triage queue when confidence is low. */
export interface Classification {
  category: string;
  queue: string;
  priority: Priority;
  confidence: number;
  modelVersion: string;
  alternatives: ScoredLabel[];
}

/** What the workflow is started with: everything it needs without reading the database. */
export interface ServiceRequestInput {
  requestId: string;
  customerId: string;
  subject: string;
  body: string;
  type: RequestType;
  channel: string;
  metadata: Record<string, unknown>;
  idempotencyKey: string | null;
  requestHash: string;
  createdAt: string;
}

/** The lifecycle state a request workflow holds and answers its state Query with. */
export interface ServiceRequestState {
  requestId: string;
  customerId: string;
  status: RequestStatus;
  /** Number of lifecycle events so far; the last event's seq. */
  seq: number;
  classification: Classification | null;
  assignee: string | null;
  resolution: string | null;
  escalationLevel: number;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  /** SLA clocks and the policy terms in force (targets in business time). */
  sla: SlaState;
  /** The earliest due time of a running SLA clock; in the past when overdue. */
  slaDueAt: string | null;
  slaBreached: boolean;
  /** First response = the first public (non-internal) comment, or the resolution if it comes first. */
  firstRespondedAt: string | null;
  waitingReason: string | null;
  feedback: CustomerFeedback | null;
}

/** Customer satisfaction (CSAT) for a resolved or closed request. */
export interface CustomerFeedback {
  score: number;
  comment: string | null;
  at: string;
}

export const requestEventTypes = [
  'request.created',
  'request.classified',
  'request.resolved',
  'request.closed',
  'request.assigned',
  /** start, wait and resume: data {from, to, reason?} */
  'request.status_changed',
  /** A public comment recorded before replies existed (workflows from before the conversation patch). */
  'request.commented',
  /** An internal note: data {message}; only to subscriptions with includeInternal. */
  'request.note_added',
  /** A public agent reply, e-mailed to the customer: data {message}. */
  'request.replied',
  /** A customer's message (API or e-mail): data {message}. */
  'request.message_received',
  'request.escalated',
  'request.sla_warning',
  'request.reopened',
  'request.feedback',
  'request.reclassified',
  'request.priority_changed',
  /** SLA due times recomputed after a policy change reached a request in flight. */
  'request.sla_updated',
] as const;
export type RequestEventType = (typeof requestEventTypes)[number];

/** One lifecycle event: appended to the read model and published to subscribers. */
export interface RequestEvent {
  /** Stable across retries: receivers de-duplicate on it. */
  id: string;
  requestId: string;
  seq: number;
  type: RequestEventType;
  actor: string;
  at: string;
  data: Record<string, unknown>;
}

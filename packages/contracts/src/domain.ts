import type { RequestLanguage } from '@caseflow/classifier/language';
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
  /** The credential the Idempotency-Key belongs to; absent in workflows started before keys were scoped. */
  idempotencyOwner?: string | null;
  requestHash: string;
  createdAt: string;
  /** The language intake recorded (`requests.language`); absent in workflows started before it was recorded. */
  language?: RequestLanguage;
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
  /** An open request of the same customer this one nearly repeats (duplicates.ts); absent in histories from before detection. */
  duplicateOf?: DuplicateMatch | null;
  /** The request this one was merged into, and when; absent in histories from before merge. */
  merged?: { into: string; at: string } | null;
}

/** An earlier open request of the same customer whose words this one nearly repeats (cosine of TF-IDF vectors). */
export interface DuplicateMatch {
  requestId: string;
  similarity: number;
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
  /** data {agent: {id, name}, reason: 'manual' | 'away'}: the request is back in its queue's line. */
  'request.unassigned',
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
  /** An operator confirmed the classifier's (or a person's) category: data {category, queue}. */
  'request.category_confirmed',
  'request.priority_changed',
  /** SLA due times recomputed after a policy change reached a request in flight. */
  'request.sla_updated',
  /** data {duplicateOf, similarity}: an open request of the same customer says nearly the same. */
  'request.duplicate_detected',
  /** data {into}: folded into another request; terminal (status merged). */
  'request.merged',
  /** On the target: data {from}, a request merged into this one; its messages join this thread. */
  'request.merged_in',
] as const;
export type RequestEventType = (typeof requestEventTypes)[number];

/**
 * Who did something: a signed-in agent, an API key (services and scripts), or caseflow
 * itself (timers, classification). Names are copied at the time of the action, so an
 * event keeps saying who did it after a rename.
 */
export type Actor =
  | { kind: 'agent'; id: string; name: string }
  | { kind: 'api_key'; id: string; name: string }
  | { kind: 'system' }
  /** A customer, by their message (API or e-mail): it may resume or reopen their request. */
  | { kind: 'customer'; id: string };

export const systemActor: Actor = { kind: 'system' };

/**
 * An actor as older histories and rows wrote it: `system`, `classifier`, `sla` (caseflow
 * itself) or `key:<name>` (an API key, by name only: its id was not recorded).
 */
export function actorFrom(value: Actor | string): Actor {
  if (typeof value !== 'string') return value;
  if (value === 'system' || value === 'classifier' || value === 'sla') return systemActor;
  return { kind: 'api_key', id: 'unknown', name: value.startsWith('key:') ? value.slice(4) : value };
}

/** One lifecycle event: appended to the read model and published to subscribers. */
export interface RequestEvent {
  /** Stable across retries: receivers de-duplicate on it. */
  id: string;
  requestId: string;
  seq: number;
  type: RequestEventType;
  actor: Actor;
  at: string;
  data: Record<string, unknown>;
}

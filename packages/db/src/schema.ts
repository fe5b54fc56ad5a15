import type { RequestLanguage } from '@caseflow/classifier/language';

export type { RequestLanguage };
import type { BusinessCalendar, SlaClock } from '@caseflow/sla';
import type { ColumnType, Generated, GeneratedAlways, Insertable, JSONColumnType, Selectable } from 'kysely';

/** Timestamps are written as Date or ISO strings and always read back as Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface CustomersTable {
  id: string;
  external_id: string | null;
  name: string | null;
  email: string | null;
  /** The credential (API key id) that created the customer; null before migration 2026-11-30-0110. */
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  /** Set when an erasure began: no new request may name the customer (migration 2026-12-01-1100-erasure). */
  erasure_started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Set when the read model held nothing of the customer any more. */
  erased_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface RequestsTable {
  id: string;
  customer_id: string;
  subject: string;
  body: string;
  type: string;
  channel: string;
  metadata: JSONColumnType<Record<string, unknown>>;
  status: string;
  category: string | null;
  queue: string | null;
  priority: string | null;
  confidence: number | null;
  model_version: string | null;
  alternatives: ColumnType<{ label: string; confidence: number }[] | null, string | null | undefined, string | null>;
  assignee: string | null;
  resolution: string | null;
  escalation_level: Generated<number>;
  sla_due_at: Timestamp | null;
  sla_breached: Generated<boolean>;
  idempotency_key: string | null;
  /** The credential the Idempotency-Key belongs to; null for rows accepted before keys were scoped. */
  idempotency_owner: string | null;
  /** sha256 of the accepted body, to tell a retry from a reused Idempotency-Key. */
  request_hash: string;
  workflow_id: string;
  /** seq of the last event applied; a late retry of an older event never overwrites newer state. */
  last_seq: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  classified_at: Timestamp | null;
  resolved_at: Timestamp | null;
  closed_at: Timestamp | null;
  /** SLA and CSAT columns (migration 2026-11-25-0100-lifecycle-and-sla), written by recordTransition. */
  /** The earliest SLA warning or breach the workflow has yet to act on: what the escalation sweep looks at. */
  sla_next_check_at: Timestamp | null;
  sla_policy_id: string | null;
  sla_policy_version: number | null;
  first_responded_at: Timestamp | null;
  csat_score: number | null;
  csat_comment: string | null;
  /** Analytics facts (migration 2026-11-25-0450-analytics-durations, queries/analytics-facts.ts). */
  first_response_business_seconds: number | null;
  resolution_business_seconds: number | null;
  model_category: string | null;
  model_queue: string | null;
  model_confidence: number | null;
  reclassified: Generated<boolean>;
  first_response_escalated: Generated<boolean>;
  resolution_escalated: Generated<boolean>;
  /** Migration 2026-12-02-1100-next-reply. */
  next_reply_escalated: Generated<boolean>;
  /** An operator confirmed the category (`request.category_confirmed`, migration 2026-12-03-1010-category-confirmed). */
  category_confirmed: Generated<boolean>;
  /** Wall-clock seconds to first response and resolution, computed by PostgreSQL (migration 2026-11-25-0500-wall-clock-seconds). */
  first_response_seconds: GeneratedAlways<number | null>;
  resolution_seconds: GeneratedAlways<number | null>;
  /** Texts blanked by an erasure (customer or retention); the row stays for the counts. */
  erased_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The SLA clocks as last recorded (migration 2026-12-01-1020-sla-clocks); null before. */
  sla_clocks: ColumnType<SlaClocks | null, string | null | undefined, string | null>;
  /** Decided once from the request's words by @caseflow/classifier's detector (migration 2026-12-03-1000-request-language). */
  language: RequestLanguage;
  /** Migration 2026-12-04-1000-duplicates-and-merge: the open request this one nearly repeats, and the one it was merged into. */
  duplicate_of: ColumnType<string | null, string | null | undefined, string | null>;
  duplicate_similarity: ColumnType<number | null, number | null | undefined, number | null>;
  merged_into: ColumnType<string | null, string | null | undefined, string | null>;
  merged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** The SLA clocks of a request and the calendar they count in (@caseflow/sla). */
export interface SlaClocks {
  firstResponse: SlaClock;
  resolution: SlaClock;
  /** Null until a customer's message awaits a reply; absent in rows recorded before the clock existed. */
  nextReply?: SlaClock | null;
  calendar: BusinessCalendar | null;
}

/** Who did something, as @caseflow/contracts' Actor (repeated here: the db package stands alone). */
export type EventActor = { kind: 'agent' | 'api_key'; id: string; name: string } | { kind: 'system' } | { kind: 'customer'; id: string };

export interface RequestEventsTable {
  request_id: string;
  seq: number;
  event_id: string;
  type: string;
  /** {kind: 'agent'|'api_key', id, name} or {kind: 'system'} (migration 2026-11-30-1010-event-actor). */
  actor: JSONColumnType<EventActor>;
  at: Timestamp;
  data: JSONColumnType<Record<string, unknown>>;
  /** Global order of every event, the stream's SSE id (migration 2026-12-01-1000-event-stream). */
  id: Generated<number>;
  /** The request as this event left it (null on events recorded before that migration). */
  status: string | null;
  queue: string | null;
  assignee: string | null;
}

/** A canned response (migration 2026-12-01-1010-macros). */
export interface MacrosTable {
  id: string;
  name: string;
  body: string;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export type MacroRow = Selectable<MacrosTable>;

/** One attempt to deliver one webhook (status code, latency, error): the delivery log. */
export interface WebhookDeliveryAttemptsTable {
  id: Generated<number>;
  delivery_id: string | null;
  event_id: string;
  event_type: string;
  request_id: string | null;
  target: string;
  attempt: number;
  outcome: 'delivered' | 'failed';
  status_code: number | null;
  error: string | null;
  latency_ms: number;
  created_at: CreatedAt;
}

export type WebhookDeliveryStatus = 'pending' | 'failed' | 'delivered' | 'dead';

/** One event for one subscription: retried until delivered or dead, and replayable. */
export interface WebhookDeliveriesTable {
  id: Generated<string>;
  subscription_id: string;
  event_id: string;
  event_type: string;
  request_id: string | null;
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: Generated<number>;
  replays: Generated<number>;
  last_status_code: number | null;
  last_error: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  delivered_at: Timestamp | null;
  dead_at: Timestamp | null;
  /** Due time of the notification service's next attempt; null when final or driven by a workflow. */
  next_attempt_at: Timestamp | null;
  lease_until: Timestamp | null;
  budget_from: Timestamp | null;
}

/** An event to notify, written with the event row (migration 2026-12-04-2000-event-outbox). */
export interface EventOutboxTable {
  id: Generated<string>;
  event_id: string;
  request_id: string;
  event_type: string;
  /** The NotificationPayload as JSON, customers' words sealed as the workflow carried them. */
  payload: string;
  deliver_after: Timestamp;
  /** W3C trace headers (JSON) of the span that queued it; null with tracing off. */
  trace_context: string | null;
  created_at: CreatedAt;
  planned_at: Timestamp | null;
  lease_until: Timestamp | null;
  email_next_at: Timestamp | null;
  email_attempts: Generated<number>;
  email_status: 'pending' | 'sent' | 'failed' | 'off' | null;
}

export interface WebhookSubscriptionsTable {
  id: string;
  url: string;
  events: ColumnType<string[], string[], string[]>;
  description: string | null;
  active: Generated<boolean>;
  /** Sealed with the codec's key ring (base64 of IV, ciphertext and tag); clear only when `secret_key_id` is null. */
  secret: string;
  /** The key ring id `secret` is sealed under; null: stored in clear (no CODEC_KEYS). */
  secret_key_id: ColumnType<string | null, string | null | undefined, string | null>;
  previous_secret: string | null;
  previous_secret_key_id: ColumnType<string | null, string | null | undefined, string | null>;
  previous_secret_expires_at: Timestamp | null;
  /** Set by the first failure after a success; a subscription failing long enough is disabled. */
  failing_since: Timestamp | null;
  disabled_at: Timestamp | null;
  disabled_reason: string | null;
  /** Receives internal events (notes) too: an admin's choice per subscription. */
  include_internal: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface EmailDeliveriesTable {
  id: Generated<number>;
  event_id: string;
  event_type: string;
  request_id: string | null;
  recipient: string;
  audience: string;
  language: string;
  subject: string;
  status: 'sent' | 'failed';
  attempts: Generated<number>;
  message_id: string | null;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  /** When a delivery report said the mail did not arrive after all (migration 2026-12-02-1000-email-bounces). */
  bounced_at: Timestamp | null;
}

export type ModelStatus = 'candidate' | 'active' | 'retired';

export interface ModelsTable {
  version: string;
  status: ModelStatus;
  metrics: JSONColumnType<Record<string, unknown>>;
  training_fingerprint: string;
  /** The serialized model artefact, byte-for-byte as the classifier wrote it. */
  artifact: string;
  created_at: CreatedAt;
  promoted_at: Timestamp | null;
}

export type RetrainDecision = 'promoted' | 'refused' | 'failed';

/** One run of the retraining Schedule, promoted, refused or failed (migration 2026-12-04-3000-model-retrain-runs). */
export interface ModelRetrainRunsTable {
  run_id: string;
  decision: RetrainDecision;
  reason: string;
  candidate_version: string | null;
  active_version: string | null;
  corrections_used: number;
  corrections_held_out: number;
  /** Accuracy a language may lose under the gate, as configured for this run. */
  margin: number | null;
  candidate_figures: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  active_figures: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  finished_at: CreatedAt;
}

/** Many customers asking the same thing within a window (migration 2026-12-05-1000-incidents); the detector writes it. */
export interface IncidentsTable {
  id: Generated<string>;
  /** The group's earliest request: the key that makes a repeated detection create nothing. */
  first_request_id: string;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  detected_at: CreatedAt;
  closed_at: Timestamp | null;
  customers_at_detection: number;
  requests_at_detection: number;
}

/** Which incident a request counts in; one at most. */
export interface IncidentRequestsTable {
  request_id: string;
  incident_id: string;
  added_at: CreatedAt;
}

export const escalationActions = ['notify', 'raise_priority', 'escalation_queue'] as const;

export interface SlaPoliciesTable {
  id: Generated<string>;
  name: string;
  priority: string;
  category: string | null;
  first_response_minutes: number;
  resolution_minutes: number;
  /** Migration 2026-12-02-1100-next-reply; null: no next-reply target. */
  next_reply_minutes: ColumnType<number | null, number | null | undefined, number | null>;
  warn_fraction: number | null;
  escalation_action: (typeof escalationActions)[number];
  escalation_queue: string | null;
  round_the_clock: boolean;
  calendar: JSONColumnType<{ timeZone: string; workingDays: number[]; openTime: string; closeTime: string; holidays: string[] }>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export const agentRoles = ['agent', 'lead', 'admin'] as const;
export type AgentRole = (typeof agentRoles)[number];
export const agentAvailabilities = ['available', 'away', 'offline'] as const;
export type AgentAvailability = (typeof agentAvailabilities)[number];

/** People who sign in and work requests (migration 2026-11-30-1000-agents). */
export interface AgentsTable {
  id: Generated<string>;
  name: string;
  /** Unique case-insensitively (index on lower(email)); kept as typed. */
  email: string;
  role: AgentRole;
  /** ISO 639-1 codes. */
  languages: ColumnType<string[], string[] | undefined, string[]>;
  /** Open requests at once. */
  capacity: Generated<number>;
  availability: ColumnType<AgentAvailability, AgentAvailability | undefined, AgentAvailability>;
  availability_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
  disabled_at: Timestamp | null;
  /** argon2id (PHC string); null until the invitation is accepted. */
  password_hash: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The queues an agent serves, with a skill level 1..5. */
export interface AgentQueuesTable {
  agent_id: string;
  queue: string;
  level: Generated<number>;
}

/** Server-side sessions: the cookie carries a random id, the table its sha256. */
export interface AgentSessionsTable {
  id_hash: string;
  agent_id: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

/** One-time set-password tokens (invitation or reset), stored as sha256. */
export interface AgentInvitationsTable {
  token_hash: string;
  agent_id: string;
  purpose: 'invite' | 'reset';
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** Consecutive failed sign-ins per lower-cased e-mail, known or not. */
export interface LoginThrottleTable {
  email: string;
  failures: Generated<number>;
  locked_until: Timestamp | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export const queueAssignmentModes = ['manual', 'round_robin', 'least_loaded', 'skills'] as const;
export type QueueAssignmentMode = (typeof queueAssignmentModes)[number];

/** Each queue's assignment mode (migration 2026-11-30-1100-assignment); no row means manual. */
export interface QueueAssignmentTable {
  queue: string;
  mode: QueueAssignmentMode;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface Database {
  queue_assignment: QueueAssignmentTable;
  agents: AgentsTable;
  agent_queues: AgentQueuesTable;
  agent_sessions: AgentSessionsTable;
  agent_invitations: AgentInvitationsTable;
  login_throttle: LoginThrottleTable;
  customers: CustomersTable;
  requests: RequestsTable;
  request_events: RequestEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  event_outbox: EventOutboxTable;
  models: ModelsTable;
  model_retrain_runs: ModelRetrainRunsTable;
  incidents: IncidentsTable;
  incident_requests: IncidentRequestsTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
  email_deliveries: EmailDeliveriesTable;
  api_keys: ApiKeysTable;
  server_secrets: ServerSecretsTable;
  sla_policies: SlaPoliciesTable;
  messages: MessagesTable;
  inbound_emails: InboundEmailsTable;
  attachments: AttachmentsTable;
  macros: MacrosTable;
  erasures: ErasuresTable;
  customer_keys: CustomerKeysTable;
}

/** A customer's data key, wrapped by the codec key ring (migration 2026-12-01-1110-customer-keys). */
export interface CustomerKeysTable {
  customer_id: string;
  wrapped_key: string;
  key_id: string | null;
  created_at: CreatedAt;
}

/** One erasure, recorded without personal data (migration 2026-12-01-1100-erasure). */
export interface ErasuresTable {
  id: Generated<string>;
  event: 'customer.erased' | 'request.erased';
  customer_id: string | null;
  request_id: string | null;
  actor: JSONColumnType<EventActor>;
  counts: JSONColumnType<Record<string, number>>;
  at: CreatedAt;
}

/** Secrets the server generates for itself (migration 2026-11-30-0100): `idempotency` derives request ids. */
export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: CreatedAt;
}

export type RequestRow = Selectable<RequestsTable>;
export type NewRequestRow = Insertable<RequestsTable>;
export type RequestEventRow = Selectable<RequestEventsTable>;
export type ModelRow = Selectable<ModelsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type EventOutboxRow = Selectable<EventOutboxTable>;
export type WebhookDeliveryAttemptRow = Selectable<WebhookDeliveryAttemptsTable>;
export type WebhookSubscriptionRow = Selectable<WebhookSubscriptionsTable>;
export type EmailDeliveryRow = Selectable<EmailDeliveriesTable>;

export interface ApiKeysTable {
  id: string;
  name: string;
  /** The first characters of the key, shown in lists so people can tell keys apart. */
  prefix: string;
  key_hash: string;
  scopes: string[];
  created_at: CreatedAt;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export type ApiKeyRow = Selectable<ApiKeysTable>;
export type CustomerRow = Selectable<CustomersTable>;
export type AgentRow = Selectable<AgentsTable>;
export type SlaPolicyRow = Selectable<SlaPoliciesTable>;

/** One message of a request's thread (migration 2026-11-30-2000-conversations). */
export interface MessagesTable {
  id: string;
  request_id: string;
  direction: string;
  visibility: string;
  author: JSONColumnType<{ kind: string; id?: string; name?: string }>;
  body: string;
  html: string | null;
  attachments: JSONColumnType<{ filename: string; contentType: string; size: number; sha256: string }[]>;
  channel: string;
  external_id: string | null;
  event_seq: number | null;
  at: Timestamp;
}

export type MessageRow = Selectable<MessagesTable>;

/** A raw inbound mail (migration 2026-11-30-2010-inbound-mail), keyed by Message-ID or sha256. */
export interface InboundEmailsTable {
  key: string;
  sha256: string;
  raw: Buffer;
  from_address: string | null;
  outcome: Generated<string>;
  reason: string | null;
  request_id: string | null;
  received_at: Generated<Date>;
  recorded_at: Timestamp | null;
}

export interface AttachmentsTable {
  sha256: string;
  bytes: Buffer;
  size: number;
  content_type: string;
  created_at: Generated<Date>;
}

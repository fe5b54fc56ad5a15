import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable } from 'kysely';

/** Timestamps are written as Date or ISO strings and always read back as Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface CustomersTable {
  id: string;
  external_id: string | null;
  name: string | null;
  email: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
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
}

export interface RequestEventsTable {
  request_id: string;
  seq: number;
  event_id: string;
  type: string;
  actor: string;
  at: Timestamp;
  data: JSONColumnType<Record<string, unknown>>;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
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

export interface Database {
  customers: CustomersTable;
  requests: RequestsTable;
  request_events: RequestEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  models: ModelsTable;
  api_keys: ApiKeysTable;
}

export type RequestRow = Selectable<RequestsTable>;
export type NewRequestRow = Insertable<RequestsTable>;
export type RequestEventRow = Selectable<RequestEventsTable>;
export type ModelRow = Selectable<ModelsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;

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

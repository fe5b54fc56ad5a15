import { createHash, randomUUID } from 'node:crypto';
import { requestWorkflowId, type RequestType, serviceRequestStart, serviceRequestWorkflowType, type ServiceRequestInput } from '@caseflow/contracts';
import { createRequest, type CustomerProfile, type Db, deleteUnstartedRequest, type RequestRow } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ApiError } from './errors';
import type { IntakeMetrics } from './metrics';

/** The customer a request belongs to: an id, or a profile upserted by its externalId. */
export type CustomerRef = { customerId: string } | { customer: CustomerProfile };

export type NewServiceRequest = CustomerRef & {
  subject: string;
  body: string;
  type: RequestType;
  channel: string;
  metadata: Record<string, unknown>;
};

export interface IntakeDeps {
  db: Db;
  temporal: Client;
  autoCloseAfterSeconds: number;
  metrics?: IntakeMetrics;
}

/**
 * With an Idempotency-Key the request id is derived from the key, so every retry, even
 * one racing the first attempt, names the same row and the same workflow id.
 */
export function requestIdFor(idempotencyKey: string | undefined): string {
  if (idempotencyKey === undefined) return randomUUID();
  const hex = createHash('sha256').update(`caseflow.idempotency.${idempotencyKey}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function fingerprint(request: NewServiceRequest): string {
  // A customerId stays a bare string, so fingerprints of requests accepted before profiles existed still match.
  const customer = 'customerId' in request ? request.customerId : sortKeys(request.customer);
  const canonical = JSON.stringify([customer, request.subject, request.body, request.type, request.channel, sortKeys(request.metadata)]);
  return createHash('sha256').update(canonical).digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/**
 * Accepts a request: stores it, then starts its workflow. A repeated start of the same
 * workflow id returns the running one (USE_EXISTING), so retries never make a second.
 */
export async function submitRequest(deps: IntakeDeps, request: NewServiceRequest, idempotencyKey: string | undefined): Promise<RequestRow> {
  const id = requestIdFor(idempotencyKey);
  const workflowId = requestWorkflowId(id);
  const now = new Date().toISOString();
  const requestHash = fingerprint(request);
  const created = await createRequest(deps.db, {
    id,
    // Replaced by the upserted customer's id when the request carries a profile.
    customer_id: 'customerId' in request ? request.customerId : '',
    subject: request.subject,
    body: request.body,
    type: request.type,
    channel: request.channel,
    metadata: JSON.stringify(request.metadata),
    status: 'pending',
    idempotency_key: idempotencyKey ?? null,
    request_hash: requestHash,
    workflow_id: workflowId,
    created_at: now,
    updated_at: now,
  }, 'customer' in request ? request.customer : undefined);
  if (created.outcome === 'key_reused') {
    throw new ApiError(422, 'idempotency_key_reused', 'this Idempotency-Key was already used for a different request', {
      requestId: created.request.id,
    });
  }
  const row = created.request;
  const input: ServiceRequestInput = {
    requestId: row.id,
    customerId: row.customer_id,
    subject: row.subject,
    body: row.body,
    type: row.type as RequestType,
    channel: row.channel,
    metadata: row.metadata,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    createdAt: row.created_at.toISOString(),
  };
  try {
    await deps.temporal.workflow.start(serviceRequestWorkflowType, serviceRequestStart(input, { autoCloseAfter: deps.autoCloseAfterSeconds * 1000 }));
  } catch (error) {
    // A finished workflow for this id means the request was accepted long ago: a retry, not a failure.
    if (error instanceof WorkflowExecutionAlreadyStartedError) return row;
    deps.metrics?.temporalErrors.inc({ operation: 'start_workflow' });
    if (created.outcome === 'created') await deleteUnstartedRequest(deps.db, row.id).catch(() => undefined);
    throw new ApiError(503, 'temporarily_unavailable', 'the request could not be started; retry with the same Idempotency-Key', null, {
      cause: error,
    });
  }
  if (created.outcome === 'created') deps.metrics?.requestsCreated.inc({ channel: row.channel, type: row.type });
  return row;
}

import { createHash, createHmac, randomUUID } from 'node:crypto';
import { requestWorkflowId, type RequestType, serviceRequestStart, serviceRequestWorkflowType, type ServiceRequestInput } from '@caseflow/contracts';
import { requestLanguage } from '@caseflow/classifier/language';
import { sealRequestInput } from '@caseflow/conversations';
import { createRequest, CustomerErased, customerErasureStarted, type CustomerChangeGuard, type CustomerVault, type CustomerProfile, type Db, deleteUnstartedRequest, type RequestRow } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { terminateWorkflows } from '@caseflow/temporal';
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
  /** Seals the customer's words before they enter Temporal (crypto-shredding). */
  vault: CustomerVault;
  /** server_secrets.idempotency: what request ids are derived from. */
  idempotencySecret: string;
  temporal: Client;
  autoCloseAfterSeconds: number;
  metrics?: IntakeMetrics;
}

/** Who is posting: the credential its Idempotency-Key belongs to, and what it may do to customers. */
export interface Caller {
  /** The calling credential's id (the API key's id). */
  credentialId: string;
  /** Refuses customer changes the caller may not make (customer-access.ts). */
  customerGuard: CustomerChangeGuard;
}

/**
 * With an Idempotency-Key the request id is derived from the key, so every retry, even
 * one racing the first attempt, names the same row and the same workflow id. It is an
 * HMAC under a secret the server generated for itself (`server_secrets.idempotency`,
 * kept in PostgreSQL so every intake replica derives the same id without configuration)
 * over the calling credential's id and the key: another caller cannot predict the id
 * from a key it has seen, and the same key from two credentials names two requests. The
 * key's own hash would do as HMAC key too, but a caller that is not an API key (a
 * session) has none, and the server secret serves every kind of caller alike.
 */
export function requestIdFor(secret: string, credentialId: string, idempotencyKey: string | undefined): string {
  if (idempotencyKey === undefined) return randomUUID();
  const hex = createHmac('sha256', secret).update(`caseflow.idempotency.v2\n${credentialId}\n${idempotencyKey}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  // Version 8: RFC 9562's layout for ids derived by a scheme of one's own.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
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

/** Why a workflow ended by erasure, as its history shows it: no personal data. */
export const erasureTermination = 'customer erased';
const erasedCustomer = () => new ApiError(409, 'customer_erased', 'the customer was erased: no new request may name them');

/**
 * Accepts a request: stores it, then starts its workflow. A repeated start of the same
 * workflow id returns the running one (USE_EXISTING), so retries never make a second.
 */
export async function submitRequest(deps: IntakeDeps, caller: Caller, request: NewServiceRequest, idempotencyKey: string | undefined): Promise<RequestRow> {
  const id = requestIdFor(deps.idempotencySecret, caller.credentialId, idempotencyKey);
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
    language: requestLanguage(request),
    status: 'pending',
    idempotency_key: idempotencyKey ?? null,
    idempotency_owner: idempotencyKey === undefined ? null : caller.credentialId,
    request_hash: requestHash,
    workflow_id: workflowId,
    created_at: now,
    updated_at: now,
  }, 'customer' in request ? request.customer : undefined, { createdBy: caller.credentialId, guard: caller.customerGuard }).catch((error: unknown) =>
    Promise.reject(error instanceof CustomerErased ? erasedCustomer() : error),
  );
  if (created.outcome === 'key_reused') {
    // The request named is the caller's own: keys are per credential.
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
    idempotencyOwner: row.idempotency_owner,
    requestHash: row.request_hash,
    createdAt: row.created_at.toISOString(),
    language: row.language,
  };
  try {
    await deps.temporal.workflow.start(serviceRequestWorkflowType, serviceRequestStart(await sealRequestInput(deps.vault, input), { autoCloseAfter: deps.autoCloseAfterSeconds * 1000 }));
  } catch (error) {
    // A finished workflow for this id means the request was accepted long ago: a retry, not a failure.
    if (error instanceof WorkflowExecutionAlreadyStartedError) return row;
    deps.metrics?.temporalErrors.inc({ operation: 'start_workflow' });
    if (created.outcome === 'created') await deleteUnstartedRequest(deps.db, row.id).catch(() => undefined);
    throw new ApiError(503, 'temporarily_unavailable', 'the request could not be started; retry with the same Idempotency-Key', null, {
      cause: error,
    });
  }
  if (await customerErasureStarted(deps.db, row.customer_id)) {
    // The customer's erasure began while this workflow was being started, perhaps after it
    // looked for their workflows: this one must not outlive it.
    await terminateWorkflows(deps.temporal, [workflowId], erasureTermination);
    throw erasedCustomer();
  }
  if (created.outcome === 'created') deps.metrics?.requestsCreated.inc({ channel: row.channel, type: row.type });
  return row;
}

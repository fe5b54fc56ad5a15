import {
  customerMessageUpdate,
  type CustomerMessageOutcome,
  type MessageAttachment,
  type MessageAuthor,
  type MessageChannel,
  type RequestType,
  requestWorkflowId,
  serviceRequestStart,
  serviceRequestWorkflowType,
} from '@caseflow/contracts';
import { CustomerErased, customerErasureStarted, type CustomerVault, type Db, findMessage, findRequest, insertRequestOnce, type RequestRow } from '@caseflow/db';
import { requestLanguage } from '@caseflow/assignment';
import { type Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { sealCustomerMessage, sealRequestInput } from './sealing';

export interface ConversationDeps {
  db: Db;
  /** Seals the customer's words before they enter Temporal (crypto-shredding). */
  vault: CustomerVault;
  temporal: Client;
  /** A resolved request reopens on a customer message within this window; after it, a new linked request. */
  reopenWindowMs: number;
  autoCloseAfterSeconds: number;
}

export interface IncomingMessage {
  /** Stable across retries (from an Idempotency-Key or the mail's Message-ID): the message is recorded once. */
  id: string;
  body: string;
  html: string | null;
  attachments: MessageAttachment[];
  channel: MessageChannel;
  externalId: string | null;
  authorName: string | null;
  /** The subject of a new linked request, when one is needed. */
  subject?: string;
}

export type PostOutcome = CustomerMessageOutcome | 'new_request' | 'duplicate';

export interface PostedMessage {
  outcome: PostOutcome;
  /** The request the message landed on: the one asked for, or the new linked one. */
  requestId: string;
  messageId: string;
  relatedTo: string | null;
}

export class RequestNotFound extends Error {}

/**
 * Adds a customer's message to a request through its workflow (the workflow decides:
 * append, resume a request waiting on the customer, reopen a recently resolved one). A
 * closed request, one resolved longer ago than the reopen window, or one whose workflow
 * has finished gets a new request instead, linked by `metadata.relatedTo`; its id is the
 * message's, so a retry finds it again.
 */
export async function postCustomerMessage(deps: ConversationDeps, requestId: string, message: IncomingMessage): Promise<PostedMessage> {
  const seen = await findMessage(deps.db, message.id);
  if (seen !== undefined) return { outcome: 'duplicate', requestId: seen.request_id, messageId: seen.id, relatedTo: null };
  const request = await findRequest(deps.db, requestId);
  if (request === undefined) throw new RequestNotFound(`request ${requestId} does not exist`);
  // Their data key is destroyed and their workflows ended: nothing of theirs may be recorded again.
  if (await customerErasureStarted(deps.db, request.customer_id)) throw new CustomerErased(request.customer_id);
  const author: MessageAuthor = { kind: 'customer', id: request.customer_id, ...(message.authorName === null ? {} : { name: message.authorName }) };
  try {
    const result = await deps.temporal.workflow.getHandle(requestWorkflowId(requestId)).executeUpdate(customerMessageUpdate, {
      args: [
        {
          actor: { kind: 'customer', id: request.customer_id },
          reopenWindowMs: deps.reopenWindowMs,
          message: await sealCustomerMessage(deps.vault, request.customer_id, { id: message.id, requestId, direction: 'inbound' as const, visibility: 'public' as const, author, body: message.body, html: message.html, attachments: message.attachments, channel: message.channel, externalId: message.externalId }),
        },
      ],
      // Temporal de-duplicates an Update by its id: a retried post records nothing twice.
      updateId: `message-${message.id}`,
    });
    return { outcome: result.outcome, requestId, messageId: message.id, relatedTo: null };
  } catch (error) {
    if (!needsNewRequest(error)) throw error;
  }
  const linked = await openRequest(deps, {
    id: message.id,
    customerId: request.customer_id,
    subject: message.subject ?? `Re: ${request.subject}`,
    body: message.body,
    channel: message.channel === 'email' ? 'email' : 'api',
    metadata: { relatedTo: requestId, ...openingFacts(message) },
  });
  return { outcome: 'new_request', requestId: linked.id, messageId: message.id, relatedTo: requestId };
}

/** What the opening message keeps of an e-mail (read back by the record activity); the HTML stays in the raw mail. */
export function openingFacts(message: Pick<IncomingMessage, 'attachments' | 'externalId'>): Record<string, unknown> {
  return {
    ...(message.attachments.length === 0 ? {} : { attachments: message.attachments }),
    ...(message.externalId === null ? {} : { messageId: message.externalId }),
  };
}

function needsNewRequest(error: unknown): boolean {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) return error.cause.type === 'NewRequestNeeded';
  return error instanceof WorkflowNotFoundError || (error instanceof Error && /workflow execution already completed/i.test(error.message));
}

export interface NewRequest {
  id: string;
  customerId: string;
  subject: string;
  body: string;
  channel: string;
  metadata: Record<string, unknown>;
  type?: RequestType;
}

/**
 * Stores a request and starts its workflow (as intake's POST /v1/requests does, without an
 * Idempotency-Key: the id itself is stable). A repeated call returns the same request.
 */
export async function openRequest(deps: Pick<ConversationDeps, 'db' | 'vault' | 'temporal' | 'autoCloseAfterSeconds'>, request: NewRequest): Promise<RequestRow> {
  const now = new Date().toISOString();
  const row = await insertRequestOnce(deps.db, {
    id: request.id,
    customer_id: request.customerId,
    subject: request.subject.slice(0, 500),
    body: request.body,
    type: request.type ?? 'inquiry',
    channel: request.channel,
    metadata: JSON.stringify(request.metadata),
    language: requestLanguage(request),
    status: 'pending',
    idempotency_key: null,
    request_hash: request.id,
    workflow_id: requestWorkflowId(request.id),
    created_at: now,
    updated_at: now,
  });
  try {
    await deps.temporal.workflow.start(
      serviceRequestWorkflowType,
      serviceRequestStart(
        await sealRequestInput(deps.vault, {
          requestId: row.id,
          customerId: row.customer_id,
          subject: row.subject,
          body: row.body,
          type: row.type as RequestType,
          channel: row.channel,
          metadata: row.metadata,
          idempotencyKey: null,
          requestHash: row.request_hash,
          createdAt: row.created_at.toISOString(),
          language: row.language,
        }),
        { autoCloseAfter: deps.autoCloseAfterSeconds * 1000 },
      ),
    );
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  if (await customerErasureStarted(deps.db, row.customer_id)) {
    // An erasure that began meanwhile may have looked for the customer's workflows before this one existed.
    await deps.temporal.workflow.getHandle(row.workflow_id).terminate('customer erased').catch((error: unknown) => {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    });
    throw new CustomerErased(row.customer_id);
  }
  return row;
}

import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../client';
import { enqueueEvent, type OutboxEntry } from './outbox';
import type { EventActor, NewRequestRow, RequestEventRow, RequestRow } from '../schema';
import { durationFacts, eventFlags, factPolicies, modelFacts } from './analytics-facts';
import { mergeColumns } from './duplicates';
import { type CustomerChangeGuard, type CustomerProfile, upsertCustomerByExternalId } from './customers';
import { assertNotErased } from './erasure';
import { insertMessage, type NewMessage } from './messages';
import { type RequestSlaColumns, requestSlaColumns } from './request-sla';

export type CreateRequestResult =
  | { outcome: 'created'; request: RequestRow }
  | { outcome: 'existing'; request: RequestRow }
  | { outcome: 'key_reused'; request: RequestRow };

export interface CreateRequestOptions {
  /** The credential creating the request: recorded as the creator of any customer it creates. */
  createdBy?: string | null;
  /** Asked before the request's profile changes an existing customer (see upsertCustomerByExternalId). */
  guard?: CustomerChangeGuard;
}

/**
 * Inserts a request (and its customer, by id, if new). With an idempotency key, a
 * concurrent or later insert with the same key from the same owner
 * (`row.idempotency_owner`, the calling credential) returns the first request instead:
 * the unique (owner, key) decides, never a read before the write. Another owner's same
 * key is another request.
 *
 * With a `customer` profile the customer is upserted by its externalId and the request
 * belongs to it (`row.customer_id` is replaced). A reused key writes nothing at all.
 */
export async function createRequest(db: Db, row: NewRequestRow, customer?: CustomerProfile, options: CreateRequestOptions = {}): Promise<CreateRequestResult> {
  const legacy = await legacyRetry(db, row);
  if (legacy !== undefined) return { outcome: 'existing', request: legacy };
  try {
    return await db.transaction().execute(async (trx) => {
      const customerId =
        customer === undefined
          ? row.customer_id
          : (await upsertCustomerByExternalId(trx, randomUUID(), customer, { createdBy: options.createdBy ?? null, ...(options.guard ? { guard: options.guard } : {}) })).id;
      if (customer === undefined) await ensureCustomer(trx, customerId, options.createdBy ?? null);
      await assertNotErased(trx, customerId);
      const inserted = await trx
        .insertInto('requests')
        .values({ ...row, customer_id: customerId })
        // No conflict target: the (owner, key) unique index and the primary key (derived from them) both mean "this request exists".
        .onConflict((oc) => oc.doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted !== undefined) return { outcome: 'created', request: inserted };
      if (row.idempotency_key == null) throw new Error(`request ${row.id} already exists`);
      const existing = await trx
        .selectFrom('requests')
        .selectAll()
        .where('idempotency_key', '=', row.idempotency_key)
        .where((eb) => (row.idempotency_owner == null ? eb('idempotency_owner', 'is', null) : eb('idempotency_owner', '=', row.idempotency_owner)))
        .executeTakeFirstOrThrow();
      if (existing.request_hash !== row.request_hash) throw new KeyReused(existing);
      return { outcome: 'existing', request: existing };
    });
  } catch (error) {
    // Thrown inside the transaction so that the customer upsert above is rolled back too.
    if (error instanceof KeyReused) return { outcome: 'key_reused', request: error.request };
    throw error;
  }
}

/**
 * A retry, after the upgrade that scoped keys to their credential, of a request accepted
 * before it: the row has no owner, so only the same key with the same body finds it
 * (anyone who can send that exact body learns nothing new). No such rows are made any
 * more, so this read cannot race a write.
 */
async function legacyRetry(db: Db, row: NewRequestRow): Promise<RequestRow | undefined> {
  if (row.idempotency_key == null) return undefined;
  return db
    .selectFrom('requests')
    .selectAll()
    .where('idempotency_key', '=', row.idempotency_key)
    .where('idempotency_owner', 'is', null)
    .where('request_hash', '=', row.request_hash)
    .executeTakeFirst();
}

class KeyReused extends Error {
  constructor(readonly request: RequestRow) {
    super('idempotency key reused');
  }
}

async function ensureCustomer(db: Db, customerId: string, createdBy: string | null): Promise<void> {
  await db.insertInto('customers').values({ id: customerId, created_by: createdBy }).onConflict((oc) => oc.column('id').doNothing()).execute();
}

/** Removes a request whose workflow could not be started, so a failed POST leaves nothing behind. */
export async function deleteUnstartedRequest(db: Db, id: string): Promise<void> {
  await db.deleteFrom('requests').where('id', '=', id).where('last_seq', '=', 0).execute();
}

export async function findRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface TransitionRecord {
  requestId: string;
  /** The request as accepted; inserted when its row is missing (the workflow outlived a failed insert). */
  request?: NewRequestRow;
  event: { id: string; seq: number; type: string; actor: EventActor; at: string; data: Record<string, unknown> };
  state: {
    status: string;
    category: string | null;
    queue: string | null;
    priority: string | null;
    confidence: number | null;
    modelVersion: string | null;
    alternatives: { label: string; confidence: number }[] | null;
    assignee: string | null;
    resolution: string | null;
    escalationLevel: number;
    updatedAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    sla?: RequestSlaColumns;
  };
  /** A conversation event's message, written with the event. */
  message?: NewMessage;
  /** The event to notify (the NotificationPayload as JSON), queued in the outbox with the event. */
  outbox?: OutboxEntry;
}

/**
 * Appends the event and applies the state, in one transaction. Safe to retry: the event
 * is keyed by (request, seq), and the row only moves forward (last_seq < seq).
 * `andThen` runs last in the same transaction, with the request's row still locked (an
 * assignment on arrival, claimOnArrival); nothing runs it for an erased request.
 */
export async function recordTransition<T = void>(db: Db, { requestId, request, event, state, message, outbox }: TransitionRecord, andThen?: (trx: Db) => Promise<T>): Promise<T | undefined> {
  return db.transaction().execute(async (trx) => {
    if (request !== undefined) {
      await ensureCustomer(trx, request.customer_id, null);
      await trx.insertInto('requests').values(request).onConflict((oc) => oc.doNothing()).execute();
      await insertMessage(trx, openingMessage(request));
    }
    // An erased request takes nothing more: a write of its terminated workflow that was in flight is dropped.
    const current = await trx.selectFrom('requests').select('erased_at').where('id', '=', requestId).forUpdate().executeTakeFirst();
    if (current?.erased_at != null) return undefined;
    if (message !== undefined) await insertMessage(trx, message);
    await trx
      .insertInto('request_events')
      .values({
        request_id: requestId,
        seq: event.seq,
        event_id: event.id,
        type: event.type,
        actor: JSON.stringify(event.actor),
        at: event.at,
        data: JSON.stringify(event.data),
        // The stream authorizes and describes each event by the request as it left it.
        status: state.status,
        queue: state.queue,
        assignee: state.assignee,
      })
      // Any of the event's unique keys ((request, seq) or event_id) may win a concurrent retry.
      .onConflict((oc) => oc.doNothing())
      .execute();
    if (outbox !== undefined) await enqueueEvent(trx, { requestId, eventId: event.id, eventType: event.type, ...outbox });
    const updated = await trx
      .updateTable('requests')
      .set({
        status: state.status,
        category: state.category,
        queue: state.queue,
        priority: state.priority,
        confidence: state.confidence,
        model_version: state.modelVersion,
        alternatives: JSON.stringify(state.alternatives),
        assignee: state.assignee,
        resolution: state.resolution,
        escalation_level: state.escalationLevel,
        updated_at: state.updatedAt,
        resolved_at: state.resolvedAt,
        closed_at: state.closedAt,
        last_seq: event.seq,
        ...(state.sla === undefined ? {} : requestSlaColumns(state.sla)),
        ...(event.type === 'request.classified' ? { classified_at: event.at, ...modelFacts(event.data) } : {}),
        ...eventFlags(event.type, event.data),
        ...mergeColumns(event.type, event.data, event.at),
        // A duration stays while its end is unchanged and is cleared when it moves (a reopen
        // clears resolved_at): on the right of SET, column names are the row before the update.
        ...(state.sla === undefined ? {} : { first_response_business_seconds: keptWhile('first_responded_at', state.sla.firstRespondedAt) }),
        resolution_business_seconds: keptWhile('resolved_at', state.resolvedAt),
      })
      .where('id', '=', requestId)
      .where('last_seq', '<', event.seq)
      .returning(['created_at', 'first_responded_at', 'resolved_at', 'sla_policy_id', 'first_response_business_seconds', 'resolution_business_seconds'])
      .executeTakeFirst();
    if (updated !== undefined) await fillDurations(trx, requestId, updated);
    return andThen?.(trx);
  });
}

/** The request's opening text is its first message; its id is the request's own, so it is written once. */
function openingMessage(request: NewRequestRow): NewMessage {
  // A request opened by an e-mail keeps the mail's attachments, Message-ID and HTML in its metadata.
  const metadata = (typeof request.metadata === 'string' ? JSON.parse(request.metadata) : (request.metadata ?? {})) as Record<string, unknown>;
  const attachments = Array.isArray(metadata['attachments']) ? (metadata['attachments'] as NewMessage['attachments']) : [];
  return {
    id: request.id,
    requestId: request.id,
    direction: 'inbound',
    visibility: 'public',
    author: { kind: 'customer', id: request.customer_id },
    body: request.body,
    html: typeof metadata['html'] === 'string' ? metadata['html'] : null,
    attachments,
    channel: request.channel === 'email' ? 'email' : 'api',
    externalId: typeof metadata['messageId'] === 'string' ? metadata['messageId'] : null,
    eventSeq: 1,
    at: request.created_at instanceof Date ? request.created_at.toISOString() : request.created_at,
  };
}

function keptWhile(column: 'first_responded_at' | 'resolved_at', end: string | null) {
  return sql<number | null>`case when ${sql.ref(column)} = ${end}::timestamptz then ${sql.ref(column === 'resolved_at' ? 'resolution_business_seconds' : 'first_response_business_seconds')} end`;
}

/**
 * Business-time durations are computed once, when the first response or the resolution is
 * recorded, in the calendar of the request's policy at that moment (queries/analytics-facts.ts).
 */
async function fillDurations(
  trx: Db,
  requestId: string,
  row: { created_at: Date; first_responded_at: Date | null; resolved_at: Date | null; sla_policy_id: string | null; first_response_business_seconds: number | null; resolution_business_seconds: number | null },
): Promise<void> {
  const missingFirst = row.first_responded_at !== null && row.first_response_business_seconds === null;
  const missingResolution = row.resolved_at !== null && row.resolution_business_seconds === null;
  if (!missingFirst && !missingResolution) return;
  const policy = (await factPolicies(trx, [row.sla_policy_id])).get(row.sla_policy_id ?? '');
  const facts = durationFacts(policy, row.created_at, row.first_responded_at, row.resolved_at);
  await trx
    .updateTable('requests')
    .set({
      ...(missingFirst ? { first_response_business_seconds: facts.first_response_business_seconds } : {}),
      ...(missingResolution ? { resolution_business_seconds: facts.resolution_business_seconds } : {}),
    })
    .where('id', '=', requestId)
    .execute();
}

export async function listRequestEvents(
  db: Db,
  requestId: string,
  { afterSeq = 0, limit = 100 }: { afterSeq?: number; limit?: number } = {},
): Promise<RequestEventRow[]> {
  return db
    .selectFrom('request_events')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

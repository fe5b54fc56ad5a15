import { sql } from 'kysely';
import type { Db } from '../client';
import type { EventActor } from '../schema';
import { destroyCustomerKey } from './customer-keys';

/** What stands where a customer's name was; their e-mail becomes null and their externalId `erased:<id>`. */
export const erasedMarker = '[erased]';

/** How much of each kind of personal data an erasure blanked. */
export interface ErasureCounts {
  requests: number;
  messages: number;
  attachments: number;
  inboundEmails: number;
  emailDeliveries: number;
  webhookDeliveries: number;
  events: number;
  /** The customer's data key destroyed (1) or there was none (0): what Temporal's histories hold of them is unreadable. */
  dataKeys: number;
}

export const noErasure: ErasureCounts = { requests: 0, messages: 0, attachments: 0, inboundEmails: 0, emailDeliveries: 0, webhookDeliveries: 0, events: 0, dataKeys: 0 };

/** Event data fields that carry people's words (comments, resolutions, reasons, CSAT comments); ids and statuses stay. */
const wordsInEvents = ['body', 'author', 'resolution', 'previousResolution', 'reason', 'comment'];

export class CustomerErased extends Error {
  override readonly name = 'CustomerErased';
  constructor(readonly customerId: string) {
    super(`customer ${customerId} was erased`);
  }
}

/** Refuses a new request for a customer whose erasure began (call it with the customer row in the same transaction). */
export async function assertNotErased(db: Db, customerId: string): Promise<void> {
  const row = await db.selectFrom('customers').select('erasure_started_at').where('id', '=', customerId).forShare().executeTakeFirst();
  if (row?.erasure_started_at != null) throw new CustomerErased(customerId);
}

/**
 * Asked right after a request's workflow was started: an erasure that began meanwhile may
 * have looked for the customer's workflows before this one existed, so the starter ends it.
 */
export async function customerErasureStarted(db: Db, customerId: string): Promise<boolean> {
  const row = await db.selectFrom('customers').select('erasure_started_at').where('id', '=', customerId).executeTakeFirst();
  return row?.erasure_started_at != null;
}

export type CustomerErasureStart =
  | { outcome: 'not_found' }
  | { outcome: 'already_erased'; erasedAt: Date; counts: ErasureCounts; workflowsClosed: number }
  | { outcome: 'started'; workflowIds: string[] };

/**
 * The first step of a customer's erasure: from here on no request may name them (createRequest
 * checks `erasure_started_at` under the same row lock), and the answer lists the workflows to
 * close before the read model is blanked. Running it again after a crash resumes the erasure.
 */
export async function startCustomerErasure(db: Db, customerId: string): Promise<CustomerErasureStart> {
  return db.transaction().execute(async (trx) => {
    const customer = await trx.selectFrom('customers').select(['erased_at']).where('id', '=', customerId).forUpdate().executeTakeFirst();
    if (customer === undefined) return { outcome: 'not_found' };
    if (customer.erased_at !== null) {
      const record = await trx.selectFrom('erasures').select(['counts']).where('event', '=', 'customer.erased').where('customer_id', '=', customerId).executeTakeFirst();
      const { workflowsClosed = 0, ...counts } = record?.counts ?? {};
      return { outcome: 'already_erased', erasedAt: customer.erased_at, counts: { ...noErasure, ...counts }, workflowsClosed };
    }
    await trx.updateTable('customers').set({ erasure_started_at: sql`coalesce(erasure_started_at, now())` }).where('id', '=', customerId).execute();
    const requests = await trx.selectFrom('requests').select('workflow_id').where('customer_id', '=', customerId).where('erased_at', 'is', null).execute();
    return { outcome: 'started', workflowIds: requests.map((request) => request.workflow_id) };
  });
}

/**
 * The second step, once the customer's workflows are closed: blanks every request of theirs
 * (eraseRequestRows), anonymises the row and records `customer.erased`, in one transaction.
 * Answers undefined when another call finished first.
 */
export async function completeCustomerErasure(
  db: Db,
  customerId: string,
  actor: EventActor,
  workflowsClosed: number,
): Promise<{ erasedAt: Date; counts: ErasureCounts } | undefined> {
  return db.transaction().execute(async (trx) => {
    const customer = await trx.selectFrom('customers').select(['email', 'erased_at']).where('id', '=', customerId).forUpdate().executeTakeFirst();
    if (customer === undefined || customer.erased_at !== null) return undefined;
    const requests = await trx.selectFrom('requests').select('id').where('customer_id', '=', customerId).forUpdate().execute();
    const counts = await eraseRequestRows(trx, requests.map((request) => request.id), { event: 'customer.erased', actor, data: { customerId } });
    if (customer.email !== null) {
      // Mail from their address that never became a request (ignored, bounced) is theirs too.
      const stray = await trx.updateTable('inbound_emails').set({ raw: Buffer.alloc(0), from_address: null }).where(sql<boolean>`lower(from_address) = lower(${customer.email})`).executeTakeFirst();
      counts.inboundEmails += Number(stray.numUpdatedRows);
      const mails = await trx.updateTable('email_deliveries').set({ recipient: erasedMarker, subject: '' }).where(sql<boolean>`lower(recipient) = lower(${customer.email})`).executeTakeFirst();
      counts.emailDeliveries += Number(mails.numUpdatedRows);
    }
    // Crypto-shredding: what Temporal's histories hold of them was sealed under this key.
    counts.dataKeys = (await destroyCustomerKey(trx, customerId)) ? 1 : 0;
    const erased = await trx
      .updateTable('customers')
      .set({ name: erasedMarker, email: null, external_id: `erased:${customerId}`, erased_at: sql`now()`, updated_at: sql`now()` })
      .where('id', '=', customerId)
      .returning('erased_at')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('erasures')
      .values({ event: 'customer.erased', customer_id: customerId, actor: JSON.stringify(actor), counts: JSON.stringify({ ...counts, workflowsClosed }) })
      .execute();
    return { erasedAt: erased.erased_at ?? new Date(), counts };
  });
}

/**
 * Blanks the personal data of these requests wherever the read model keeps it: subject and
 * body (and so the search vector, generated from them), metadata, resolution, CSAT comment,
 * the thread's messages, attachments no other message uses, raw inbound mail, e-mail
 * delivery logs, webhook delivery bodies and the words in their events. Statuses, times,
 * categories and SLA facts stay, so analytics keep counting them. Each request gets one
 * more event (`event`, no personal data). Requests already erased are left alone. Call it
 * inside a transaction.
 */
export async function eraseRequestRows(trx: Db, requestIds: string[], record: { event: 'customer.erased' | 'request.erased'; actor: EventActor; data: Record<string, unknown> }): Promise<ErasureCounts> {
  const counts = { ...noErasure };
  if (requestIds.length === 0) return counts;
  const pending = await trx.selectFrom('requests').select('id').where('id', 'in', requestIds).where('erased_at', 'is', null).execute();
  const ids = pending.map((row) => row.id);
  if (ids.length === 0) return counts;
  const shared = await sql<{ sha256: string }>`
    select distinct a->>'sha256' as sha256 from messages m, jsonb_array_elements(m.attachments) a
     where m.request_id = any(${ids}::uuid[]) and a->>'sha256' is not null`.execute(trx);
  const messages = await trx.updateTable('messages').set({ body: '', html: null, attachments: '[]', external_id: null }).where('request_id', 'in', ids).executeTakeFirst();
  counts.messages = Number(messages.numUpdatedRows);
  const hashes = shared.rows.map((row) => row.sha256);
  if (hashes.length > 0) {
    // Attachments are stored once by content: one another request still shows stays.
    const removed = await sql`
      delete from attachments t where t.sha256 = any(${hashes}::text[])
         and not exists (select 1 from messages m, jsonb_array_elements(m.attachments) a where a->>'sha256' = t.sha256)`.execute(trx);
    counts.attachments = Number(removed.numAffectedRows ?? 0);
  }
  const mails = await trx.updateTable('inbound_emails').set({ raw: Buffer.alloc(0), from_address: null }).where('request_id', 'in', ids).executeTakeFirst();
  counts.inboundEmails = Number(mails.numUpdatedRows);
  const sent = await trx.updateTable('email_deliveries').set({ recipient: erasedMarker, subject: '' }).where('request_id', 'in', ids).executeTakeFirst();
  counts.emailDeliveries = Number(sent.numUpdatedRows);
  const hooks = await trx.updateTable('webhook_deliveries').set({ payload: JSON.stringify({ erased: true }) }).where('request_id', 'in', ids).executeTakeFirst();
  counts.webhookDeliveries = Number(hooks.numUpdatedRows);
  // Queued notices carry the words sealed (shredded with the key) — blanked all the same, and
  // an unplanned one then plans nothing.
  await trx.updateTable('event_outbox').set({ payload: JSON.stringify({ erased: true }) }).where('request_id', 'in', ids).execute();
  const events = await trx
    .updateTable('request_events')
    .set({ data: sql`data - ${wordsInEvents}::text[]` })
    .where('request_id', 'in', ids)
    .where(sql<boolean>`data ?| ${wordsInEvents}::text[]`)
    .executeTakeFirst();
  counts.events = Number(events.numUpdatedRows);
  await sql`
    insert into request_events (request_id, seq, event_id, type, actor, at, data)
    select id, last_seq + 1, id || '.' || (last_seq + 1), ${record.event}, ${JSON.stringify(record.actor)}::jsonb, now(), ${JSON.stringify(record.data)}::jsonb
      from requests where id = any(${ids}::uuid[])`.execute(trx);
  const requests = await trx
    .updateTable('requests')
    .set({
      subject: '',
      body: '',
      metadata: '{}',
      resolution: null,
      csat_comment: null,
      // A hash of the body would confirm a guess of it.
      request_hash: 'erased',
      erased_at: sql`now()`,
      last_seq: sql`last_seq + 1`,
    })
    .where('id', 'in', ids)
    .executeTakeFirst();
  counts.requests = Number(requests.numUpdatedRows);
  return counts;
}

/** Closed requests past retention not yet erased, oldest first: what one retention batch takes. */
export async function findExpiredRequests(db: Db, { closedBefore, limit }: { closedBefore: string; limit: number }): Promise<{ id: string; workflowId: string }[]> {
  const rows = await db
    .selectFrom('requests')
    .select(['id', 'workflow_id'])
    .where('status', '=', 'closed')
    .where('erased_at', 'is', null)
    .where('closed_at', '<', new Date(closedBefore))
    .orderBy('closed_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, workflowId: row.workflow_id }));
}

/**
 * Erases requests for retention (eraseRequestRows) and records a `request.erased` per request,
 * in one transaction: a batch is erased whole or not at all. A request reopened meanwhile (no
 * longer closed) is left alone.
 */
export async function eraseExpiredRequests(db: Db, requestIds: string[], retentionDays: number): Promise<ErasureCounts> {
  if (requestIds.length === 0) return { ...noErasure };
  return db.transaction().execute(async (trx) => {
    const still = await trx.selectFrom('requests').select('id').where('id', 'in', requestIds).where('status', '=', 'closed').where('erased_at', 'is', null).forUpdate().execute();
    const ids = still.map((row) => row.id);
    const actor: EventActor = { kind: 'system' };
    const counts = await eraseRequestRows(trx, ids, { event: 'request.erased', actor, data: { reason: 'retention', retentionDays } });
    if (ids.length > 0) {
      await trx
        .insertInto('erasures')
        .values(ids.map((id) => ({ event: 'request.erased' as const, request_id: id, actor: JSON.stringify(actor), counts: JSON.stringify({ retentionDays }) })))
        .execute();
    }
    return counts;
  });
}

import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../client';

/** Whoever queues an event or makes a delivery due says so here; the notification service listens. */
export const outboxChannel = 'caseflow_outbox';

export interface OutboxEntry {
  /** The NotificationPayload as JSON, customers' words sealed as the workflow carried them. */
  payload: string;
  /** Now, or the business-hours opening a held notice waits for. */
  deliverAfter: string;
  /** W3C trace headers (JSON) of the span that queued it, so delivery joins its trace. */
  traceContext?: string | null;
}

/**
 * Queues an event in the transaction that records it (recordTransition), so an event is
 * notified if and only if it was recorded. A retried record finds its row and adds nothing.
 * The NOTIFY goes out at commit; a lost one is caught by the service's poll.
 */
export async function enqueueEvent(trx: Db, entry: OutboxEntry & { requestId: string; eventId: string; eventType: string }): Promise<void> {
  await trx
    .insertInto('event_outbox')
    .values({ event_id: entry.eventId, request_id: entry.requestId, event_type: entry.eventType, payload: entry.payload, deliver_after: entry.deliverAfter, trace_context: entry.traceContext ?? null })
    .onConflict((oc) => oc.column('event_id').doNothing())
    .execute();
  await sql`select pg_notify(${outboxChannel}, '')`.execute(trx);
}

export interface Claim {
  limit: number;
  /** How long a claim holds before another copy may take the row (a killed copy's claims come back). */
  leaseMs: number;
}

export interface OutboxEvent {
  id: string;
  eventId: string;
  eventType: string;
  payload: string;
}

/** An event to plan, with the request whose words it carries (erasure blanks it): an incident's is its first request. */
export type OutboxEventToPlan = OutboxEvent & { requestId: string };

/** Events due to be planned (deliver_after passed), claimed for `leaseMs`; two copies never claim the same row. */
export async function claimEventsToPlan(db: Db, { limit, leaseMs }: Claim): Promise<OutboxEventToPlan[]> {
  const { rows } = await sql<{ id: string; event_id: string; event_type: string; request_id: string; payload: string }>`
    update event_outbox o set lease_until = now() + ${leaseMs} * interval '1 millisecond'
     where o.id in (select id from event_outbox
                     where planned_at is null and deliver_after <= now() and (lease_until is null or lease_until < now())
                     order by deliver_after, id limit ${limit} for update skip locked)
    returning o.id, o.event_id, o.event_type, o.request_id, o.payload`.execute(db);
  return rows.map((row) => ({ id: String(row.id), eventId: row.event_id, eventType: row.event_type, requestId: row.request_id, payload: row.payload }));
}

/** The event's webhook deliveries are planned; its e-mail is due now, or there is none to send. */
export async function markEventPlanned(db: Db, id: string, { email }: { email: boolean }): Promise<void> {
  await db
    .updateTable('event_outbox')
    .set({ planned_at: sql`now()`, lease_until: null, email_status: email ? 'pending' : 'off', email_next_at: email ? sql`now()` : null })
    .where('id', '=', id)
    .execute();
}

/** Events whose e-mail is due, claimed as above. */
export async function claimDueEmails(db: Db, { limit, leaseMs }: Claim): Promise<(OutboxEvent & { attempts: number; plannedAt: Date })[]> {
  const { rows } = await sql<{ id: string; event_id: string; event_type: string; payload: string; email_attempts: number; planned_at: Date }>`
    update event_outbox o set lease_until = now() + ${leaseMs} * interval '1 millisecond', email_attempts = email_attempts + 1
     where o.id in (select id from event_outbox
                     where email_next_at <= now() and (lease_until is null or lease_until < now())
                     order by email_next_at, id limit ${limit} for update skip locked)
    returning o.id, o.event_id, o.event_type, o.payload, o.email_attempts, o.planned_at`.execute(db);
  return rows.map((row) => ({ id: String(row.id), eventId: row.event_id, eventType: row.event_type, payload: row.payload, attempts: row.email_attempts, plannedAt: row.planned_at }));
}

/** An e-mail attempt ended: final (`sent`, `failed` after its budget) or due again after `retryInMs`. */
export async function settleEmail(db: Db, id: string, end: { status: 'sent' | 'failed' } | { retryInMs: number }): Promise<void> {
  await db
    .updateTable('event_outbox')
    .set(
      'status' in end
        ? { email_status: end.status, email_next_at: null, lease_until: null }
        : { email_next_at: sql`now() + ${end.retryInMs} * interval '1 millisecond'`, lease_until: null },
    )
    .where('id', '=', id)
    .execute();
}

export interface DueDelivery {
  id: string;
  subscriptionId: string;
  /** Attempts made before this one. */
  attempts: number;
  budgetFrom: Date;
  /** The queued event's trace headers (JSON), if any. */
  traceContext: string | null;
}

/**
 * Deliveries whose next attempt is due, oldest first, claimed for `leaseMs`. Only rows the
 * service schedules (next_attempt_at set) are taken: a replay workflow's row is its own.
 */
export async function claimDueDeliveries(db: Db, { limit, leaseMs }: Claim): Promise<DueDelivery[]> {
  const { rows } = await sql<{ id: string; subscription_id: string; attempts: number; budget_from: Date | null; created_at: Date; trace_context: string | null }>`
    update webhook_deliveries d set lease_until = now() + ${leaseMs} * interval '1 millisecond'
     where d.id in (select id from webhook_deliveries
                     where next_attempt_at <= now() and (lease_until is null or lease_until < now())
                     order by next_attempt_at, id limit ${limit} for update skip locked)
    returning d.id, d.subscription_id, d.attempts, d.budget_from, d.created_at,
              (select o.trace_context from event_outbox o where o.event_id = d.event_id) as trace_context`.execute(db);
  return rows.map((row) => ({ id: String(row.id), subscriptionId: row.subscription_id, attempts: row.attempts, budgetFrom: row.budget_from ?? row.created_at, traceContext: row.trace_context }));
}

/** A delivery attempt ended: final (delivered, dead, nothing to send) or due again after `retryInMs`. */
export async function settleDelivery(db: Db, id: string, end: 'final' | { retryInMs: number }): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ lease_until: null, next_attempt_at: end === 'final' ? null : sql`now() + ${end.retryInMs} * interval '1 millisecond'` })
    .where('id', '=', id)
    .execute();
}

/**
 * Deletes up to `limit` events whose work is over — planned, e-mail sent, failed or off, no
 * webhook attempt of theirs still due — and that were queued more than `olderThanMs` ago.
 * What stays: the delivery log (webhook_deliveries) and the event itself (request_events).
 * Copies running it at once skip each other's rows.
 */
export async function pruneFinishedEvents(db: Db, { olderThanMs, limit }: { olderThanMs: number; limit: number }): Promise<number> {
  const result = await sql`
    delete from event_outbox o
     where o.id in (select e.id from event_outbox e
                     where e.planned_at is not null
                       and e.created_at < now() - ${olderThanMs} * interval '1 millisecond'
                       and e.email_next_at is null
                       and (e.email_status is null or e.email_status <> 'pending')
                       and not exists (select 1 from webhook_deliveries d where d.event_id = e.event_id and d.next_attempt_at is not null)
                     order by e.id limit ${limit} for update skip locked)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** When the next piece of outbox work falls due (unclaimed or its claim lapsed); null when there is none. */
export async function nextOutboxWorkAt(db: Db): Promise<Date | null> {
  const { rows } = await sql<{ at: Date | null }>`
    select least(
      (select min(greatest(deliver_after, coalesce(lease_until, deliver_after))) from event_outbox where planned_at is null),
      (select min(greatest(email_next_at, coalesce(lease_until, email_next_at))) from event_outbox where email_next_at is not null),
      (select min(greatest(next_attempt_at, coalesce(lease_until, next_attempt_at))) from webhook_deliveries where next_attempt_at is not null)
    ) as at`.execute(db);
  return rows[0]?.at ?? null;
}

export interface OutboxListener {
  close(): Promise<void>;
}

/**
 * LISTENs on the outbox channel on a connection of its own (a pool's would be handed to
 * others), reconnecting after a lost server; `onWake` runs for each NOTIFY and after each
 * reconnect, as notices sent meanwhile are lost.
 */
export function listenForOutbox(databaseUrl: string, onWake: (why: 'notice' | 'reconnected') => void, retryMs = 1_000): OutboxListener {
  let client: pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    if (closed) return;
    const next = new pg.Client({ connectionString: databaseUrl, application_name: 'caseflow-outbox-listener' });
    const retry = () => {
      next.removeAllListeners();
      next.on('error', () => {});
      void next.end().catch(() => {});
      if (client === next) client = undefined;
      if (!closed && timer === undefined) timer = setTimeout(() => ((timer = undefined), void connect()), retryMs);
    };
    next.on('error', retry);
    next.on('end', retry);
    next.on('notification', () => onWake('notice'));
    try {
      await next.connect();
      await next.query(`listen ${outboxChannel}`);
      client = next;
      onWake('reconnected');
    } catch {
      retry();
    }
  };
  void connect();
  return {
    async close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      const current = client;
      client = undefined;
      current?.removeAllListeners();
      current?.on('error', () => {});
      await current?.end().catch(() => {});
    },
  };
}

/**
 * Work still ahead of the pipeline, in one statement: requests not yet classified, events not
 * yet planned into deliveries, and deliveries with an attempt still due. 0 when it is idle.
 */
export async function pipelineBacklog(db: Db): Promise<number> {
  const { rows } = await sql<{ backlog: string }>`
    select (select count(*) from requests where status = 'pending')
         + (select count(*) from event_outbox where planned_at is null)
         + (select count(*) from webhook_deliveries where next_attempt_at is not null) as backlog`.execute(db);
  return Number(rows[0]?.backlog ?? 0);
}

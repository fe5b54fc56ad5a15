import { sql } from 'kysely';
import type { Db } from '../client';
import type { EmailDeliveryRow, RequestLanguage, WebhookDeliveryAttemptRow, WebhookDeliveryRow, WebhookDeliveryStatus } from '../schema';

export interface PlannedDelivery {
  subscriptionId: string;
  eventId: string;
  eventType: string;
  requestId: string | null;
  payload: string;
  /** Planned from the outbox: the notification service schedules its attempts (a workflow's are its own). */
  scheduled?: boolean;
}

/**
 * Records that an event is due to a subscription. A retried fan-out finds the same row
 * (unique subscription + event) and returns its id, so no event is planned twice.
 */
export async function planDelivery(db: Db, delivery: PlannedDelivery): Promise<string> {
  const row = await db
    .insertInto('webhook_deliveries')
    .values({
      subscription_id: delivery.subscriptionId,
      event_id: delivery.eventId,
      event_type: delivery.eventType,
      request_id: delivery.requestId,
      payload: delivery.payload,
      status: 'pending',
      ...(delivery.scheduled === true ? { next_attempt_at: sql`now()`, budget_from: sql`now()` } : {}),
    })
    .onConflict((oc) => oc.columns(['subscription_id', 'event_id']).doUpdateSet({ event_id: (eb) => eb.ref('excluded.event_id') }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findDelivery(db: Db, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface DeliveryAttempt {
  deliveryId: string;
  target: string;
  outcome: 'delivered' | 'failed';
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
}

/**
 * Logs one attempt and moves the delivery along, in one statement; a delivered one never
 * goes back, and is final for the outbox dispatcher at once (no next attempt, no lease).
 */
export async function recordDeliveryAttempt(db: Db, attempt: DeliveryAttempt): Promise<void> {
  await db
    // The params in the SELECT list carry their types: an untyped one would be text.
    .with('updated', (qb) =>
      qb
        .updateTable('webhook_deliveries')
        .set({
          attempts: sql`attempts + 1`,
          status: sql`case when status = 'delivered' then status else ${attempt.outcome} end`,
          last_status_code: attempt.statusCode,
          last_error: attempt.error,
          updated_at: sql`now()`,
          ...(attempt.outcome === 'delivered' ? { delivered_at: sql`coalesce(delivered_at, now())`, dead_at: null, next_attempt_at: null, lease_until: null } : {}),
        })
        .where('id', '=', attempt.deliveryId)
        .returning(['id', 'event_id', 'event_type', 'request_id', 'attempts']),
    )
    .insertInto('webhook_delivery_attempts')
    .columns(['delivery_id', 'event_id', 'event_type', 'request_id', 'target', 'attempt', 'outcome', 'status_code', 'error', 'latency_ms'])
    .expression((eb) =>
      eb
        .selectFrom('updated')
        .select([
          'updated.id',
          'updated.event_id',
          'updated.event_type',
          'updated.request_id',
          sql<string>`${attempt.target}::text`.as('target'),
          'updated.attempts',
          sql<'delivered' | 'failed'>`${attempt.outcome}::text`.as('outcome'),
          sql<number | null>`${attempt.statusCode}::integer`.as('status_code'),
          sql<string | null>`${attempt.error}::text`.as('error'),
          sql<number>`${Math.round(attempt.latencyMs)}::integer`.as('latency_ms'),
        ]),
    )
    .execute();
}

/** Gives up on a delivery (retry budget spent or a permanent answer); a delivered one stays delivered. */
export async function markDeliveryDead(db: Db, id: string, reason: string): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'dead', dead_at: sql`now()`, last_error: sql`coalesce(last_error, ${reason})`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '!=', 'delivered')
    .execute();
}

/** Puts a dead or failed delivery back to pending for a replay; undefined when it is in another state. */
export async function reopenDeliveryForReplay(db: Db, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db
    .updateTable('webhook_deliveries')
    // The replay workflow drives the row from here: the service's schedule lets go of it,
    // unless an attempt of the service's is under way (its claim holds).
    .set({ status: 'pending', dead_at: null, replays: sql`replays + 1`, updated_at: sql`now()`, next_attempt_at: null, lease_until: null })
    .where('id', '=', id)
    .where('status', 'in', ['dead', 'failed'])
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]))
    .returningAll()
    .executeTakeFirst();
}

/** Newest first, keyset-paginated by (created_at, id). */
export async function listDeliveries(
  db: Db,
  subscriptionId: string,
  { status, before, limit }: { status?: WebhookDeliveryStatus; before?: { createdAt: Date; id: string }; limit: number },
): Promise<WebhookDeliveryRow[]> {
  let query = db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit);
  if (status !== undefined) query = query.where('status', '=', status);
  if (before !== undefined) {
    query = query.where((eb) => eb.or([eb('created_at', '<', before.createdAt), eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)])]));
  }
  return query.execute();
}

export async function listDeliveryAttempts(db: Db, deliveryId: string): Promise<WebhookDeliveryAttemptRow[]> {
  return db.selectFrom('webhook_delivery_attempts').selectAll().where('delivery_id', '=', deliveryId).orderBy('id').execute();
}

export interface EmailAttempt {
  eventId: string;
  eventType: string;
  requestId: string | null;
  recipient: string;
  audience: string;
  language: string;
  subject: string;
  outcome: 'sent' | 'failed';
  messageId: string | null;
  error: string | null;
}

/** One row per (event, recipient): a retry counts up its attempts; once sent it stays sent. */
export async function recordEmailAttempt(db: Db, attempt: EmailAttempt): Promise<void> {
  await db
    .insertInto('email_deliveries')
    .values({
      event_id: attempt.eventId,
      event_type: attempt.eventType,
      request_id: attempt.requestId,
      recipient: attempt.recipient,
      audience: attempt.audience,
      language: attempt.language,
      subject: attempt.subject,
      status: attempt.outcome,
      message_id: attempt.messageId,
      last_error: attempt.error,
      sent_at: attempt.outcome === 'sent' ? new Date() : null,
    })
    .onConflict((oc) =>
      oc.columns(['event_id', 'recipient']).doUpdateSet({
        attempts: sql`email_deliveries.attempts + 1`,
        status: sql`case when email_deliveries.status = 'sent' then email_deliveries.status else excluded.status end`,
        message_id: sql`coalesce(email_deliveries.message_id, excluded.message_id)`,
        last_error: (eb) => eb.ref('excluded.last_error'),
        sent_at: sql`coalesce(email_deliveries.sent_at, excluded.sent_at)`,
      }),
    )
    .execute();
}

export async function listEmailDeliveries(db: Db, eventId: string): Promise<EmailDeliveryRow[]> {
  return db.selectFrom('email_deliveries').selectAll().where('event_id', '=', eventId).orderBy('id').execute();
}

export interface EmailContext {
  subject: string;
  body: string;
  queue: string | null;
  customerEmail: string | null;
  /** The request's recorded language: what its people are written to in. */
  language: RequestLanguage;
}

/** What an e-mail about a request needs from the read model: its subject, recorded language and the customer's address. */
export async function findEmailContext(db: Db, requestId: string): Promise<EmailContext | undefined> {
  const row = await db
    .selectFrom('requests')
    .leftJoin('customers', 'customers.id', 'requests.customer_id')
    .select(['requests.subject', 'requests.body', 'requests.queue', 'requests.language', 'customers.email'])
    .where('requests.id', '=', requestId)
    .executeTakeFirst();
  return row === undefined ? undefined : { subject: row.subject, body: row.body, queue: row.queue, customerEmail: row.email, language: row.language };
}

/** Of these Message-IDs, the ones caseflow's delivery log knows (a bounce of anything else is noise). */
export async function knownEmailMessageIds(db: Db, messageIds: readonly string[]): Promise<string[]> {
  if (messageIds.length === 0) return [];
  const rows = await db.selectFrom('email_deliveries').select('message_id').distinct().where('message_id', 'in', [...messageIds]).execute();
  return rows.map((row) => row.message_id).filter((id): id is string => id !== null);
}

/**
 * A delivery report says these mails did not arrive: their deliveries read failed, with the
 * report's reason. Only the first report counts (`bounced_at`), so a repeated one changes
 * nothing; returns how many deliveries it marked.
 */
export async function markEmailBounced(db: Db, bounce: { messageIds: readonly string[]; reason: string }): Promise<number> {
  if (bounce.messageIds.length === 0) return 0;
  const result = await db
    .updateTable('email_deliveries')
    .set({ status: 'failed', last_error: bounce.reason, bounced_at: sql`now()` })
    .where('message_id', 'in', [...bounce.messageIds])
    .where('bounced_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

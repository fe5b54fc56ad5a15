import { type Kysely, sql } from 'kysely';

/**
 * The transactional outbox (issue #18 §2): the request workflow's record activity writes each
 * event to notify in the same transaction as the event row, and the notification service
 * plans and delivers from here, so an event costs no child workflow and a dead receiver no
 * running workflow. The payload is kept as the workflow carried it (customers' words sealed
 * with their key), so crypto-shredding reaches it; erasure blanks it besides.
 *
 * `trace_context` (W3C headers of the recording activity's span, when tracing is on) keeps
 * the delivery in the request's trace.
 *
 * Webhook deliveries the notification service schedules itself carry `next_attempt_at`
 * (null once final, and on rows a `deliverEvent`/`replayDelivery` workflow drives) and a
 * lease, so a killed copy's claim comes back to the others; `budget_from` starts the retry
 * budget. Existing rows keep null: their workflows still drive them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table event_outbox (
      id bigserial primary key,
      event_id text not null unique,
      request_id uuid not null references requests (id) on delete cascade,
      event_type text not null,
      payload text not null,
      deliver_after timestamptz not null,
      trace_context text,
      created_at timestamptz not null default now(),
      planned_at timestamptz,
      lease_until timestamptz,
      email_next_at timestamptz,
      email_attempts integer not null default 0,
      email_status text check (email_status in ('pending', 'sent', 'failed', 'off'))
    )`.execute(db);
  await sql`create index event_outbox_unplanned on event_outbox (deliver_after) where planned_at is null`.execute(db);
  await sql`create index event_outbox_email_due on event_outbox (email_next_at) where email_next_at is not null`.execute(db);
  await sql`create index event_outbox_request on event_outbox (request_id)`.execute(db);
  await sql`
    alter table webhook_deliveries
      add column next_attempt_at timestamptz,
      add column lease_until timestamptz,
      add column budget_from timestamptz`.execute(db);
  await sql`create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where next_attempt_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index webhook_deliveries_due`.execute(db);
  await sql`alter table webhook_deliveries drop column next_attempt_at, drop column lease_until, drop column budget_from`.execute(db);
  await sql`drop table event_outbox`.execute(db);
}

import { type Kysely, sql } from 'kysely';

/**
 * SLA policies may set a next-reply target: business minutes from a customer's message to
 * the next public reply. Null (every policy before this) keeps the clock without a due time.
 * A request keeps whether that clock ever escalated, as it does for the other two clocks
 * (analytics); no event before this migration names the clock, so nothing to backfill.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sla_policies add column next_reply_minutes double precision check (next_reply_minutes > 0)`.execute(db);
  await sql`alter table requests add column next_reply_escalated boolean not null default false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table requests drop column next_reply_escalated`.execute(db);
  await sql`alter table sla_policies drop column next_reply_minutes`.execute(db);
}

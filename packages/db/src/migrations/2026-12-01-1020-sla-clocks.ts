import { type Kysely, sql } from 'kysely';

/**
 * The workspace's `sort=sla` over open requests (my work, a queue's open requests) walks this
 * partial index in order instead of sorting every open request.
 *
 * The request's two SLA clocks as its workflow last recorded them ({firstResponse, resolution,
 * calendar}, @caseflow/sla's SlaClock), so the request page shows each clock's due time, warning
 * and business time remaining without asking Temporal. Null until a request records its next
 * event after this migration: the clocks live in the workflow and cannot be rebuilt here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table requests add column sla_clocks jsonb`.execute(db);
  await sql`create index requests_open_sla_idx on requests (sla_due_at, id) where status not in ('resolved', 'closed')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index requests_open_sla_idx`.execute(db);
  await sql`alter table requests drop column sla_clocks`.execute(db);
}

import { type Kysely, sql } from 'kysely';

/**
 * Automatic assignment: each queue's mode (a queue without a row is `manual`), and the
 * indexes the assigning logic reads by: an agent's open load (counted from the requests,
 * the one source of truth of who holds what) and a queue's unassigned classified requests
 * (what the line is rebuilt from).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('queue_assignment')
    .addColumn('queue', 'text', (c) => c.primaryKey())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('manual','round_robin','least_loaded','skills')`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index requests_open_assignee_idx on requests (assignee) where assignee is not null and status in ('assigned','in_progress','waiting_on_customer','reopened')`.execute(db);
  await sql`create index requests_unassigned_queue_idx on requests (queue, created_at) where assignee is null and status = 'classified'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists requests_unassigned_queue_idx`.execute(db);
  await sql`drop index if exists requests_open_assignee_idx`.execute(db);
  await db.schema.dropTable('queue_assignment').execute();
}

import { type Kysely, sql } from 'kysely';

/**
 * Erasure (issue 16): a customer is erased in two steps — `erasure_started_at` refuses new
 * requests for them while their workflows are closed, `erased_at` says the read model holds
 * nothing of them any more. A request erased (with its customer or by retention) keeps its
 * row for the counts, its texts blanked, `erased_at` set. `erasures` records each erasure
 * (what, by whom, how much) without personal data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('customers')
    .addColumn('erasure_started_at', 'timestamptz')
    .addColumn('erased_at', 'timestamptz')
    .execute();
  await db.schema.alterTable('requests').addColumn('erased_at', 'timestamptz').execute();
  // What retention looks for: closed requests not yet erased, oldest first.
  await sql`create index requests_retention_idx on requests (closed_at, id) where erased_at is null and status = 'closed'`.execute(db);
  await db.schema
    .createTable('erasures')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event in ('customer.erased', 'request.erased')`))
    .addColumn('customer_id', 'text')
    .addColumn('request_id', 'uuid')
    .addColumn('actor', 'jsonb', (c) => c.notNull())
    .addColumn('counts', 'jsonb', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index erasures_customer on erasures (customer_id) where event = 'customer.erased'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('erasures').execute();
  await sql`drop index if exists requests_retention_idx`.execute(db);
  await db.schema.alterTable('requests').dropColumn('erased_at').execute();
  await db.schema.alterTable('customers').dropColumn('erased_at').dropColumn('erasure_started_at').execute();
}

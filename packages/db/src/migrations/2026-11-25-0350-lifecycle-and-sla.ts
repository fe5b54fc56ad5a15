import { type Kysely, sql } from 'kysely';

/** SLA policies with their business calendar, and the request columns the SLA and CSAT need. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sla_policies')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    // Targets in business minutes; fractions allowed so demos and tests can use seconds-long SLAs.
    .addColumn('priority', 'text', (c) => c.notNull().check(sql`priority in ('low', 'normal', 'high', 'urgent')`))
    .addColumn('category', 'text')
    .addColumn('first_response_minutes', 'double precision', (c) => c.notNull().check(sql`first_response_minutes > 0`))
    .addColumn('resolution_minutes', 'double precision', (c) => c.notNull().check(sql`resolution_minutes > 0`))
    .addColumn('warn_fraction', 'double precision', (c) => c.check(sql`warn_fraction > 0 and warn_fraction < 1`))
    .addColumn('escalation_action', 'text', (c) => c.notNull().check(sql`escalation_action in ('notify', 'raise_priority', 'escalation_queue')`))
    .addColumn('escalation_queue', 'text')
    .addColumn('round_the_clock', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('calendar', 'jsonb', (c) => c.notNull())
    // Bumped on every change; a request whose recorded version differs is re-planned by the sweep.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One policy per priority, and per priority and category: the unique key decides, never a read.
  await sql`create unique index sla_policies_scope on sla_policies (priority, coalesce(category, ''))`.execute(db);

  await db.schema
    .alterTable('requests')
    .addColumn('sla_next_check_at', 'timestamptz')
    .addColumn('sla_policy_id', 'uuid')
    .addColumn('sla_policy_version', 'integer')
    .addColumn('first_responded_at', 'timestamptz')
    .addColumn('csat_score', 'integer', (c) => c.check(sql`csat_score between 1 and 5`))
    .addColumn('csat_comment', 'text')
    .execute();
  await sql`create index requests_sla_check_idx on requests (sla_next_check_at) where sla_next_check_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('requests_sla_check_idx').execute();
  await db.schema
    .alterTable('requests')
    .dropColumn('sla_next_check_at')
    .dropColumn('sla_policy_id')
    .dropColumn('sla_policy_version')
    .dropColumn('first_responded_at')
    .dropColumn('csat_score')
    .dropColumn('csat_comment')
    .execute();
  await db.schema.dropTable('sla_policies').execute();
}

import { type Kysely, sql } from 'kysely';

/**
 * A bounce of caseflow's own mail finds its delivery by Message-ID (the index) and marks it
 * failed with the report's reason; `bounced_at` tells a bounce from a failure of the send
 * itself, and makes a second report of the same bounce change nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('email_deliveries').addColumn('bounced_at', 'timestamptz').execute();
  await db.schema.createIndex('email_deliveries_message_id_idx').on('email_deliveries').column('message_id').where(sql.ref('message_id'), 'is not', null).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('email_deliveries_message_id_idx').execute();
  await db.schema.alterTable('email_deliveries').dropColumn('bounced_at').execute();
}

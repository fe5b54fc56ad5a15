import { type Kysely, sql } from 'kysely';

/**
 * Inbound mail, stored raw before it is answered 250 (the sender's copy may be gone after
 * that), keyed by Message-ID (or the raw message's sha256) so that a retried delivery is
 * recorded once; and attachments, content-addressed by sha256.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inbound_emails')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('raw', 'bytea', (c) => c.notNull())
    .addColumn('from_address', 'text')
    // received → recorded (a message or a request exists) or ignored (junk, loops).
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('received'))
    .addColumn('reason', 'text')
    .addColumn('request_id', 'uuid')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('recorded_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('attachments')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index customers_email_lower on customers (lower(email)) where email is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists customers_email_lower`.execute(db);
  await db.schema.dropTable('attachments').execute();
  await db.schema.dropTable('inbound_emails').execute();
}

import { type Kysely, sql } from 'kysely';

/**
 * Webhook subscriptions, one delivery per (subscription, event) with its attempts, and the
 * e-mail log. The Foundation's `webhook_deliveries` held attempts; it becomes
 * `webhook_delivery_attempts`, and `webhook_deliveries` now names what the API calls a
 * delivery (the unit that is retried, marked dead and replayed).
 */
// Millisecond timestamps where they key a cursor: a JavaScript Date holds no more, and a
// cursor that rounds them would see the same row twice.
const nowMs = sql`date_trunc('milliseconds', now())`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('webhook_subscriptions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('events', sql`text[]`, (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    // Kept in clear: the service must sign with it (it is never returned after create/rotate).
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_expires_at', 'timestamptz')
    .addColumn('failing_since', 'timestamptz')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('disabled_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(nowMs))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('webhook_subscriptions_created_idx').on('webhook_subscriptions').columns(['created_at', 'id']).execute();

  await sql`alter table webhook_deliveries rename to webhook_delivery_attempts`.execute(db);
  await sql`alter index webhook_deliveries_event_idx rename to webhook_delivery_attempts_event_idx`.execute(db);

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('subscription_id', 'uuid', (c) => c.notNull().references('webhook_subscriptions.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('request_id', 'uuid')
    // The event exactly as first serialised, so a replay sends the same document.
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'failed', 'delivered', 'dead')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('replays', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(nowMs))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('dead_at', 'timestamptz')
    .addUniqueConstraint('webhook_deliveries_subscription_event_key', ['subscription_id', 'event_id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_subscription_idx')
    .on('webhook_deliveries')
    .columns(['subscription_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .alterTable('webhook_delivery_attempts')
    .addColumn('delivery_id', 'uuid', (c) => c.references('webhook_deliveries.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('webhook_delivery_attempts_delivery_idx').on('webhook_delivery_attempts').columns(['delivery_id', 'id']).execute();

  await db.schema
    .createTable('email_deliveries')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('request_id', 'uuid')
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('sent', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .addUniqueConstraint('email_deliveries_event_recipient_key', ['event_id', 'recipient'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('email_deliveries').execute();
  await db.schema.dropIndex('webhook_delivery_attempts_delivery_idx').execute();
  await db.schema.alterTable('webhook_delivery_attempts').dropColumn('delivery_id').execute();
  await db.schema.dropTable('webhook_deliveries').execute();
  await sql`alter index webhook_delivery_attempts_event_idx rename to webhook_deliveries_event_idx`.execute(db);
  await sql`alter table webhook_delivery_attempts rename to webhook_deliveries`.execute(db);
  await db.schema.dropTable('webhook_subscriptions').execute();
}

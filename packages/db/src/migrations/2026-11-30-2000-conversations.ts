import { type Kysely, sql } from 'kysely';

/**
 * The conversation: one thread of messages per request, written only by the request
 * workflow's record activity (one writer), and the webhook flag that lets a subscription
 * receive internal notes. The opening text of every request already there becomes its first
 * message (id = the request's id, as recordTransition writes it for new requests).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('webhook_subscriptions')
    .addColumn('include_internal', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createTable('messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('inbound', 'outbound')`))
    .addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility in ('public', 'internal')`))
    .addColumn('author', 'jsonb', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('html', 'text')
    .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    // The event that carried it (null for a backfilled opening message).
    .addColumn('event_seq', 'integer')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index messages_thread on messages (request_id, at, id)`.execute(db);
  // Outbound replies are found again by their Message-ID when a customer answers one.
  await sql`create index messages_external_id on messages (external_id) where external_id is not null`.execute(db);
  await sql`
    insert into messages (id, request_id, direction, visibility, author, body, channel, at)
    select r.id, r.id, 'inbound', 'public', jsonb_build_object('kind', 'customer', 'id', r.customer_id), r.body,
           case when r.channel = 'email' then 'email' else 'api' end, r.created_at
      from requests r
    on conflict (id) do nothing`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('messages').execute();
  await db.schema.alterTable('webhook_subscriptions').dropColumn('include_internal').execute();
}

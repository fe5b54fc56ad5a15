import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/**
 * Idempotency keys belong to the credential that sent them (Stripe's rule: keys are per
 * account). `idempotency_owner` names that credential; the unique key becomes
 * (owner, key), so another caller's identical Idempotency-Key neither finds nor blocks
 * the first caller's request.
 *
 * Rows accepted before this migration keep `idempotency_owner` null: nobody recorded
 * which key sent them. They stay readable and listed as before, and a retry that
 * straddles the upgrade still finds its request when it carries the same key and the
 * same body (queries/requests.ts, `legacyRetry`); they can no longer block anyone,
 * because a null owner never conflicts with an owned row.
 *
 * `server_secrets` holds the secret that request ids are derived from
 * (HMAC(secret, owner, key)): generated here, once, so every intake replica derives the
 * same id for a retry without any configuration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('requests').addColumn('idempotency_owner', 'text').execute();
  await sql`alter table requests drop constraint requests_idempotency_key_key`.execute(db);
  await db.schema.createIndex('requests_idempotency_scope_key').unique().on('requests').columns(['idempotency_owner', 'idempotency_key']).execute();
  await sql`create index requests_idempotency_legacy_idx on requests (idempotency_key) where idempotency_owner is null and idempotency_key is not null`.execute(db);

  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`insert into server_secrets (name, value) values ('idempotency', ${randomBytes(32).toString('base64url')}) on conflict do nothing`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('server_secrets').execute();
  await db.schema.dropIndex('requests_idempotency_legacy_idx').execute();
  await db.schema.dropIndex('requests_idempotency_scope_key').execute();
  // Fails if two credentials used the same key since the upgrade: the old schema cannot hold both.
  await sql`alter table requests add constraint requests_idempotency_key_key unique (idempotency_key)`.execute(db);
  await db.schema.alterTable('requests').dropColumn('idempotency_owner').execute();
}

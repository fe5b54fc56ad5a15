import { type Kysely, sql } from 'kysely';

/**
 * People who work requests (docs/brief agents schema, shared with assignment): agents, the
 * queues they serve, and what sign-in needs — server-side sessions, one-time invitation
 * tokens and the login throttle.
 *
 * Secrets are stored as sha256 only (session ids, invitation tokens): they are 32 random
 * bytes, so a fast hash is enough and a leaked table opens nothing. Passwords are argon2id
 * hashes (packages/people). The throttle is keyed by the lower-cased e-mail, whether an
 * agent has it or not, so that a lock never tells an unknown address from a known one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agents')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('agent','lead','admin')`))
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('capacity', 'integer', (c) => c.notNull().defaultTo(10).check(sql`capacity > 0`))
    .addColumn('availability', 'text', (c) =>
      c.notNull().defaultTo('offline').check(sql`availability in ('available','away','offline')`),
    )
    .addColumn('availability_changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index agents_email_key on agents (lower(email))`.execute(db);
  await db.schema.createIndex('agents_created_idx').on('agents').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('agent_queues')
    .addColumn('agent_id', 'uuid', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull().defaultTo(1).check(sql`level between 1 and 5`))
    .addPrimaryKeyConstraint('agent_queues_pkey', ['agent_id', 'queue'])
    .execute();
  await db.schema.createIndex('agent_queues_queue_idx').on('agent_queues').columns(['queue', 'agent_id']).execute();

  await db.schema
    .createTable('agent_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('agent_id', 'uuid', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The absolute expiry; the idle one is last_seen_at + the configured idle time.
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('agent_sessions_agent_idx').on('agent_sessions').column('agent_id').execute();

  await db.schema
    .createTable('agent_invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('agent_id', 'uuid', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('invite','reset')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('agent_invitations_agent_idx').on('agent_invitations').column('agent_id').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['login_throttle', 'agent_invitations', 'agent_sessions', 'agent_queues', 'agents']) {
    await db.schema.dropTable(table).execute();
  }
}

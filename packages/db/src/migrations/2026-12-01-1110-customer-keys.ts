import { type Kysely, sql } from 'kysely';

/**
 * One data key per customer (crypto-shredding of Temporal histories): 32 random bytes,
 * wrapped by the codec key ring (FieldCipher; `key_id` names the ring key, null when the
 * ring is empty and the key is kept in clear). Erasure deletes the row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_keys')
    .addColumn('customer_id', 'text', (c) => c.primaryKey())
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('customer_keys').execute();
}

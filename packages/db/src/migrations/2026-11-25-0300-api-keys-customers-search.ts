import { type Kysely, sql } from 'kysely';

/**
 * API keys, customer profiles kept current, and the indexes behind GET /v1/requests.
 *
 * Search: one GIN-indexed tsvector per request holds English words (stemmed by the
 * `english` configuration) and, for Chinese, every pair of adjacent Han characters.
 * Chinese has no spaces between words and most words are two characters long, so
 * character bigrams find them without a segmenter (the CJK analyzers of Lucene do the
 * same); pg_trgm would need three characters and misses most two-character words.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    // sha256 of the key: keys are 32 random bytes, so a fast hash is enough and lookups stay one index probe.
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('scopes', sql`text[]`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('api_keys_created_idx').on('api_keys').columns(['created_at', 'id']).execute();

  await db.schema.alterTable('customers').addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`)).execute();
  await db.schema.createIndex('customers_created_idx').on('customers').columns(['created_at', 'id']).execute();

  // The Han ranges must match hanRun in queries/request-search.ts.
  await sql`
    create function caseflow_han_bigrams(t text) returns text
    language sql immutable parallel safe strict as $$
      select coalesce(string_agg(substr(t, i, 2), ' ' order by i), '')
      from generate_series(1, char_length(t) - 1) as i
      where substr(t, i, 2) ~ '^[㐀-䶿一-鿿豈-﫿]{2}$'
    $$`.execute(db);
  await sql`
    alter table requests add column search_vector tsvector generated always as (
      to_tsvector('english', subject || ' ' || body) ||
      to_tsvector('simple', caseflow_han_bigrams(subject || ' ' || body))
    ) stored`.execute(db);
  await sql`create index requests_search_idx on requests using gin (search_vector)`.execute(db);
  await db.schema.createIndex('requests_category_idx').on('requests').columns(['category', 'created_at']).execute();
  await db.schema.createIndex('requests_priority_idx').on('requests').columns(['priority', 'created_at']).execute();
  await db.schema.createIndex('requests_assignee_idx').on('requests').columns(['assignee', 'created_at']).execute();
  await sql`create index requests_escalated_idx on requests (created_at, id) where escalation_level > 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['requests_escalated_idx', 'requests_assignee_idx', 'requests_priority_idx', 'requests_category_idx', 'requests_search_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.alterTable('requests').dropColumn('search_vector').execute();
  await sql`drop function caseflow_han_bigrams(text)`.execute(db);
  await db.schema.dropIndex('customers_created_idx').execute();
  await db.schema.alterTable('customers').dropColumn('updated_at').execute();
  await db.schema.dropTable('api_keys').execute();
}

import { type Kysely, sql } from 'kysely';

/**
 * Duplicates and merge (`request.duplicate_detected`, `request.merged`): the open request of
 * the same customer a request nearly repeats, and the request it was merged into. The
 * events are new with this migration, so no row has one yet: nothing to backfill. The
 * partial index serves the target's thread, which gathers the messages of requests merged
 * into it; duplicate detection uses the customer's index of the initial migration. No
 * foreign keys: recording an event must never fail on a request the read model does not
 * hold (yet, or any more after retention).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table requests
    add column duplicate_of uuid,
    add column duplicate_similarity double precision,
    add column merged_into uuid,
    add column merged_at timestamptz`.execute(db);
  await sql`create index requests_merged_into on requests (merged_into) where merged_into is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists requests_merged_into`.execute(db);
  await sql`alter table requests drop column duplicate_of, drop column duplicate_similarity, drop column merged_into, drop column merged_at`.execute(db);
}

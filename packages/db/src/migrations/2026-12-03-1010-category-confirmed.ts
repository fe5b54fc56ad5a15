import { type Kysely, sql } from 'kysely';

/**
 * Whether an operator explicitly confirmed a request's category (`request.category_confirmed`,
 * the `confirm-category` action). Classifier quality counts as reviewed only requests
 * confirmed or reclassified, no longer every resolved one. The event is new with this
 * migration, so no row has one yet: nothing to backfill.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table requests add column category_confirmed boolean not null default false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table requests drop column category_confirmed`.execute(db);
}

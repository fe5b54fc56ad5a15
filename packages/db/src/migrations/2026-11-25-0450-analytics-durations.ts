import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';
import { backfillAnalyticsFacts } from '../queries/analytics-facts';

/**
 * Analytics facts on the request row (see queries/analytics-facts.ts): business-time
 * durations computed once with packages/sla when the response or resolution is recorded,
 * the model's first answer, a reclassified flag and which SLA clocks were escalated, so
 * that /v1/analytics/resolution, /classifier and /sla are plain aggregates over `requests`
 * instead of a calendar function per row and joins with a million events. Existing rows are backfilled here. (The SQL
 * business-time functions of 2026-11-25-0400 are no longer used by any query; they stay
 * so that migration's down() still finds them.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('requests')
    .addColumn('first_response_business_seconds', 'double precision')
    .addColumn('resolution_business_seconds', 'double precision')
    .addColumn('model_category', 'text')
    .addColumn('model_queue', 'text')
    .addColumn('model_confidence', 'double precision')
    .addColumn('reclassified', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('first_response_escalated', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('resolution_escalated', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await backfillAnalyticsFacts(db as unknown as Kysely<Database>);
  // The classifier aggregate groups by these columns and the confidence decile. Without the
  // statistics PostgreSQL guesses ~400,000 groups (model_confidence is nearly unique) and
  // aggregates in one process; knowing ~6,000 it splits the work over parallel workers.
  await sql`create statistics requests_confidence_decile on (least(width_bucket(model_confidence, 0, 1, 10), 10)) from requests`.execute(db);
  await sql`create statistics requests_classifier_groups (ndistinct) on model_category, category, model_queue, status, reclassified from requests`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop statistics requests_classifier_groups`.execute(db);
  await sql`drop statistics requests_confidence_decile`.execute(db);
  await db.schema
    .alterTable('requests')
    .dropColumn('first_response_business_seconds')
    .dropColumn('resolution_business_seconds')
    .dropColumn('model_category')
    .dropColumn('model_queue')
    .dropColumn('model_confidence')
    .dropColumn('reclassified')
    .dropColumn('first_response_escalated')
    .dropColumn('resolution_escalated')
    .execute();
}

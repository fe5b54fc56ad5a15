import { type Kysely, sql } from 'kysely';

/**
 * Wall-clock time to first response and to resolution in seconds, kept on the row by
 * PostgreSQL itself (generated columns: no writer can get them wrong). The resolution
 * aggregate used to compute `extract(epoch from resolved_at - created_at)` per row, in
 * numeric arithmetic, for four exact percentiles; reading a stored double instead halved
 * it on a million requests (docs/benchmarks.md). Adding stored generated columns rewrites
 * the table under an exclusive lock: 8.7 s per million requests on the idle development
 * machine, writes waiting meanwhile (README "Analytics").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table requests
      add column first_response_seconds double precision
        generated always as (extract(epoch from first_responded_at - created_at)::double precision) stored,
      add column resolution_seconds double precision
        generated always as (extract(epoch from resolved_at - created_at)::double precision) stored`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('requests').dropColumn('first_response_seconds').dropColumn('resolution_seconds').execute();
}

import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

// int8 arrives as a string by default; caseflow's bigserial ids and SQL counts stay far
// below 2^53, so numbers are exact and friendlier to every caller.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface DbOptions {
  maxConnections?: number;
  applicationName?: string;
}

export function createDb(databaseUrl: string, { maxConnections = 10, applicationName = 'caseflow' }: DbOptions = {}): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections, application_name: applicationName });
  // An idle client losing its server (a PostgreSQL restart) must not crash the process.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export type Db = Kysely<Database>;

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
  // A client losing its server (a PostgreSQL restart) must not crash the process. The pool
  // listens on idle clients only; a checked-out one between two queries (inside a
  // transaction, or not yet released) emits 'error' too, and an 'error' event nobody
  // listens to kills Node. The query in flight is rejected anyway, and the pool drops the
  // broken client when it comes back.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export type Db = Kysely<Database>;

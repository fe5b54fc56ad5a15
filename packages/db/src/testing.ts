import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@caseflow/test-harness';
import { type Kysely, sql } from 'kysely';
import { createDb, type Db } from './client';
import { migrateToLatest } from './migrate';
import type { Database, NewRequestRow } from './schema';

/** A database of the test file's own on the test server, migrated to the latest schema. */
export interface MigratedTestDatabase {
  db: Db;
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function migratedTestDatabase(serverUrl: string, { maxConnections }: { maxConnections?: number } = {}): Promise<MigratedTestDatabase> {
  const database = await createTestDatabase(serverUrl);
  const db = createDb(database.databaseUrl, maxConnections === undefined ? {} : { maxConnections });
  await migrateToLatest(db);
  return {
    db,
    databaseUrl: database.databaseUrl,
    stop: async () => {
      await db.destroy();
      await database.stop();
    },
  };
}

/**
 * A pending request row with every column a new request needs, for tests that write the read
 * model directly (`@caseflow/db/testing`): a fresh id and its workflow id, created now,
 * whatever `overrides` says otherwise.
 */
export function newRequestRow(overrides: Partial<NewRequestRow> = {}): NewRequestRow {
  const id = overrides.id ?? randomUUID();
  const now = new Date().toISOString();
  return {
    id,
    customer_id: `cust-${id.slice(0, 8)}`,
    subject: 'Where is my card?',
    body: 'It has not arrived.',
    type: 'inquiry',
    channel: 'web',
    metadata: '{}',
    language: 'en',
    status: 'pending',
    idempotency_key: null,
    request_hash: 'hash-a',
    workflow_id: `request-${id}`,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
}

/** Ends the server side of every connection named `applicationName`, as a PostgreSQL restart would: for tests of reconnection. */
export async function terminateConnections(db: Kysely<Database>, applicationName: string): Promise<number> {
  const { rows } = await sql<{ ended: boolean }>`select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = ${applicationName}`.execute(db);
  return rows.filter((row) => row.ended).length;
}

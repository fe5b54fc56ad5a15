import { inject, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDb } from './client';

it('survives its server ending a connection it holds between two queries, and keeps serving on a new one', async () => {
  const db = createDb(inject('databaseUrl'), { maxConnections: 2, applicationName: 'caseflow-client-test' });
  const killer = createDb(inject('databaseUrl'), { maxConnections: 1 });
  try {
    const failed = db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      // What a PostgreSQL restart does to every session: FATAL 57P01 on an open connection.
      await sql`select pg_terminate_backend(${rows[0]!.pid})`.execute(killer);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await sql`select 1`.execute(trx);
    });
    await expect(failed).rejects.toThrow();
    const { rows } = await sql<{ answer: number }>`select 42 as answer`.execute(db);
    expect(rows[0]!.answer).toBe(42);
  } finally {
    await killer.destroy();
    await db.destroy();
  }
});

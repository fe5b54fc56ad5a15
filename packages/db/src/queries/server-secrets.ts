import type { Db } from '../client';

/** The secret the server generated for itself under this name (migration 2026-11-30-0100 makes `idempotency`). */
export async function serverSecret(db: Db, name: string): Promise<string> {
  const row = await db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirst();
  if (row === undefined) throw new Error(`server secret ${name} is missing: run the database migrations`);
  return row.value;
}

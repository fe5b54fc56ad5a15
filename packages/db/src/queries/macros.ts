import { sql } from 'kysely';
import type { Db } from '../client';
import type { MacroRow } from '../schema';

/** Another macro already has this name, compared regardless of case. */
export class MacroNameTaken extends Error {
  constructor(readonly macroName: string) {
    super(`a macro named "${macroName}" exists already`);
  }
}

// 23505: unique_violation; the only unique key besides the id is lower(name).
async function naming<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (name !== undefined && (error as { code?: string }).code === '23505') throw new MacroNameTaken(name);
    throw error;
  }
}

/** Every macro, by name (a team keeps tens of them, not thousands: no paging). */
export async function listMacros(db: Db): Promise<MacroRow[]> {
  return db.selectFrom('macros').selectAll().orderBy(sql`lower(name)`).orderBy('id').execute();
}

export async function insertMacro(db: Db, macro: { id: string; name: string; body: string }): Promise<MacroRow> {
  return naming(macro.name, () => db.insertInto('macros').values(macro).returningAll().executeTakeFirstOrThrow());
}

export async function updateMacro(db: Db, id: string, changes: { name?: string; body?: string }): Promise<MacroRow | undefined> {
  return naming(changes.name, () =>
    db
      .updateTable('macros')
      .set({ ...changes, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst(),
  );
}

export async function deleteMacro(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('macros').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

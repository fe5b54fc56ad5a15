import type { Kysely } from 'kysely';

/**
 * The credential that created each customer: a posting key (scope `requests:write`)
 * sees and changes only the customers it created (docs/security.md). Customers created
 * before this migration have no creator, so only readers, operators and admins see them,
 * and only operators and admins change them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').addColumn('created_by', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').dropColumn('created_by').execute();
}

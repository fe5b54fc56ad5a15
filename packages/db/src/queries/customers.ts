import { sql } from 'kysely';
import type { Db } from '../client';
import type { CustomerRow } from '../schema';
import type { Page } from './api-keys';

export interface CustomerProfile {
  externalId: string;
  name?: string | null | undefined;
  email?: string | null | undefined;
}

export class CustomerConflict extends Error {
  override readonly name = 'CustomerConflict';
  constructor(readonly existingId: string) {
    super(`a customer with this externalId already exists: ${existingId}`);
  }
}

/** Creates a customer; an externalId that is already taken is a CustomerConflict naming the holder. */
export async function insertCustomer(db: Db, customer: { id: string; externalId: string | null; name: string | null; email: string | null }): Promise<CustomerRow> {
  const inserted = await db
    .insertInto('customers')
    .values({ id: customer.id, external_id: customer.externalId, name: customer.name, email: customer.email })
    .onConflict((oc) => oc.column('external_id').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted !== undefined) return inserted;
  const holder = await db.selectFrom('customers').select('id').where('external_id', '=', customer.externalId).executeTakeFirstOrThrow();
  throw new CustomerConflict(holder.id);
}

/**
 * The customer with this externalId, created when new (with `newId`); name and email are
 * updated when given, left alone when absent. One statement, so concurrent upserts agree.
 */
export async function upsertCustomerByExternalId(db: Db, newId: string, profile: CustomerProfile): Promise<CustomerRow> {
  return db
    .insertInto('customers')
    .values({ id: newId, external_id: profile.externalId, name: profile.name ?? null, email: profile.email ?? null })
    .onConflict((oc) =>
      oc.column('external_id').doUpdateSet({
        name: sql`coalesce(excluded.name, customers.name)`,
        email: sql`coalesce(excluded.email, customers.email)`,
        updated_at: sql`case when excluded.name is null and excluded.email is null then customers.updated_at else now() end`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findCustomer(db: Db, id: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listCustomers(db: Db, { limit, after, externalId, email }: Page & { externalId?: string | undefined; email?: string | undefined }): Promise<CustomerRow[]> {
  let query = db.selectFrom('customers').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit);
  if (externalId !== undefined) query = query.where('external_id', '=', externalId);
  if (email !== undefined) query = query.where(sql<boolean>`lower(email) = lower(${email})`);
  if (after !== undefined) query = query.where(sql<boolean>`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id})`);
  return query.execute();
}

/** Changes the given fields (null clears one); an externalId held by another customer is a CustomerConflict. */
export async function updateCustomer(
  db: Db,
  id: string,
  changes: { externalId?: string | null; name?: string | null; email?: string | null },
): Promise<CustomerRow | undefined> {
  const set = {
    ...(changes.externalId !== undefined ? { external_id: changes.externalId } : {}),
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.email !== undefined ? { email: changes.email } : {}),
  };
  try {
    return await db.updateTable('customers').set({ ...set, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirst();
  } catch (error) {
    // 23505: unique_violation, only possible on external_id here.
    if (changes.externalId != null && (error as { code?: string }).code === '23505') {
      const holder = await db.selectFrom('customers').select('id').where('external_id', '=', changes.externalId).executeTakeFirst();
      throw new CustomerConflict(holder?.id ?? 'unknown');
    }
    throw error;
  }
}

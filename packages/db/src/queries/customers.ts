import { sql } from 'kysely';
import type { Db } from '../client';
import type { CustomerRow } from '../schema';
import type { Page } from './api-keys';

export interface CustomerProfile {
  externalId: string;
  name?: string | null | undefined;
  email?: string | null | undefined;
}

/** What a write would change on a customer: only the fields whose value differs from the stored one. */
export interface CustomerChanges {
  externalId?: string | null;
  name?: string | null;
  email?: string | null;
}

/**
 * Decides whether the caller may make `changes` to `existing`; it throws to refuse, and
 * then nothing is written. Called inside the writing transaction with the row locked, so
 * the decision and the write see the same customer.
 */
export type CustomerChangeGuard = (existing: CustomerRow, changes: CustomerChanges) => void;

export class CustomerConflict extends Error {
  override readonly name = 'CustomerConflict';
  constructor(readonly existing: CustomerRow) {
    super(`a customer with this externalId already exists: ${existing.id}`);
  }
  get existingId(): string {
    return this.existing.id;
  }
}

/** Creates a customer; an externalId that is already taken is a CustomerConflict naming the holder. */
export async function insertCustomer(
  db: Db,
  customer: { id: string; externalId: string | null; name: string | null; email: string | null; createdBy?: string | null },
): Promise<CustomerRow> {
  const inserted = await db
    .insertInto('customers')
    .values({ id: customer.id, external_id: customer.externalId, name: customer.name, email: customer.email, created_by: customer.createdBy ?? null })
    .onConflict((oc) => oc.column('external_id').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted !== undefined) return inserted;
  const holder = await db.selectFrom('customers').selectAll().where('external_id', '=', customer.externalId).executeTakeFirstOrThrow();
  throw new CustomerConflict(holder);
}

function changesOf(existing: CustomerRow, wanted: CustomerChanges): CustomerChanges {
  return {
    ...(wanted.externalId !== undefined && wanted.externalId !== existing.external_id ? { externalId: wanted.externalId } : {}),
    ...(wanted.name !== undefined && wanted.name !== existing.name ? { name: wanted.name } : {}),
    ...(wanted.email !== undefined && wanted.email !== existing.email ? { email: wanted.email } : {}),
  };
}

/**
 * The customer with this externalId, created when new (with `newId`, recording `createdBy`);
 * name and email are updated when given, left alone when absent. The insert decides who
 * creates a new customer (concurrent upserts agree); an existing one is locked, shown to
 * `guard` with what would change, then changed. Call it inside a transaction.
 */
export async function upsertCustomerByExternalId(
  db: Db,
  newId: string,
  profile: CustomerProfile,
  options: { createdBy?: string | null; guard?: CustomerChangeGuard } = {},
): Promise<CustomerRow> {
  const inserted = await db
    .insertInto('customers')
    .values({ id: newId, external_id: profile.externalId, name: profile.name ?? null, email: profile.email ?? null, created_by: options.createdBy ?? null })
    .onConflict((oc) => oc.column('external_id').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted !== undefined) return inserted;
  const existing = await db.selectFrom('customers').selectAll().where('external_id', '=', profile.externalId).forUpdate().executeTakeFirstOrThrow();
  // Absent or null fields are left alone (a request names its customer; it does not clear it).
  const changes = changesOf(existing, { ...(profile.name != null ? { name: profile.name } : {}), ...(profile.email != null ? { email: profile.email } : {}) });
  if (Object.keys(changes).length === 0) return existing;
  options.guard?.(existing, changes);
  return db
    .updateTable('customers')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', existing.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findCustomer(db: Db, id: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Names of customers by id, in one query for a whole page of requests (lists show who
 * asked, not an id); customers without a name, or unknown, are left out.
 */
export async function customerNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('customers').select(['id', 'name']).where('id', 'in', unique).where('name', 'is not', null).execute();
  return new Map(rows.flatMap((row) => (row.name === null ? [] : [[row.id, row.name] as const])));
}

export async function listCustomers(db: Db, { limit, after, externalId, email }: Page & { externalId?: string | undefined; email?: string | undefined }): Promise<CustomerRow[]> {
  let query = db.selectFrom('customers').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit);
  if (externalId !== undefined) query = query.where('external_id', '=', externalId);
  if (email !== undefined) query = query.where(sql<boolean>`lower(email) = lower(${email})`);
  if (after !== undefined) query = query.where(sql<boolean>`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id})`);
  return query.execute();
}

/**
 * Changes the given fields (null clears one) after `guard` accepts what would really
 * change; an externalId held by another customer is a CustomerConflict.
 */
export async function updateCustomer(db: Db, id: string, wanted: CustomerChanges, guard?: CustomerChangeGuard): Promise<CustomerRow | undefined> {
  try {
    return await db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('customers').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (existing === undefined) return undefined;
      const changes = changesOf(existing, wanted);
      if (Object.keys(changes).length === 0) return existing;
      guard?.(existing, changes);
      const { externalId, ...rest } = changes;
      return trx
        .updateTable('customers')
        .set({ ...rest, ...(externalId !== undefined ? { external_id: externalId } : {}), updated_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
    });
  } catch (error) {
    // 23505: unique_violation, only possible on external_id here.
    if (wanted.externalId != null && (error as { code?: string }).code === '23505') {
      const holder = await db.selectFrom('customers').selectAll().where('external_id', '=', wanted.externalId).executeTakeFirst();
      if (holder !== undefined) throw new CustomerConflict(holder);
    }
    throw error;
  }
}

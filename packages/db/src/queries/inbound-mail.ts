import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../client';
import type { CustomerRow } from '../schema';

export type StoredMail = { outcome: 'new' } | { outcome: 'pending' } | { outcome: 'recorded'; requestId: string | null };

/**
 * Stores a raw inbound mail once by its key. `recorded` (or ignored) when an earlier
 * delivery of the same mail got that far: the caller answers it as a duplicate. `pending`
 * when an earlier delivery stored it but crashed before recording: the caller goes on.
 */
export async function storeInboundMail(db: Db, mail: { key: string; raw: Buffer; sha256: string; fromAddress: string | null }): Promise<StoredMail> {
  const inserted = await db
    .insertInto('inbound_emails')
    .values({ key: mail.key, raw: mail.raw, sha256: mail.sha256, from_address: mail.fromAddress })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted !== undefined) return { outcome: 'new' };
  const existing = await db.selectFrom('inbound_emails').select(['outcome', 'request_id']).where('key', '=', mail.key).executeTakeFirstOrThrow();
  return existing.outcome === 'received' ? { outcome: 'pending' } : { outcome: 'recorded', requestId: existing.request_id };
}

export async function markInboundMail(db: Db, key: string, result: { outcome: 'recorded' | 'ignored'; reason: string; requestId: string | null }): Promise<void> {
  await db
    .updateTable('inbound_emails')
    .set({ outcome: result.outcome, reason: result.reason, request_id: result.requestId, recorded_at: sql`now()` })
    .where('key', '=', key)
    .execute();
}

export async function countInboundMail(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('inbound_emails').select(['outcome', sql<number>`count(*)::int`.as('n')]).groupBy('outcome').execute();
  return Object.fromEntries(rows.map((row) => [row.outcome, row.n]));
}

export async function storeAttachment(db: Db, file: { sha256: string; bytes: Buffer; size: number; contentType: string }): Promise<void> {
  await db
    .insertInto('attachments')
    .values({ sha256: file.sha256, bytes: file.bytes, size: file.size, content_type: file.contentType })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/** The file, only when one of this request's messages lists it: a sha256 alone opens nothing. */
export async function findRequestAttachment(db: Db, requestId: string, sha256: string): Promise<{ bytes: Buffer; contentType: string; filename: string } | undefined> {
  const listed = await db
    .selectFrom('messages')
    .select(sql<string>`(select a->>'filename' from jsonb_array_elements(attachments) a where a->>'sha256' = ${sha256} limit 1)`.as('filename'))
    .where('request_id', '=', requestId)
    .where(sql<boolean>`attachments @> ${JSON.stringify([{ sha256 }])}::jsonb`)
    .executeTakeFirst();
  if (listed === undefined) return undefined;
  const file = await db.selectFrom('attachments').select(['bytes', 'content_type']).where('sha256', '=', sha256).executeTakeFirst();
  return file === undefined ? undefined : { bytes: file.bytes, contentType: file.content_type, filename: listed.filename };
}

/** The customer with this e-mail address (case-insensitive), created with `newId` when there is none. */
export async function upsertCustomerByEmail(db: Db, newId: string, profile: { email: string; name: string | null }): Promise<CustomerRow> {
  const existing = await db.selectFrom('customers').selectAll().where(sql<string>`lower(email)`, '=', profile.email.toLowerCase()).orderBy('created_at').limit(1).executeTakeFirst();
  if (existing !== undefined) return existing;
  await db.insertInto('customers').values({ id: newId, email: profile.email, name: profile.name }).onConflict((oc) => oc.column('id').doNothing()).execute();
  const row = await db.selectFrom('customers').selectAll().where('id', '=', newId).executeTakeFirstOrThrow();
  if (row.erased_at === null) return row;
  // The address's own id belongs to a customer erased since: whoever writes from it now starts afresh.
  return db.insertInto('customers').values({ id: randomUUID(), email: profile.email, name: profile.name }).returningAll().executeTakeFirstOrThrow();
}

export async function findRequestCustomerEmail(db: Db, requestId: string): Promise<string | null> {
  const row = await db
    .selectFrom('requests')
    .innerJoin('customers', 'customers.id', 'requests.customer_id')
    .select('customers.email')
    .where('requests.id', '=', requestId)
    .executeTakeFirst();
  return row?.email ?? null;
}

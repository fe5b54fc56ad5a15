import { sql } from 'kysely';
import type { Db } from '../client';
import type { ApiKeyRow } from '../schema';

export interface NewApiKey {
  id: string;
  name: string;
  prefix: string;
  keyHash: string;
  scopes: string[];
  expiresAt: string | null;
}

export type ApiKeySummary = Omit<ApiKeyRow, 'key_hash'>;

const summaryColumns = ['id', 'name', 'prefix', 'scopes', 'created_at', 'expires_at', 'revoked_at'] as const;

export async function insertApiKey(db: Db, key: NewApiKey): Promise<ApiKeySummary> {
  return db
    .insertInto('api_keys')
    .values({ id: key.id, name: key.name, prefix: key.prefix, key_hash: key.keyHash, scopes: key.scopes, expires_at: key.expiresAt })
    .returning(summaryColumns)
    .executeTakeFirstOrThrow();
}

/**
 * Makes sure a key with this hash exists, unrevoked and with these scopes: how
 * CASEFLOW_ADMIN_KEY bootstraps an installation. The environment is authoritative, so a
 * revoked bootstrap key comes back when the process restarts with the same value.
 */
export async function ensureApiKey(db: Db, key: NewApiKey): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({ id: key.id, name: key.name, prefix: key.prefix, key_hash: key.keyHash, scopes: key.scopes, expires_at: key.expiresAt })
    .onConflict((oc) =>
      oc.column('key_hash').doUpdateSet({ prefix: key.prefix, scopes: key.scopes, revoked_at: null, expires_at: key.expiresAt }),
    )
    .execute();
}

/** The key behind a presented secret's hash, revoked or not: the caller says why it is refused. */
export async function findApiKeyByHash(db: Db, keyHash: string): Promise<ApiKeySummary | undefined> {
  return db.selectFrom('api_keys').select(summaryColumns).where('key_hash', '=', keyHash).executeTakeFirst();
}

export async function findApiKey(db: Db, id: string): Promise<ApiKeySummary | undefined> {
  return db.selectFrom('api_keys').select(summaryColumns).where('id', '=', id).executeTakeFirst();
}

export interface Page {
  limit: number;
  /** Keyset position: rows strictly older than this (createdAt, id), newest first. */
  after?: { createdAt: string; id: string } | undefined;
}

export async function listApiKeys(db: Db, { limit, after }: Page): Promise<ApiKeySummary[]> {
  let query = db.selectFrom('api_keys').select(summaryColumns).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit);
  if (after !== undefined) query = query.where(sql<boolean>`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  return query.execute();
}

export async function updateApiKey(db: Db, id: string, changes: { name?: string; scopes?: string[] }): Promise<ApiKeySummary | undefined> {
  if (Object.keys(changes).length === 0) return findApiKey(db, id);
  return db.updateTable('api_keys').set(changes).where('id', '=', id).returning(summaryColumns).executeTakeFirst();
}

/** Revokes at once: every later request with the key is refused. Revoking twice keeps the first time. */
export async function revokeApiKey(db: Db, id: string): Promise<ApiKeySummary | undefined> {
  return db
    .updateTable('api_keys')
    .set({ revoked_at: sql`coalesce(revoked_at, now())` })
    .where('id', '=', id)
    .returning(summaryColumns)
    .executeTakeFirst();
}

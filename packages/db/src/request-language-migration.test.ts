import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from './client';
import { migrateTo, migrateToLatest } from './migrate';
import { type MigratedTestDatabase, migratedTestDatabase } from './testing';

let db: Db;
let database: MigratedTestDatabase;

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'));
  db = database.db;
});

afterAll(async () => {
  await database?.stop();
});

/** A row as the schema before the migration knew it (no language column). */
async function legacyRow(subject: string, body: string, metadata: Record<string, unknown> = {}): Promise<string> {
  const id = randomUUID();
  await sql`insert into customers (id) values ('cust-lang') on conflict do nothing`.execute(db);
  await sql`insert into requests (id, customer_id, subject, body, type, channel, metadata, status, request_hash, workflow_id, created_at, updated_at)
    values (${id}::uuid, 'cust-lang', ${subject}, ${body}, 'inquiry', 'web', ${JSON.stringify(metadata)}::jsonb, 'pending', 'h', ${`request-${id}`}, now(), now())`.execute(db);
  return id;
}

describe('migration 2026-12-03-1000-request-language', () => {
  it('backfills every existing request from its own text, and refuses a language outside en, zh, other', async () => {
    await migrateTo(db, '2026-12-02-1100-next-reply');
    const english = await legacyRow('Card declined', 'My card was declined twice today.');
    const chinese = await legacyRow('退款还没到账', '我上周申请的退款到现在还没有到账。');
    const russian = await legacyRow('Карта', 'Моя карта не работает');
    const erased = await legacyRow('', '');
    const stated = await legacyRow('Hello', 'card', { language: 'zh' });
    await migrateToLatest(db);
    const rows = await db.selectFrom('requests').select(['id', 'language']).where('customer_id', '=', 'cust-lang').execute();
    const byId = new Map(rows.map((row) => [row.id, row.language]));
    expect([english, chinese, russian, erased, stated].map((id) => byId.get(id))).toEqual(['en', 'zh', 'other', 'other', 'zh']);
    await expect(sql`update requests set language = 'fr' where id = ${english}::uuid`.execute(db)).rejects.toThrow(/requests_language_check/);
  });
});

import { sql } from 'kysely';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from './client';
import { migrateTo, migrateToLatest } from './migrate';
import { newRequestRow } from './testing';

let db: Db;
let database: RunningPostgres;

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl);
  await migrateTo(db, '2026-11-30-1000-agents');
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

describe('migration 2026-11-30-1010-event-actor', () => {
  it('turns the old actor strings into actor objects, naming a key by its id when its name is unambiguous', async () => {
    const keyId = '11111111-1111-4111-8111-111111111111';
    await db.insertInto('api_keys').values({ id: keyId, name: 'ops console', prefix: 'cf_x', key_hash: 'h1', scopes: ['operator'] }).execute();
    await db.insertInto('api_keys').values([
      { id: '22222222-2222-4222-8222-222222222222', name: 'twin', prefix: 'cf_y', key_hash: 'h2', scopes: ['operator'] },
      { id: '33333333-3333-4333-8333-333333333333', name: 'twin', prefix: 'cf_z', key_hash: 'h3', scopes: ['operator'] },
    ]).execute();
    // The schema of 2026-11-30-1000 has no language column yet.
    const { language: _language, ...row } = newRequestRow();
    await db.insertInto('customers').values({ id: row.customer_id }).execute();
    await db.insertInto('requests').values(row as ReturnType<typeof newRequestRow>).execute();
    const old = ['system', 'classifier', 'sla', 'key:ops console', 'key:twin', 'key:gone', 'duty.lead'];
    // The column is still text here: the old rows, written as the old code wrote them.
    for (const [i, actor] of old.entries()) {
      await sql`insert into request_events (request_id, seq, event_id, type, actor, at, data) values (${row.id}, ${i + 1}, ${`${row.id}.${i + 1}`}, 'request.commented', ${actor}, now(), '{}')`.execute(db);
    }
    await migrateToLatest(db);
    const actors = (await db.selectFrom('request_events').select('actor').where('request_id', '=', row.id).orderBy('seq').execute()).map((e) => e.actor);
    expect(actors).toEqual([
      { kind: 'system' },
      { kind: 'system' },
      { kind: 'system' },
      { kind: 'api_key', id: keyId, name: 'ops console' },
      { kind: 'api_key', id: 'unknown', name: 'twin' },
      { kind: 'api_key', id: 'unknown', name: 'gone' },
      { kind: 'api_key', id: 'unknown', name: 'duty.lead' },
    ]);
  });
});

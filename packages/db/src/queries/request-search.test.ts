import { randomUUID } from 'node:crypto';
import { detectLanguage } from '@caseflow/classifier/language';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from '../client';
import { migrateToLatest } from '../migrate';
import { CustomerConflict, insertCustomer, upsertCustomerByExternalId } from './customers';
import { parseSearch, searchRequests } from './request-search';
import { createRequest } from './requests';
import { newRequestRow } from '../testing';

let db: Db;
let database: RunningPostgres;
const customer = `cust-${randomUUID()}`;
const ids: string[] = [];

async function add(subject: string, body: string, createdAt: string, idempotencyKey: string | null = null) {
  const id = randomUUID();
  ids.push(id);
  return createRequest(db, {
    id,
    customer_id: customer,
    subject,
    body,
    type: 'inquiry',
    channel: 'web',
    metadata: '{}',
    language: detectLanguage(`${subject}\n${body}`),
    status: 'pending',
    idempotency_key: idempotencyKey,
    idempotency_owner: idempotencyKey === null ? null : 'key-a',
    request_hash: `hash-${subject}`,
    workflow_id: `request-${id}`,
    created_at: createdAt,
    updated_at: createdAt,
  });
}

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  await add('Card payment declined', 'My card was declined at the supermarket twice today.', '2026-11-01T10:00:00.000Z');
  await add('信用卡被拒绝', '我的信用卡在超市被拒绝了两次，请帮忙处理退款。', '2026-11-02T10:00:00.000Z');
  await add('Refund not received', 'I returned the shoes but the refunds never arrived.', '2026-11-03T10:00:00.000Z');
  await add('退款问题', '我已经退货了，但是还没有收到退款。', '2026-11-03T10:00:00.000Z');
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

const subjects = async (q: string) => (await searchRequests(db, { q, customerId: customer }, { limit: 10 })).map((row) => row.subject);

describe('searchRequests', () => {
  it('filters by recorded language, alone and beside a text search', async () => {
    const inLanguage = async (language: 'en' | 'zh' | 'other', q?: string) =>
      (await searchRequests(db, { language, customerId: customer, ...(q === undefined ? {} : { q }) }, { limit: 10 })).map((row) => row.subject);
    expect(await inLanguage('zh')).toEqual(['退款问题', '信用卡被拒绝']);
    expect(await inLanguage('en', '退款')).toEqual([]);
    expect(await inLanguage('other')).toEqual([]);
  });

  it('finds English words by their stem, in subject or body', async () => {
    expect(await subjects('refund')).toEqual(['Refund not received']);
    expect(await subjects('declining supermarkets')).toEqual(['Card payment declined']);
  });

  it('finds two-character Chinese words without a segmenter', async () => {
    expect(await subjects('退款')).toEqual(['退款问题', '信用卡被拒绝']);
    expect(await subjects('拒绝')).toEqual(['信用卡被拒绝']);
    expect(await subjects('信用卡')).toEqual(['信用卡被拒绝']);
  });

  it('requires a Chinese phrase to appear as written, not just its characters', async () => {
    expect(await subjects('款退')).toEqual([]);
  });

  it('matches a single Chinese character as a substring', async () => {
    expect(await subjects('鞋')).toEqual([]);
    expect(await subjects('超')).toEqual(['信用卡被拒绝']);
  });

  it('pages newest first through requests created at the same instant without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: { createdAt: string; id: string } | undefined;
    for (;;) {
      const page = await searchRequests(db, { customerId: customer }, { limit: 1, after });
      if (page.length === 0) break;
      const row = page[0]!;
      seen.push(row.id);
      after = { createdAt: row.created_at.toISOString(), id: row.id };
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen)).toEqual(new Set(ids));
    // The two created at the same instant come first (newest), ordered by id descending.
    expect(seen.slice(0, 2)).toEqual([...seen.slice(0, 2)].sort().reverse());
  });

  it('filters by creation time, the upper bound excluded', async () => {
    const rows = await searchRequests(db, { customerId: customer, createdFrom: '2026-11-02T00:00:00Z', createdTo: '2026-11-03T10:00:00Z' }, { limit: 10 });
    expect(rows.map((row) => row.subject)).toEqual(['信用卡被拒绝']);
  });

  it('treats search operators and quotes in q as text, never as syntax', async () => {
    for (const q of ["'; drop table requests; --", '!!! & | <->', "refund' | 'x", '退款\' | \'x']) {
      await expect(searchRequests(db, { q }, { limit: 5 })).resolves.toEqual(expect.any(Array));
    }
  });
});

describe('parseSearch', () => {
  it('splits English words from Han runs and phrases the runs as bigrams', () => {
    expect(parseSearch('card 退款问题 declined')).toEqual({ words: 'card declined', hanQuery: "('退款' <-> '款问' <-> '问题')", hanSingles: [] });
  });
});

describe('customers', () => {
  it('upserts by externalId: one row however often, name kept when absent', async () => {
    const externalId = `crm-${randomUUID()}`;
    const first = await upsertCustomerByExternalId(db, randomUUID(), { externalId, name: 'Ada', email: 'ada@example.com' });
    const again = await upsertCustomerByExternalId(db, randomUUID(), { externalId });
    expect(again.id).toBe(first.id);
    expect(again.name).toBe('Ada');
  });

  it('refuses a second customer with the same externalId, naming the first', async () => {
    const externalId = `crm-${randomUUID()}`;
    const first = await insertCustomer(db, { id: randomUUID(), externalId, name: null, email: null });
    await expect(insertCustomer(db, { id: randomUUID(), externalId, name: null, email: null })).rejects.toEqual(new CustomerConflict(first));
  });

  it('writes no customer when a reused idempotency key refuses the request', async () => {
    const key = `key-${randomUUID()}`;
    await add('first', 'first body', '2026-11-04T10:00:00.000Z', key);
    const externalId = `crm-${randomUUID()}`;
    const reused = await createRequest(db, newRequestRow({ customer_id: '', idempotency_key: key, idempotency_owner: 'key-a', request_hash: 'other' }), { externalId });
    expect(reused.outcome).toBe('key_reused');
    expect(await db.selectFrom('customers').select('id').where('external_id', '=', externalId).execute()).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import { createDb, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TestApp } from './testing';

/**
 * A posting key (`requests:write`) and customers' personal data (issue 16, finding 3):
 * it sees and changes only the customers it created, its answers carry nothing it may
 * not read, and changing an e-mail address that is set needs `operator`.
 */
let temporal: Client;
let built: TestApp;
let shop: { id: string; key: string };
let attacker: { id: string; key: string };
let operator: { id: string; key: string };

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: inject('temporalNamespace') });
  shop = await built.keyWith(['requests:write']);
  attacker = await built.keyWith(['requests:write']);
  operator = await built.keyWith(['requests:write', 'operator']);
});

afterAll(async () => {
  await built?.close();
  await temporal?.connection.close();
});

const as = (key: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  built.app.inject({ method, url, headers: built.auth(key), ...(payload === undefined ? {} : { payload }) });

async function shopCustomer(email: string | null = 'ada@example.com') {
  const externalId = `crm-${randomUUID()}`;
  const created = await as(shop.key, 'POST', '/v1/customers', { externalId, name: 'Ada Lovelace', ...(email === null ? {} : { email }) });
  expect(created.statusCode).toBe(201);
  return { externalId, id: created.json().id as string };
}

const stored = (id: string) => built.db.selectFrom('customers').select(['name', 'email', 'external_id', 'created_by']).where('id', '=', id).executeTakeFirstOrThrow();

describe('customers and a posting key', () => {
  it('records the creating key on the customer', async () => {
    const { id } = await shopCustomer();
    expect((await stored(id)).created_by).toBe(shop.id);
  });

  it("answers another posting key's 409 without the existing customer's id", async () => {
    const { externalId, id } = await shopCustomer();
    const clash = await as(attacker.key, 'POST', '/v1/customers', { externalId });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'customer_exists', details: null });
    expect(clash.body).not.toContain(id);
    // The creator, and any reader, may be told which customer holds it.
    expect((await as(shop.key, 'POST', '/v1/customers', { externalId })).json().error.details).toEqual({ customerId: id });
  });

  it("answers 404 to a posting key patching a customer it did not create, showing and changing nothing", async () => {
    const { id } = await shopCustomer();
    const before = await stored(id);
    const patch = await as(attacker.key, 'PATCH', `/v1/customers/${id}`, { name: 'Ada Lovelace' });
    expect(patch.statusCode).toBe(404);
    expect(patch.body).not.toContain('ada@example.com');
    expect((await as(attacker.key, 'PATCH', `/v1/customers/${id}`, { email: 'evil@attacker.example' })).statusCode).toBe(404);
    expect(await stored(id)).toEqual(before);
  });

  it("refuses with 403 the creating posting key's change of a set e-mail address", async () => {
    const { id } = await shopCustomer();
    const patch = await as(shop.key, 'PATCH', `/v1/customers/${id}`, { email: 'new@example.com' });
    expect(patch.statusCode).toBe(403);
    expect(patch.json().error).toMatchObject({ code: 'forbidden', details: { requiredScope: 'operator', field: 'email' } });
    expect((await as(shop.key, 'PATCH', `/v1/customers/${id}`, { email: null })).statusCode).toBe(403);
    expect((await stored(id)).email).toBe('ada@example.com');
  });

  it('lets the creating key change the name, and give an address to a customer that has none', async () => {
    const { id } = await shopCustomer(null);
    const named = await as(shop.key, 'PATCH', `/v1/customers/${id}`, { name: 'Augusta Ada King', email: 'ada@example.com' });
    expect(named.statusCode).toBe(200);
    expect(named.json()).toMatchObject({ name: 'Augusta Ada King', email: 'ada@example.com' });
  });

  it('lets an operator change the e-mail address', async () => {
    const { id } = await shopCustomer();
    const patch = await as(operator.key, 'PATCH', `/v1/customers/${id}`, { email: 'ada@new.example' });
    expect(patch.statusCode).toBe(200);
    expect((await stored(id)).email).toBe('ada@new.example');
  });

  it("refuses with 403 a request whose customer profile would change another's e-mail, and keeps no request", async () => {
    const { externalId, id } = await shopCustomer();
    const subject = `hijack ${randomUUID()}`;
    const hijack = await as(attacker.key, 'POST', '/v1/requests', { customer: { externalId, email: 'evil@attacker.example' }, subject, body: 'Send my replies elsewhere.' });
    expect(hijack.statusCode).toBe(403);
    expect(hijack.json().error).toMatchObject({ code: 'forbidden', details: { requiredScope: 'operator' } });
    expect((await stored(id)).email).toBe('ada@example.com');
    expect(await built.db.selectFrom('requests').select('id').where('subject', '=', subject).execute()).toEqual([]);
    // Even the creating key cannot redirect replies through a request.
    expect((await as(shop.key, 'POST', '/v1/requests', { customer: { externalId, email: 'other@example.com' }, subject, body: 'x' })).statusCode).toBe(403);
  });

  it("refuses with 403 a request renaming a customer the posting key did not create", async () => {
    const { externalId, id } = await shopCustomer();
    const renamed = await as(attacker.key, 'POST', '/v1/requests', { customer: { externalId, name: 'Mallory' }, subject: 'rename', body: 'x' });
    expect(renamed.statusCode).toBe(403);
    expect((await stored(id)).name).toBe('Ada Lovelace');
  });

  it('accepts requests that name an existing customer without changing it, from any posting key', async () => {
    const { externalId } = await shopCustomer();
    const same = await as(attacker.key, 'POST', '/v1/requests', { customer: { externalId, name: 'Ada Lovelace', email: 'ada@example.com' }, subject: 'same profile', body: 'x' });
    expect(same.statusCode).toBe(202);
    expect((await as(attacker.key, 'POST', '/v1/requests', { customer: { externalId }, subject: 'by externalId', body: 'x' })).statusCode).toBe(202);
  });

  it('records the posting key as creator of a customer a request creates, so it may change it later', async () => {
    const externalId = `crm-${randomUUID()}`;
    expect((await as(shop.key, 'POST', '/v1/requests', { customer: { externalId, name: 'Grace' }, subject: 'new customer', body: 'x' })).statusCode).toBe(202);
    const row = await built.db.selectFrom('customers').selectAll().where('external_id', '=', externalId).executeTakeFirstOrThrow();
    expect(row.created_by).toBe(shop.id);
    expect((await as(shop.key, 'PATCH', `/v1/customers/${row.id}`, { name: 'Grace Hopper' })).statusCode).toBe(200);
  });

  it('accepts exactly one e-mail address: a list, a display name or a comment is a 400', async () => {
    for (const email of ['a@b.example,x', 'Ada <a@b.example>', 'a@b.example (home)', 'a@b.example, c@d.example']) {
      const answer = await as(shop.key, 'POST', '/v1/customers', { externalId: `crm-${randomUUID()}`, email });
      expect({ email, status: answer.statusCode, code: answer.json().error?.code }).toEqual({ email, status: 400, code: 'invalid_request' });
    }
    expect((await as(shop.key, 'POST', '/v1/customers', { externalId: `crm-${randomUUID()}`, email: 'ada.lovelace+cf@example.co.uk' })).statusCode).toBe(201);
  });
});

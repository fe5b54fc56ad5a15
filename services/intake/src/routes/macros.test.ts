import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type SignedInAgent, startIsolatedTestApp, type TestApp } from '../testing';

/** Canned responses over HTTP: leads manage them, agents read them, names unique regardless of case. */
let built: TestApp;
let lead: SignedInAgent;
let agent: SignedInAgent;

beforeAll(async () => {
  built = await startIsolatedTestApp({ databaseUrl: inject('databaseUrl'), temporalAddress: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  lead = await built.agentWith('lead');
  agent = await built.agentWith('agent', ['cards']);
});

afterAll(async () => {
  await built?.close();
});

const as = (who: SignedInAgent, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  built.app.inject({ method, url, headers: who.headers, ...(payload === undefined ? {} : { payload }) });

describe('/v1/macros', () => {
  it('lets a lead create, rename and delete a macro, and every agent list it', async () => {
    const created = await as(lead, 'POST', '/v1/macros', { name: 'Card on its way', body: 'Hello {{customer.name}}, your card for {{request.id}} is on its way.' });
    expect(created.statusCode).toBe(201);
    const macro = created.json();
    expect(macro).toMatchObject({ name: 'Card on its way', body: 'Hello {{customer.name}}, your card for {{request.id}} is on its way.' });
    expect(Object.keys(macro).sort()).toEqual(['body', 'createdAt', 'id', 'name', 'updatedAt']);

    const listed = await as(agent, 'GET', '/v1/macros');
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual({ items: [macro], nextCursor: null });

    const renamed = await as(lead, 'PATCH', `/v1/macros/${macro.id}`, { name: 'Card shipped' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ id: macro.id, name: 'Card shipped', body: macro.body, createdAt: macro.createdAt });
    expect(Date.parse(renamed.json().updatedAt)).toBeGreaterThanOrEqual(Date.parse(macro.updatedAt));

    expect((await as(lead, 'DELETE', `/v1/macros/${macro.id}`)).statusCode).toBe(204);
    expect((await as(agent, 'GET', '/v1/macros')).json().items).toEqual([]);
    expect((await as(lead, 'DELETE', `/v1/macros/${macro.id}`)).statusCode).toBe(404);
  });

  it('refuses a second macro whose name differs only in case, by create and by rename, changing nothing', async () => {
    const first = (await as(lead, 'POST', '/v1/macros', { name: 'Refund sent', body: 'Your refund is on its way.' })).json();
    const second = (await as(lead, 'POST', '/v1/macros', { name: 'Other', body: 'Something else.' })).json();
    const duplicate = await as(lead, 'POST', '/v1/macros', { name: 'REFUND SENT', body: 'x' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'macro_exists', details: { name: 'REFUND SENT' } });
    const renamed = await as(lead, 'PATCH', `/v1/macros/${second.id}`, { name: 'refund sent' });
    expect(renamed.statusCode).toBe(409);
    expect((await as(agent, 'GET', '/v1/macros')).json().items.map((m: { name: string }) => m.name)).toEqual(['Other', 'Refund sent']);
    await as(lead, 'DELETE', `/v1/macros/${first.id}`);
    await as(lead, 'DELETE', `/v1/macros/${second.id}`);
  });

  it('names the unknown placeholder a body uses, and stores nothing', async () => {
    const answer = await as(lead, 'POST', '/v1/macros', { name: 'Bad', body: 'Hi {{customer.name}}, about {{order.id}}' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toMatchObject({ code: 'unknown_placeholder', details: { placeholder: '{{order.id}}' } });
    expect(answer.json().error.message).toContain('{{order.id}}');
    expect((await as(agent, 'GET', '/v1/macros')).json().items).toEqual([]);
  });

  it('lets an agent read but not change macros (403, nothing stored)', async () => {
    const answer = await as(agent, 'POST', '/v1/macros', { name: 'Mine', body: 'x' });
    expect(answer.statusCode).toBe(403);
    expect((await as(agent, 'GET', '/v1/macros')).json().items).toEqual([]);
  });
});

import { newRequestRow } from '@caseflow/db/testing';
import { type AvailabilityChange, createDb, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, sessionCookieOf, type TestApp } from './testing';

let temporal: Client;
let built: TestApp;
const availabilityChanges: AvailabilityChange[] = [];

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({
    databaseUrl: inject('databaseUrl'),
    temporal,
    namespace: inject('temporalNamespace'),
    onAvailabilityChanged: async (change) => {
      availabilityChanges.push(change);
    },
  });
});

afterAll(async () => {
  await built?.close();
  await temporal?.connection.close();
});

const call = (options: InjectOptions) => built.app.inject(options);
const signIn = (email: string, password: string) => call({ method: 'POST', url: '/v1/session', payload: { email, password } });

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie (not Secure over plain HTTP) and answers the agent and a CSRF token', async () => {
    const agent = await built.agentWith('agent', ['cards']);
    const answer = await signIn(agent.email.toUpperCase(), agent.password);
    expect(answer.statusCode).toBe(200);
    const cookie = String([answer.headers['set-cookie']].flat()[0]);
    expect(cookie).toMatch(/^caseflow_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    expect(answer.json()).toMatchObject({ agent: { id: agent.id, role: 'agent', queues: [{ queue: 'cards', level: 1 }] }, csrfToken: expect.any(String) });
    expect(answer.body).not.toContain('password');
    const me = await call({ method: 'GET', url: '/v1/session', headers: { cookie: sessionCookieOf(answer) } });
    expect(me.json()).toMatchObject({ agent: { id: agent.id }, csrfToken: answer.json().csrfToken });
  });

  it('answers an unknown e-mail and a wrong password with the same 401', async () => {
    const agent = await built.agentWith('agent');
    const wrong = await signIn(agent.email, 'not the password at all');
    const unknown = await signIn('nobody-here@example.com', 'not the password at all');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect({ ...wrong.json().error, requestId: null }).toEqual({ ...unknown.json().error, requestId: null });
  });

  it('locks an e-mail after five wrong passwords in a row (429, Retry-After), the right password included, and an unknown e-mail alike', async () => {
    const agent = await built.agentWith('agent');
    for (const email of [agent.email, 'unknown-person@example.com']) {
      const answers = [];
      for (let i = 0; i < 5; i += 1) answers.push(await signIn(email, `wrong password ${i}`));
      expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 401, 429]);
      const locked = await signIn(email, email === agent.email ? agent.password : 'whatever it is');
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
      expect(locked.json().error.code).toBe('sign_in_locked');
    }
    await built.db.updateTable('login_throttle').set({ locked_until: new Date(Date.now() - 1000) }).where('email', '=', agent.email).execute();
    expect((await signIn(agent.email, agent.password)).statusCode).toBe(200);
  });

  it('does not sign in a disabled agent, and disabling ends their sessions at once', async () => {
    const agent = await built.agentWith('agent');
    const disabled = await built.injectAsAdmin({ method: 'PATCH', url: `/v1/agents/${agent.id}`, payload: { disabled: true } });
    expect(disabled.json().disabledAt).toEqual(expect.any(String));
    expect((await call({ method: 'GET', url: '/v1/session', headers: { cookie: agent.cookie } })).statusCode).toBe(401);
    expect((await signIn(agent.email, agent.password)).statusCode).toBe(401);
  });

  it('ends a session unused for longer than the idle time, and one past its absolute expiry', async () => {
    const idle = await built.agentWith('agent');
    await built.db.updateTable('agent_sessions').set({ last_seen_at: new Date(Date.now() - 3 * 3600_000) }).where('agent_id', '=', idle.id).execute();
    expect((await call({ method: 'GET', url: '/v1/session', headers: { cookie: idle.cookie } })).json().error.code).toBe('session_expired');
    const old = await built.agentWith('agent');
    await built.db.updateTable('agent_sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('agent_id', '=', old.id).execute();
    expect((await call({ method: 'GET', url: '/v1/session', headers: { cookie: old.cookie } })).statusCode).toBe(401);
  });
});

describe('sign-out and CSRF', () => {
  it('signs out: the session ends on the server, so the same cookie replayed is refused', async () => {
    const agent = await built.agentWith('agent');
    const out = await call({ method: 'DELETE', url: '/v1/session', headers: agent.headers });
    expect(out.statusCode).toBe(204);
    expect(String([out.headers['set-cookie']].flat()[0])).toContain('Max-Age=0');
    expect((await call({ method: 'GET', url: '/v1/session', headers: { cookie: agent.cookie } })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token or with another session\'s token, and takes it with its own', async () => {
    const agent = await built.agentWith('agent');
    const other = await built.agentWith('agent');
    const patch = (headers: Record<string, string>) => call({ method: 'PATCH', url: `/v1/agents/${agent.id}`, headers, payload: { availability: 'available' } });
    const without = await patch({ cookie: agent.cookie });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_failed');
    expect((await patch({ cookie: agent.cookie, 'x-csrf-token': other.csrfToken })).statusCode).toBe(403);
    expect((await built.db.selectFrom('agents').select('availability').where('id', '=', agent.id).executeTakeFirstOrThrow()).availability).toBe('offline');
    expect((await patch(agent.headers)).json().availability).toBe('available');
  });
});

describe('invitations and people', () => {
  it('takes an invitation once, and not after it expired', async () => {
    const created = await built.injectAsAdmin({ method: 'POST', url: '/v1/agents', payload: { name: 'Bo', email: `bo-${Date.now()}@example.com`, role: 'agent', languages: ['en', 'zh'] } });
    expect(created.statusCode).toBe(201);
    const { invitation, id } = created.json();
    expect(Date.parse(invitation.expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    const accept = (token: string, password = 'a long enough password') => call({ method: 'POST', url: `/v1/agents/invitations/${token}/accept`, payload: { password } });
    expect((await accept(invitation.token, 'short')).statusCode).toBe(400);
    expect((await accept(invitation.token)).statusCode).toBe(200);
    expect((await accept(invitation.token)).json().error.code).toBe('invitation_invalid');
    const reset = await built.injectAsAdmin({ method: 'POST', url: `/v1/agents/${id}/password-reset` });
    await built.db.updateTable('agent_invitations').set({ expires_at: new Date(Date.now() - 1000) }).where('agent_id', '=', id).execute();
    expect((await accept(reset.json().token)).statusCode).toBe(404);
  });

  it('resets a password: the old one stops working and the agent\'s sessions end', async () => {
    const agent = await built.agentWith('agent');
    const lead = await built.agentWith('lead');
    const reset = await call({ method: 'POST', url: `/v1/agents/${agent.id}/password-reset`, headers: lead.headers });
    expect(reset.statusCode).toBe(200);
    expect((await call({ method: 'GET', url: '/v1/session', headers: { cookie: agent.cookie } })).statusCode).toBe(401);
    expect((await signIn(agent.email, agent.password)).statusCode).toBe(401);
    await call({ method: 'POST', url: `/v1/agents/invitations/${reset.json().token}/accept`, payload: { password: 'a brand new password' } });
    expect((await signIn(agent.email, 'a brand new password')).statusCode).toBe(200);
  });

  it('lets an agent change only their own availability and languages, and tells assignment of each availability change once', async () => {
    const agent = await built.agentWith('agent');
    const colleague = await built.agentWith('agent');
    const patch = (id: string, payload: object) => call({ method: 'PATCH', url: `/v1/agents/${id}`, headers: agent.headers, payload });
    expect((await patch(agent.id, { capacity: 50 })).statusCode).toBe(403);
    expect((await patch(colleague.id, { availability: 'available' })).statusCode).toBe(403);
    expect((await patch(agent.id, { languages: ['xx'] })).statusCode).toBe(400);
    const before = availabilityChanges.length;
    expect((await patch(agent.id, { availability: 'away', languages: ['en', 'zh'] })).json()).toMatchObject({ availability: 'away', languages: ['en', 'zh'] });
    await patch(agent.id, { availability: 'away' });
    expect(availabilityChanges.slice(before).map((c) => [c.agent.id, c.previous, c.agent.availability])).toEqual([[agent.id, 'offline', 'away']]);
  });

  it('lets a lead manage agents but not create or change an admin; refuses a taken e-mail in any case', async () => {
    const lead = await built.agentWith('lead');
    const create = (payload: object) => call({ method: 'POST', url: '/v1/agents', headers: lead.headers, payload });
    expect((await create({ name: 'Root', email: `root-${Date.now()}@example.com`, role: 'admin' })).statusCode).toBe(403);
    const email = `cy-${Date.now()}@example.com`;
    expect((await create({ name: 'Cy', email, role: 'agent', capacity: 3, queues: [{ queue: 'cards', level: 4 }] })).json()).toMatchObject({ capacity: 3, queues: [{ queue: 'cards', level: 4 }] });
    expect((await create({ name: 'Cy again', email: email.toUpperCase(), role: 'agent' })).statusCode).toBe(409);
    expect((await create({ name: 'Zero', email: `z-${Date.now()}@example.com`, role: 'agent', capacity: 0 })).statusCode).toBe(400);
  });
});

describe('an agent\'s queues', () => {
  it('lists and opens only the requests of the agent\'s queues; a lead sees every queue', async () => {
    const cards = newRequestRow({ queue: 'cards-test' });
    const loans = newRequestRow({ queue: 'loans-test' });
    await built.db.insertInto('customers').values([{ id: cards.customer_id }, { id: loans.customer_id }]).onConflict((oc) => oc.doNothing()).execute();
    await built.db.insertInto('requests').values([cards, loans]).execute();
    const agent = await built.agentWith('agent', ['cards-test']);
    const lead = await built.agentWith('lead');
    const listed = await call({ method: 'GET', url: '/v1/requests?limit=100', headers: { cookie: agent.cookie } });
    const ids = listed.json().items.map((r: { id: string }) => r.id);
    expect(ids).toContain(cards.id);
    expect(ids).not.toContain(loans.id);
    expect((await call({ method: 'GET', url: `/v1/requests/${loans.id}`, headers: { cookie: agent.cookie } })).statusCode).toBe(403);
    expect((await call({ method: 'GET', url: `/v1/requests/${cards.id}`, headers: { cookie: agent.cookie } })).statusCode).toBe(200);
    expect((await call({ method: 'GET', url: `/v1/requests/${loans.id}`, headers: { cookie: lead.cookie } })).statusCode).toBe(200);
  });
});

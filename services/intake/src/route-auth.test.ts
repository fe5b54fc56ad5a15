import { createDb, migrateToLatest } from '@caseflow/db';
import type { Permission, Role } from '@caseflow/people';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RegisteredRoute } from './scopes';
import { type ApiScope, apiScopes } from './scopes';
import { buildTestApp, type SignedInAgent, type TestApp } from './testing';

/**
 * Walks every route the real app registers — including routes added after this test was
 * written — with every kind of credential: an API key of each scope and a signed-in agent
 * of each role, and proves who gets past authorization and who does not.
 */
const publicRoutes: ((route: RegisteredRoute) => boolean)[] = [
  (route) => route.url === '/healthz' || route.url === '/readyz',
  (route) => route.url === '/openapi.json' || route.url.startsWith('/docs'),
  // The dashboard page and its assets: the page asks for a key and sends it with every API call.
  (route) => route.url === '/dashboard' || route.url === '/dashboard/*',
  // The agent workspace page, its assets and settings: it signs in and then calls the API with the session cookie.
  (route) => route.url === '/app' || route.url === '/app/*',
  // CORS preflights: browsers never send credentials on them.
  (route) => route.method === 'OPTIONS' && route.url.startsWith('/codec/'),
  // Signing in and setting one's password are what a person without a credential does.
  (route) => (route.method === 'POST' && route.url === '/v1/session') || route.url === '/v1/agents/invitations/:token/accept',
  (route) => route.url === '/signin' || route.url === '/signin.js',
];

type CredentialName = `key ${ApiScope}` | Role;
const credentialNames: CredentialName[] = [...apiScopes.map((scope) => `key ${scope}` as const), 'agent', 'lead', 'admin'];

/** The matrix, written out: which credential may call a route that needs each permission. */
const allowed: Record<Permission, CredentialName[]> = {
  'requests:write': ['key requests:write', 'key admin', 'agent', 'lead', 'admin'],
  'requests:read': ['key requests:read', 'key admin', 'agent', 'lead', 'admin'],
  operator: ['key operator', 'key admin', 'agent', 'lead', 'admin'],
  analytics: ['key requests:read', 'key admin', 'lead', 'admin'],
  lead: ['key admin', 'lead', 'admin'],
  profile: ['key admin', 'agent', 'lead', 'admin'],
  models: ['key operator', 'key admin', 'lead', 'admin'],
  codec: ['key operator', 'key admin', 'lead', 'admin'],
  session: ['agent', 'lead', 'admin'],
  admin: ['key admin', 'admin'],
};

/** What some routes need, so a route cannot quietly move to a looser permission. */
const someRoutes: Record<string, Permission> = {
  'POST /v1/requests': 'requests:write',
  'GET /v1/requests/:id': 'requests:read',
  'POST /v1/requests/:id/resolve': 'operator',
  'POST /v1/requests/:id/confirm-category': 'operator',
  'POST /v1/requests/:id/merge': 'operator',
  'GET /v1/analytics/volume': 'analytics',
  'POST /v1/agents': 'lead',
  'POST /v1/agents/:id/password-reset': 'lead',
  'PATCH /v1/agents/:id': 'profile',
  'GET /v1/agents': 'operator',
  'POST /codec/decode': 'codec',
  'GET /v1/session': 'session',
  'POST /v1/api-keys': 'admin',
  'POST /v1/webhooks': 'admin',
  'POST /v1/customers/:id/erase': 'admin',
  'GET /metrics': 'admin',
  'GET /v1/stream': 'requests:read',
  'GET /v1/views/counts': 'requests:read',
  'GET /v1/macros': 'operator',
  'POST /v1/macros': 'lead',
  'DELETE /v1/macros/:id': 'lead',
  'GET /v1/models': 'models',
};

const UI_ORIGIN = 'http://localhost:8233';
let temporal: Client;
let built: TestApp;
let routes: RegisteredRoute[];
const headersOf = {} as Record<CredentialName, Record<string, string>>;

// HEAD answers carry no body, so only their status can be checked.
const errorOf = (answer: { body: string }) => (answer.body === '' ? { code: 'forbidden', requestId: 'none' } : JSON.parse(answer.body).error);
/**
 * The live-events stream never ends by itself: its answer is taken as soon as the headers are
 * out (the stream is left to the app's close), and an error's body is read from the stream.
 */
async function call(app: TestApp['app'], method: string, url: string, headers: Record<string, string>): Promise<{ statusCode: number; body: string }> {
  if (url !== '/v1/stream') return app.inject({ method: method as 'GET', url, headers });
  const answer = await app.inject({ method: method as 'GET', url, headers, payloadAsStream: true });
  if (answer.statusCode === 200) return { statusCode: 200, body: '' };
  const chunks: Buffer[] = [];
  for await (const chunk of answer.stream()) chunks.push(chunk as Buffer);
  return { statusCode: answer.statusCode, body: Buffer.concat(chunks).toString('utf8') };
}
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000').replace(/\*/g, 'x');

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: inject('temporalNamespace'), codecCorsOrigins: [UI_ORIGIN] });
  for (const scope of apiScopes) headersOf[`key ${scope}`] = built.auth(scope === 'admin' ? built.adminKey : (await built.keyWith([scope])).key);
  for (const role of ['agent', 'lead', 'admin'] as const) {
    const agent: SignedInAgent = await built.agentWith(role);
    // What a browser page of caseflow (or the Temporal UI, for the codec) sends.
    headersOf[role] = { ...agent.headers, origin: UI_ORIGIN };
  }
  // Signing out ends the walk's sessions: it goes last.
  const signOut = (route: RegisteredRoute) => route.method === 'DELETE' && route.url === '/v1/session';
  routes = built.app.routeScopes.filter((route) => !publicRoutes.some((isPublic) => isPublic(route))).sort((a, b) => Number(signOut(a)) - Number(signOut(b)));
});

afterAll(async () => {
  await built?.close();
  await temporal?.connection.close();
});

describe('every route', () => {
  it('is found: the walk covers the API, not an empty list', () => {
    const urls = routes.map((route) => `${route.method} ${route.url}`);
    expect(urls).toEqual(expect.arrayContaining(Object.keys(someRoutes)));
    const needs = Object.fromEntries(routes.map((route) => [`${route.method} ${route.url}`, route.scope]));
    expect(Object.fromEntries(Object.keys(someRoutes).map((route) => [route, needs[route]]))).toEqual(someRoutes);
  });

  it('declares a permission, and only health, documentation, the dashboard page and sign-in are public', () => {
    expect(routes.filter((route) => !route.declared).map((route) => `${route.method} ${route.url}`)).toEqual([]);
    expect(routes.filter((route) => route.scope === 'public').map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it('answers 401 without a credential, with an unknown key or session, and with a malformed Authorization header', async () => {
    const answered: string[] = [];
    const attempts = [{}, { authorization: `Bearer cf_${'x'.repeat(43)}` }, { authorization: 'Basic YWRtaW46YWRtaW4=' }, { cookie: `caseflow_session=${'s'.repeat(43)}` }];
    for (const route of routes) {
      for (const headers of attempts) {
        const answer = await call(built.app, route.method, concrete(route.url), headers);
        if (answer.statusCode !== 401 || errorOf(answer).requestId === undefined) answered.push(`${route.method} ${route.url} → ${answer.statusCode}`);
      }
    }
    expect(answered).toEqual([]);
  });

  it('lets through exactly the key scopes and agent roles the matrix names, for every route, and answers 403 to the others', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const permission = route.scope as Permission;
      for (const name of credentialNames) {
        const answer = await call(built.app, route.method, concrete(route.url), headersOf[name]);
        const passed = answer.statusCode !== 401 && answer.statusCode !== 403;
        const refusedProperly = answer.statusCode === 403 && (route.method === 'HEAD' || errorOf(answer).code === 'forbidden');
        const expected = allowed[permission].includes(name);
        if (expected ? !passed : !refusedProperly) wrong.push(`${route.method} ${route.url} (${permission}) as ${name} → ${answer.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('a declared path asked with a method it does not have', () => {
  it('is a 405 naming the declared methods in Allow for a caller with a credential, whatever the body', async () => {
    const admin = headersOf['key admin'];
    for (const method of ['PUT', 'DELETE', 'TRACE', 'QUERY'] as const) {
      const answer = await built.app.inject({ method: method as 'PUT', url: '/v1/requests', headers: admin });
      expect(answer.statusCode, method).toBe(405);
      expect(answer.headers['allow'], method).toBe('GET, POST');
      expect(answer.json().error).toMatchObject({ code: 'method_not_allowed', details: { allowed: ['GET', 'POST'] } });
    }
    const byId = await built.app.inject({ method: 'PUT', url: '/v1/requests/00000000-0000-4000-8000-000000000000', headers: admin });
    expect([byId.statusCode, byId.headers['allow']]).toEqual([405, 'GET']);
    const publicPath = await built.app.inject({ method: 'DELETE', url: '/healthz', headers: admin });
    expect([publicPath.statusCode, publicPath.headers['allow']]).toEqual([405, 'GET']);
  });

  it('is a 401 without a credential, as an unknown path is, so that a caller without one learns nothing of the routes', async () => {
    for (const url of ['/v1/requests', '/healthz', '/v1/no-such-thing']) {
      const answer = await built.app.inject({ method: 'DELETE', url });
      expect([url, answer.statusCode, answer.headers['allow']]).toEqual([url, 401, undefined]);
    }
  });

  it('leaves an unknown path a 404 for a caller with a credential, and a route that has the method but found nothing', async () => {
    const answer = await built.app.inject({ method: 'TRACE', url: '/v1/no-such-thing', headers: headersOf['key admin'] });
    expect([answer.statusCode, answer.headers['allow'], answer.json().error.code]).toEqual([404, undefined, 'not_found']);
    const missingAsset = await built.app.inject({ method: 'GET', url: '/dashboard/assets/missing.js' });
    expect([missingAsset.statusCode, missingAsset.headers['allow']]).toEqual([404, undefined]);
  });
});

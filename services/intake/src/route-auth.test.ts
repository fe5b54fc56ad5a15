import { createDb, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RegisteredRoute } from './auth';
import { type ApiScope, apiScopes } from './scopes';
import { buildTestApp, type TestApp } from './testing';

/**
 * Walks every route the real app registers — including routes added after this test was
 * written — and proves that none answers without a valid key or with a key that lacks
 * its scope, except the few that must be public.
 */
const publicRoutes: ((route: RegisteredRoute) => boolean)[] = [
  (route) => route.url === '/healthz' || route.url === '/readyz',
  (route) => route.url === '/openapi.json' || route.url.startsWith('/docs'),
  // The dashboard page and its assets: the page asks for a key and sends it with every API call.
  (route) => route.url === '/dashboard' || route.url === '/dashboard/*',
  // CORS preflights: browsers never send credentials on them.
  (route) => route.method === 'OPTIONS' && route.url.startsWith('/codec/'),
];

let temporal: Client;
let built: TestApp;
let lacking: Record<ApiScope, string>;
let routes: RegisteredRoute[];

// HEAD answers carry no body, so only their status can be checked.
const errorOf = (answer: { body: string }) => (answer.body === '' ? { code: 'forbidden', requestId: 'none' } : JSON.parse(answer.body).error);
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000').replace(/\*/g, 'x');

beforeAll(async () => {
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
  const db = createDb(inject('databaseUrl'));
  await migrateToLatest(db);
  await db.destroy();
  built = await buildTestApp({ databaseUrl: inject('databaseUrl'), temporal, namespace: inject('temporalNamespace') });
  const entries = await Promise.all(
    apiScopes.map(async (scope) => {
      // Every scope but the one needed (and never admin, which implies them all).
      const others = apiScopes.filter((other) => other !== scope && other !== 'admin');
      return [scope, (await built.keyWith(others)).key] as const;
    }),
  );
  lacking = Object.fromEntries(entries) as Record<ApiScope, string>;
  routes = built.app.routeScopes.filter((route) => !publicRoutes.some((isPublic) => isPublic(route)));
});

afterAll(async () => {
  await built?.close();
  await temporal?.connection.close();
});

describe('every route', () => {
  it('is found: the walk covers the API, not an empty list', () => {
    const urls = routes.map((route) => `${route.method} ${route.url}`);
    expect(urls).toEqual(expect.arrayContaining(['POST /v1/requests', 'GET /v1/requests', 'POST /v1/api-keys', 'GET /v1/customers/:id', 'POST /codec/decode', 'GET /metrics']));
  });

  it('declares a scope, and only the health, documentation and dashboard page routes are public', () => {
    expect(routes.filter((route) => !route.declared).map((route) => `${route.method} ${route.url}`)).toEqual([]);
    expect(routes.filter((route) => route.scope === 'public').map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it('answers 401 without a key, with an unknown key and with a malformed Authorization header', async () => {
    const answered: string[] = [];
    for (const route of routes) {
      for (const headers of [{}, { authorization: `Bearer cf_${'x'.repeat(43)}` }, { authorization: 'Basic YWRtaW46YWRtaW4=' }]) {
        const answer = await built.app.inject({ method: route.method as 'GET', url: concrete(route.url), headers });
        if (answer.statusCode !== 401 || errorOf(answer).requestId === undefined) answered.push(`${route.method} ${route.url} → ${answer.statusCode}`);
      }
    }
    expect(answered).toEqual([]);
  });

  it('answers 403 to a key that lacks the route\'s scope', async () => {
    const answered: string[] = [];
    for (const route of routes) {
      const scope = route.scope as ApiScope;
      const answer = await built.app.inject({ method: route.method as 'GET', url: concrete(route.url), headers: built.auth(lacking[scope]) });
      if (answer.statusCode !== 403 || (route.method !== 'HEAD' && errorOf(answer).code !== 'forbidden')) answered.push(`${route.method} ${route.url} (${scope}) → ${answer.statusCode}`);
    }
    expect(answered).toEqual([]);
  });

  it('lets an admin key past authorization everywhere (admin implies every scope)', async () => {
    const refused: string[] = [];
    for (const route of routes) {
      const answer = await built.app.inject({ method: route.method as 'GET', url: concrete(route.url), headers: built.auth(built.adminKey) });
      if (answer.statusCode === 401 || answer.statusCode === 403) refused.push(`${route.method} ${route.url} → ${answer.statusCode}`);
    }
    expect(refused).toEqual([]);
  });
});

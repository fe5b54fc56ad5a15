import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type ApiKeySummary, type Db, ensureApiKey, findApiKeyByHash } from '@caseflow/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors';
import { type ApiScope, apiScopes, type RouteScope } from './scopes';

/** Who is calling: the API key a request presented, once it is known to be valid. */
export interface Principal {
  keyId: string;
  name: string;
  scopes: ApiScope[];
}

export interface RegisteredRoute {
  method: string;
  url: string;
  scope: RouteScope;
  /** False when the route named no scope and got the closed default. */
  declared: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /** Why the presented credentials were refused; answered only if the route needs a key. */
    authFailure: ApiError | null;
  }
  interface FastifyInstance {
    /** Every route and the scope it needs, in registration order (the route-auth test walks it). */
    routeScopes: RegisteredRoute[];
  }
}

const KEY_PREFIX = 'cf_';
const bearer = /^Bearer ([A-Za-z0-9._~+/-]{24,256}=*)$/;
const publicPaths = [/^\/docs(\/|$)/, /^\/openapi\.json$/];

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');
export const visiblePrefix = (key: string) => key.slice(0, 11);

/** A new key: 32 random bytes, shown to its creator once; only the hash is stored. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: visiblePrefix(key), hash: hashApiKey(key) };
}

/** CASEFLOW_ADMIN_KEY: the environment's key exists, unrevoked, with every scope. */
export async function ensureAdminKey(db: Db, key: string): Promise<void> {
  await ensureApiKey(db, { id: randomUUID(), name: 'CASEFLOW_ADMIN_KEY', prefix: visiblePrefix(key), keyHash: hashApiKey(key), scopes: ['admin'], expiresAt: null });
}

export function grants(principal: Principal, scope: ApiScope): boolean {
  return principal.scopes.includes('admin') || principal.scopes.includes(scope);
}

function refusal(key: ApiKeySummary | undefined, now: Date): ApiError | null {
  if (key === undefined) return new ApiError(401, 'invalid_api_key', 'the API key is not valid');
  if (key.revoked_at !== null) return new ApiError(401, 'invalid_api_key', 'the API key was revoked');
  if (key.expires_at !== null && key.expires_at <= now) return new ApiError(401, 'invalid_api_key', 'the API key has expired');
  return null;
}

/**
 * Phase one, before rate limiting: find out who is calling (one indexed lookup per
 * request, no cache, so a revoked key is refused from the next request on). Routes record
 * their scope as they are registered; a route that declares none needs `admin` (closed by
 * default), except the documentation routes, which are public.
 */
export function installAuthentication(app: FastifyInstance, db: Db): void {
  const routes: RegisteredRoute[] = [];
  app.decorate('routeScopes', routes);
  app.decorateRequest('principal', null);
  app.decorateRequest('authFailure', null);

  app.addHook('onRoute', (route) => {
    const declared = route.config?.scope;
    const scope: RouteScope = declared ?? (publicPaths.some((path) => path.test(route.url)) ? 'public' : 'admin');
    route.config = { ...route.config, scope };
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, scope, declared: declared !== undefined });
  });

  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.scope === 'public') return;
    const header = request.headers.authorization;
    if (header === undefined) {
      request.authFailure = new ApiError(401, 'unauthenticated', 'this route needs an API key: Authorization: Bearer <key>');
      return;
    }
    const match = bearer.exec(header);
    if (match === null) {
      request.authFailure = new ApiError(401, 'unauthenticated', 'the Authorization header must be "Bearer <key>"');
      return;
    }
    const key = await findApiKeyByHash(db, hashApiKey(match[1] ?? ''));
    const refused = refusal(key, new Date());
    if (refused !== null || key === undefined) {
      request.authFailure = refused;
      return;
    }
    request.principal = { keyId: key.id, name: key.name, scopes: key.scopes.filter((s): s is ApiScope => (apiScopes as readonly string[]).includes(s)) };
  });
}

/**
 * Phase two, after rate limiting: refuse what the caller may not do. 401 without a valid
 * key, 403 with a key that lacks the route's scope (`admin` implies every scope). An
 * unknown URL needs a valid key before it gets its 404, so routes cannot be probed.
 */
export function installAuthorization(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const scope = request.routeOptions.config.scope;
    if (scope === 'public') return;
    if (request.principal === null) {
      reply.header('www-authenticate', 'Bearer realm="caseflow"');
      throw request.authFailure ?? new ApiError(401, 'unauthenticated', 'this route needs an API key');
    }
    if (scope !== undefined && !grants(request.principal, scope)) {
      throw new ApiError(403, 'forbidden', `this route needs an API key with scope ${scope}`, { requiredScope: scope });
    }
  });
}

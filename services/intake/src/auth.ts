import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '@caseflow/contracts';
import { type ApiKeySummary, type Db, ensureApiKey, findAgentById, findApiKey, findApiKeyByHash, findRequest, liveSessionAgent, touchSession } from '@caseflow/db';
import { type Credential, coversQueue, grants, hashToken, type Role } from '@caseflow/people';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors';
import { type ApiScope, apiScopes, type RegisteredRoute, type RouteScope } from './scopes';
import { csrfTokenMatches, type SessionSettings, sessionTokenOf } from './session-cookie';

/** Who is calling: an API key or a signed-in agent, once known to be valid. */
export type Principal =
  | { kind: 'api_key'; id: string; name: string; scopes: ApiScope[]; credential: Credential }
  | { kind: 'agent'; id: string; name: string; role: Role; queues: string[]; sessionToken: string; credential: Credential };


declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /** Why the presented credentials were refused; answered only if the route needs one. */
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
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');
export const visiblePrefix = (key: string) => key.slice(0, 11);

/** A new key: 32 random bytes, shown to its creator once; only the hash is stored. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: visiblePrefix(key), hash: hashApiKey(key) };
}

/**
 * CASEFLOW_ADMIN_KEY: the environment's key exists, unrevoked, with every scope. Its text is
 * chosen by a person, not minted here, so its first characters may be most of the secret:
 * it is listed by the first characters of its hash instead.
 */
export async function ensureAdminKey(db: Db, key: string): Promise<void> {
  const keyHash = hashApiKey(key);
  await ensureApiKey(db, { id: randomUUID(), name: 'CASEFLOW_ADMIN_KEY', prefix: `sha256:${keyHash.slice(0, 12)}`, keyHash, scopes: ['admin'], expiresAt: null });
}

/** One answer for unknown, revoked and expired keys: a caller learns nothing about a key it does not hold. */
const invalidKey = () => new ApiError(401, 'invalid_api_key', 'the API key is not valid');

function refusal(key: ApiKeySummary | undefined, now: Date): ApiError | null {
  if (key === undefined || key.revoked_at !== null || (key.expires_at !== null && key.expires_at <= now)) return invalidKey();
  return null;
}

/** The actor events record for what this caller does. */
export function actorOf(principal: Principal | null): Actor {
  if (principal === null) return { kind: 'system' };
  return { kind: principal.kind, id: principal.id, name: principal.name };
}

async function keyPrincipal(db: Db, header: string): Promise<Principal | ApiError> {
  const match = bearer.exec(header);
  if (match === null) return new ApiError(401, 'unauthenticated', 'the Authorization header must be "Bearer <key>"');
  const key = await findApiKeyByHash(db, hashApiKey(match[1] ?? ''));
  const refused = refusal(key, new Date());
  if (refused !== null || key === undefined) return refused ?? invalidKey();
  const scopes = key.scopes.filter((s): s is ApiScope => (apiScopes as readonly string[]).includes(s));
  return { kind: 'api_key', id: key.id, name: key.name, scopes, credential: { kind: 'api_key', scopes } };
}

async function sessionPrincipal(db: Db, token: string, idleSeconds: number): Promise<Principal | ApiError> {
  const agentId = await touchSession(db, hashToken(token), idleSeconds);
  const agent = agentId === undefined ? undefined : await findAgentById(db, agentId);
  if (agent === undefined) return new ApiError(401, 'session_expired', 'the session has ended: sign in again (POST /v1/session)');
  return agentPrincipal(agent, token);
}

function agentPrincipal(agent: { id: string; name: string; role: Role; queues: { queue: string }[] }, token: string): Principal {
  const queues = agent.queues.map((q) => q.queue);
  return { kind: 'agent', id: agent.id, name: agent.name, role: agent.role, queues, sessionToken: token, credential: { kind: 'agent', role: agent.role, queues } };
}

/**
 * The caller of a long-lived answer (the live-events stream), asked again: null once the key
 * is revoked or expired or the session ended (signed out, idle, agent disabled); otherwise
 * as they are now (an agent's queues and role may have changed). Does not keep a session alive.
 */
export async function stillAuthorized(db: Db, principal: Principal, idleSeconds: number): Promise<Principal | null> {
  if (principal.kind === 'api_key') {
    const key = await findApiKey(db, principal.id);
    return refusal(key, new Date()) === null ? principal : null;
  }
  const agentId = await liveSessionAgent(db, hashToken(principal.sessionToken), idleSeconds);
  const agent = agentId === undefined ? undefined : await findAgentById(db, agentId);
  return agent === undefined ? null : agentPrincipal(agent, principal.sessionToken);
}

/**
 * Phase one, before rate limiting: find out who is calling — an API key in the
 * Authorization header, else a session cookie — with one indexed lookup and no cache, so a
 * revoked key or ended session is refused from the next request on. Routes record their
 * scope as they are registered; a route that declares none needs `admin` (closed by
 * default), except the documentation routes, which are public.
 */
export function installAuthentication(app: FastifyInstance, db: Db, sessions: SessionSettings): void {
  const routes: RegisteredRoute[] = [];
  app.decorate('routeScopes', routes);
  app.decorateRequest('principal', null);
  app.decorateRequest('authFailure', null);

  app.addHook('onRoute', (route) => {
    const declared = route.config?.scope;
    const scope: RouteScope = declared ?? (publicPaths.some((path) => path.test(route.url)) ? 'public' : 'admin');
    route.config = { ...route.config, scope };
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, scope, declared: declared !== undefined, requestParam: route.config.requestParam });
  });

  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.scope === 'public') return;
    const header = request.headers.authorization;
    const token = header === undefined ? sessionTokenOf(request) : undefined;
    if (header === undefined && token === undefined) {
      request.authFailure = new ApiError(401, 'unauthenticated', 'this route needs an API key (Authorization: Bearer <key>) or a session (POST /v1/session)');
      return;
    }
    const found = header !== undefined ? await keyPrincipal(db, header) : await sessionPrincipal(db, token ?? '', sessions.idleSeconds);
    if (found instanceof ApiError) request.authFailure = found;
    else request.principal = found;
  });
}

export interface AuthorizationOptions {
  /** Origins whose cookie-authenticated calls are accepted on `csrf: 'origin'` routes (the Temporal UI). */
  trustedOrigins: string[];
}

/**
 * Phase two, after rate limiting: refuse what the caller may not do. 401 without a valid
 * credential, 403 when the key's scopes or the agent's role do not grant the route's
 * permission, or when a cookie-authenticated write lacks its CSRF proof. An unknown URL
 * needs a valid credential before it gets its 404, so routes cannot be probed.
 */
export function installAuthorization(app: FastifyInstance, db: Db, { trustedOrigins }: AuthorizationOptions): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const { scope, csrf } = request.routeOptions.config;
    if (scope === 'public') return;
    const principal = request.principal;
    if (principal === null) {
      reply.header('www-authenticate', 'Bearer realm="caseflow"');
      throw request.authFailure ?? new ApiError(401, 'unauthenticated', 'this route needs an API key or a session');
    }
    if (scope !== undefined && !grants(principal.credential, scope)) {
      const who = principal.kind === 'agent' ? `the role ${principal.role}` : 'this API key';
      throw new ApiError(403, 'forbidden', `this route needs the permission ${scope}, which ${who} does not have`, { requiredScope: scope });
    }
    if (principal.kind === 'agent' && !safeMethods.has(request.method)) {
      const origin = request.headers.origin;
      const proven = csrf === 'origin' ? origin !== undefined && trustedOrigins.includes(origin) : csrfTokenMatches(request, principal.sessionToken);
      if (!proven) throw new ApiError(403, 'csrf_failed', 'a write with a session cookie needs the X-CSRF-Token header that POST /v1/session returned');
    }
  });

  // A request id in the path: an `agent` may see and act on it only when it is in their queues.
  app.addHook('preHandler', async (request: FastifyRequest) => {
    const param = request.routeOptions.config.requestParam;
    const principal = request.principal;
    if (param === undefined || principal === null) return;
    if (principal.credential.kind === 'api_key' || principal.credential.role !== 'agent') return;
    const id = (request.params as Record<string, string | undefined>)[param];
    const row = id === undefined ? undefined : await findRequest(db, id);
    if (row !== undefined && !coversQueue(principal.credential, row.queue)) {
      throw new ApiError(403, 'forbidden', 'this request is not in one of your queues', { queue: row.queue });
    }
  });
}

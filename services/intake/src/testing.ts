import { randomBytes } from 'node:crypto';
import { createDb, type Db, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import { createTestDatabase } from '@caseflow/test-harness';
import { createLogger } from '@caseflow/logging';
import type { Client } from '@temporalio/client';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppDeps, buildApp } from './app';
import type { Role } from '@caseflow/people';
import type { ApiScope } from './scopes';

/**
 * For in-process tests of the intake app: builds it with a fresh admin key
 * (CASEFLOW_ADMIN_KEY's path) and mints keys with chosen scopes through the API itself.
 */
export interface TestApp {
  app: FastifyInstance;
  db: Db;
  adminKey: string;
  /** Authorization header for a key. */
  auth(key: string): { authorization: string };
  /** app.inject with the admin key added: for tests of what a route does, not of who may call it. */
  injectAsAdmin(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** A new key with exactly these scopes, created through POST /v1/api-keys. */
  keyWith(scopes: ApiScope[], extra?: { expiresAt?: string }): Promise<{ id: string; key: string }>;
  /** A new agent with this role (created and invited through the API, password set, signed in). */
  agentWith(role: Role, queues?: string[]): Promise<SignedInAgent>;
  close(): Promise<void>;
}

export interface SignedInAgent {
  id: string;
  email: string;
  password: string;
  /** The Cookie header of the session. */
  cookie: string;
  csrfToken: string;
  /** Cookie and CSRF headers: what a browser page of caseflow sends on a write. */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** The session cookie (name=value) out of a sign-in answer. */
export function sessionCookieOf(answer: LightMyRequestResponse): string {
  const header = [answer.headers['set-cookie'] ?? []].flat()[0] ?? '';
  return header.split(';')[0] ?? '';
}

export async function buildTestApp(
  options: { databaseUrl: string; temporal: Client; namespace: string; withoutAdminKey?: boolean } & Partial<AppDeps>,
): Promise<TestApp> {
  const db = options.db ?? createDb(options.databaseUrl, { maxConnections: 4 });
  const adminKey = options.adminKey ?? `test-admin-${randomBytes(24).toString('base64url')}`;
  const app = await buildApp({
    logger: createLogger('intake-test', 'silent'),
    bodyLimitBytes: 64 * 1024,
    autoCloseAfterSeconds: 60,
    // Tests send many requests from one address; the rate-limit test sets its own limits.
    rateLimits: { unauthenticated: 100_000, 'requests:write': 100_000, 'requests:read': 100_000, operator: 100_000, admin: 100_000 },
    ...options,
    // An app over an unreachable database cannot ensure its admin key: withoutAdminKey skips it.
    adminKey: options.withoutAdminKey === true ? undefined : (options.adminKey ?? adminKey),
    db,
  });
  const auth = (key: string) => ({ authorization: `Bearer ${key}` });
  return {
    app,
    db,
    adminKey,
    auth,
    injectAsAdmin: (options) => app.inject({ ...options, headers: { ...options.headers, ...auth(adminKey) } }),
    keyWith: async (scopes, extra = {}) => {
      const answer = await app.inject({ method: 'POST', url: '/v1/api-keys', headers: auth(adminKey), payload: { name: `test ${scopes.join(' ')}`, scopes, ...extra } });
      if (answer.statusCode !== 201) throw new Error(`could not create a test key: ${answer.body}`);
      return answer.json() as { id: string; key: string };
    },
    agentWith: async (role, queues = []) => {
      const email = `${role}-${randomBytes(6).toString('hex')}@example.com`;
      const password = `pw-${randomBytes(12).toString('base64url')}`;
      const created = await app.inject({ method: 'POST', url: '/v1/agents', headers: auth(adminKey), payload: { name: `Test ${role}`, email, role, queues: queues.map((queue) => ({ queue })) } });
      if (created.statusCode !== 201) throw new Error(`could not create a test agent: ${created.body}`);
      const { id, invitation } = created.json() as { id: string; invitation: { token: string } };
      const accepted = await app.inject({ method: 'POST', url: `/v1/agents/invitations/${invitation.token}/accept`, payload: { password } });
      if (accepted.statusCode !== 200) throw new Error(`could not accept the invitation: ${accepted.body}`);
      const signedIn = await app.inject({ method: 'POST', url: '/v1/session', payload: { email, password } });
      if (signedIn.statusCode !== 200) throw new Error(`could not sign in: ${signedIn.body}`);
      const cookie = sessionCookieOf(signedIn);
      const { csrfToken } = signedIn.json() as { csrfToken: string };
      return { id, email, password, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
    },
    close: async () => {
      await app.close();
      if (options.db === undefined) await db.destroy();
    },
  };
}

/**
 * A test app over a database of its own (so counts are exact), migrated, with its own Temporal
 * client: what a route's integration test starts in beforeAll and closes in afterAll.
 */
export async function startIsolatedTestApp(
  context: { databaseUrl: string; temporalAddress: string; namespace: string },
  options: Partial<AppDeps> = {},
): Promise<TestApp & { temporal: Client }> {
  const temporal = await connectClient({ address: context.temporalAddress, namespace: context.namespace });
  const database = await createTestDatabase(context.databaseUrl);
  const db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  await db.destroy();
  const built = await buildTestApp({ ...options, databaseUrl: database.databaseUrl, temporal, namespace: context.namespace });
  return {
    ...built,
    temporal,
    close: async () => {
      await built.close();
      await temporal.connection.close();
      await database.stop();
    },
  };
}

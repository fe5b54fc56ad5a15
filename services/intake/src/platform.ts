import type { PayloadCodec } from '@caseflow/codec';
import type { Db } from '@caseflow/db';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { ensureAdminKey, installAuthentication, installAuthorization } from './auth';
import { ApiError, installErrorHandling } from './errors';
import { installJsonOnly } from './json-body';
import { IntakeMetrics, installMetrics } from './metrics';
import { installOpenApi } from './openapi';
import type { ApiScope } from './scopes';
import { defaultSessionSettings, type SessionSettings } from './session-cookie';

export type RateLimits = Record<ApiScope | 'unauthenticated', number>;

export const defaultRateLimits: RateLimits = { unauthenticated: 60, 'requests:write': 600, 'requests:read': 1200, operator: 1200, admin: 600 };

export interface PlatformOptions {
  db: Db;
  /** CASEFLOW_ADMIN_KEY: ensured to exist as an admin key before the app answers. */
  adminKey?: string | undefined;
  rateLimits?: RateLimits;
  rateLimitWindowMs?: number;
  payloadCodecs?: PayloadCodec[];
  /** The Temporal Web UI's origins: CORS on the codec routes, and the origins whose session cookie the codec accepts. */
  codecCorsOrigins?: string[];
  sessions?: SessionSettings;
}

/**
 * TypeBox's validator converts query, path and header strings to the schema's types, and
 * turns "1.5" into the integer 1 on the way; an integer given as anything but digits is
 * refused here first, so `limit=1.5` is a 400, not a silent 1.
 */
const strictIntegers: FastifySchemaCompiler<TSchema> = (route) => {
  const validate = TypeBoxValidatorCompiler(route);
  if (route.httpPart === 'body') return validate;
  const properties = (route.schema as { properties?: Record<string, { type?: string }> }).properties ?? {};
  const integers = Object.entries(properties).filter(([, schema]) => schema.type === 'integer').map(([name]) => name);
  return (value: unknown) => {
    for (const name of integers) {
      const raw = (value as Record<string, unknown> | null)?.[name];
      if (typeof raw === 'string' && !/^-?\d{1,15}$/.test(raw)) {
        return { error: [{ keyword: 'type', instancePath: `/${name}`, schemaPath: '#/type', params: {}, message: 'must be an integer' }] };
      }
    }
    return validate(value);
  };
};

/** Health probes are never rate limited: an orchestrator must always be able to ask. */
const probes = new Set(['/healthz', '/readyz']);

/**
 * Everything every route shares, in the order it runs for a request: request id, JSON
 * parsing, security headers, who is calling (API key), rate limit (per key, per IP
 * without one), what the caller may do (scope), metrics; then the OpenAPI document.
 * Must run before any route is registered, so every route, whoever adds it, gets it all.
 */
export async function installPlatform(app: FastifyInstance, options: PlatformOptions): Promise<void> {
  app.setValidatorCompiler(strictIntegers);
  installErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installJsonOnly(app);
  // A JSON API needs no script, frame or inline style of its own; /docs sets its own CSP.
  await app.register(helmet, { global: true, contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] } } });

  if (options.adminKey !== undefined) await ensureAdminKey(options.db, options.adminKey);
  installAuthentication(app, options.db, options.sessions ?? defaultSessionSettings);

  const limits = options.rateLimits ?? defaultRateLimits;
  // Draft-standard headers (RateLimit-Limit/Remaining/Reset) are a plugin-wide setting.
  await app.register(rateLimit, { global: false, enableDraftSpec: true });
  app.addHook(
    'onRequest',
    app.rateLimit({
      timeWindow: options.rateLimitWindowMs ?? 60_000,
      keyGenerator: (request: FastifyRequest) => (request.principal === null ? `ip:${request.ip}` : `${request.principal.kind}:${request.principal.id}`),
      max: async (request: FastifyRequest) => {
        const principal = request.principal;
        if (principal === null) return limits.unauthenticated;
        // People get an operator's allowance; an admin agent an admin key's.
        if (principal.kind === 'agent') return principal.role === 'admin' ? limits.admin : limits.operator;
        return Math.max(...principal.scopes.map((scope) => limits[scope]));
      },
      allowList: (request: FastifyRequest) => probes.has(request.routeOptions.url ?? ''),
      errorResponseBuilder: (_request, context) =>
        new ApiError(429, 'rate_limited', `rate limit of ${context.max} requests per ${context.after} reached; retry after the Retry-After header's seconds`, {
          limit: context.max,
          retryAfterSeconds: Math.ceil(context.ttl / 1000),
        }),
    }),
  );
  installAuthorization(app, options.db, { trustedOrigins: options.codecCorsOrigins ?? [] });
  // The document collects routes as they register, /metrics included.
  await installOpenApi(app);
  installMetrics(app, new IntakeMetrics());
}

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { ErrorBody, NotificationEvent } from './schemas';
import type { RouteScope } from './scopes';

const errorResponse = (description: string) => ({ ...ErrorBody, description });

/** Answers every route that needs a key can give, whatever else it declares. */
const authResponses = {
  401: errorResponse('No API key, or a key that is unknown, revoked or expired (`unauthenticated`, `invalid_api_key`).'),
  403: errorResponse('The key lacks the scope this route needs (`forbidden`).'),
  429: errorResponse('Rate limit reached (`rate_limited`); see Retry-After and the RateLimit-* headers.'),
};

/** What a route that takes input can answer besides its own statuses, whatever it declares. */
const inputResponses = {
  400: errorResponse('The request does not match this operation\'s schema, or breaks a rule the description states (`invalid_request`, …).'),
};
const bodyResponses = {
  413: errorResponse('The body is larger than the limit (`payload_too_large`).'),
  415: errorResponse('The body is not JSON (`unsupported_media_type`).'),
};

/**
 * Fastify validates with JSON Schema draft-07, where a tuple is `items: [a, b]`; OpenAPI 3.1
 * speaks draft 2020-12, where that is `prefixItems` and array-valued `items` is invalid. The
 * document gets the 2020-12 spelling of the same rule.
 */
export function toDraft2020(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toDraft2020);
  if (schema === null || typeof schema !== 'object') return schema;
  const { items, additionalItems, ...rest } = schema as Record<string, unknown>;
  const converted: Record<string, unknown> = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, toDraft2020(value)]));
  const same = Array.isArray(items) && items.every((item) => JSON.stringify(item) === JSON.stringify(items[0]));
  if (Array.isArray(items) && same && additionalItems === false) {
    // A pair of times is an array of exactly two times: the plain spelling every tool reads.
    Object.assign(converted, { items: toDraft2020(items[0]), minItems: items.length, maxItems: items.length });
  } else if (Array.isArray(items)) {
    converted['prefixItems'] = toDraft2020(items);
    if (additionalItems !== undefined) converted['items'] = toDraft2020(additionalItems);
  } else {
    if (items !== undefined) converted['items'] = toDraft2020(items);
    if (additionalItems !== undefined) converted['additionalItems'] = toDraft2020(additionalItems);
  }
  return converted;
}

const description = `caseflow takes in customer-service requests and carries each one through its lifecycle.

**Auth**: every route except health, documentation and sign-in needs \`Authorization: Bearer <API key>\`
or the session cookie of a signed-in agent (\`POST /v1/session\`; writes with the cookie also need
\`X-CSRF-Token\`). Key scopes: \`requests:write\` (posting services), \`requests:read\`, \`operator\` (actions),
\`admin\` (keys and configuration; implies every other scope). Agent roles: \`agent\` (their queues), \`lead\`
(every queue, analytics, people), \`admin\` (everything). \`x-required-scope\` names the permission a route needs.

**Errors** always have the shape \`{"error": {"code", "message", "details", "requestId"}}\`, and every answer carries
\`X-Request-Id\`. Bodies are JSON only (415 otherwise), valid UTF-8 (400 \`invalid_encoding\`), at most 64 KB
(413), without unknown fields, duplicate keys or nesting deeper than 16 levels (400). Text fields refuse control
characters other than tab, CR and LF (400).

**Rate limits** are per API key (per IP without one), per minute, by the key's scope; a 429 carries
\`Retry-After\` and \`RateLimit-Limit/Remaining/Reset\`.`;

/**
 * The OpenAPI 3.1 document is generated from the routes' TypeBox schemas (one source for
 * validation, serialization and documentation): /openapi.json, browsable at /docs.
 */
/** Marks every JSON request body of no fields at all as optional (the routes taking one default a missing body to `{}`). */
export function optionalEmptyBodies(document: { paths?: Record<string, Record<string, unknown>> }): void {
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      const body = (operation as { requestBody?: { required?: boolean; content?: Record<string, { schema?: { required?: unknown[]; properties?: Record<string, unknown> } }> } }).requestBody;
      const schema = body?.content?.['application/json']?.schema;
      if (body !== undefined && schema !== undefined && Object.keys(schema.properties ?? { unknown: true }).length === 0) body.required = false;
    }
  }
}

export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'caseflow intake API', version: '1.0.0', description },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from POST /v1/api-keys, e.g. `cf_…`' },
          session: { type: 'apiKey', in: 'cookie', name: 'caseflow_session', description: 'Set by POST /v1/session; writes also send X-CSRF-Token' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
      // Webhook deliveries subscribers receive (signed with X-Caseflow-Signature).
      webhooks: {
        requestEvent: {
          post: {
            summary: 'A request changed (request.created, request.classified, request.resolved, …)',
            parameters: [
              { name: 'X-Caseflow-Event', in: 'header', required: true, schema: { type: 'string' } },
              { name: 'X-Caseflow-Delivery', in: 'header', required: true, schema: { type: 'string' }, description: 'The event id; de-duplicate on it.' },
              { name: 'X-Caseflow-Signature', in: 'header', required: true, schema: { type: 'string' }, description: 't=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>' },
            ],
            requestBody: { content: { 'application/json': { schema: NotificationEvent } } },
            responses: { '2XX': { description: 'Delivered; anything else is retried with backoff.' } },
          },
        },
      },
    } as never,
    // A body of no fields may be left out (an action like start is sent without one), so the
    // document must not call it required: Schemathesis found such routes answering 200 to
    // "Missing request body".
    transformObject: (documentObject) => {
      const document = (documentObject as { openapiObject: { paths?: Record<string, Record<string, unknown>> } }).openapiObject;
      optionalEmptyBodies(document);
      return document as never;
    },
    transform: ({ schema, url, route }) => {
      const scope = (route.config as { scope?: RouteScope } | undefined)?.scope ?? 'admin';
      const hidden = url.startsWith('/docs') || url === '/openapi.json';
      const tag = url.split('/').filter((part) => part !== '' && part !== 'v1')[0] ?? 'health';
      const declared = (schema ?? {}) as Record<string, unknown>;
      // A route that takes raw bytes (consumes without a body schema) shows them as a string body.
      const base = declared['consumes'] !== undefined && declared['body'] === undefined ? { ...declared, body: { type: 'string', description: 'the raw body' } } : declared;
      const response = { ...(base['response'] as Record<string, unknown> | undefined) };
      if (scope !== 'public') for (const [status, answer] of Object.entries(authResponses)) response[status] ??= answer;
      const takesInput = ['params', 'querystring', 'body', 'headers'].some((part) => base[part] !== undefined);
      if (takesInput) for (const [status, answer] of Object.entries(inputResponses)) response[status] ??= answer;
      if (base['body'] !== undefined) for (const [status, answer] of Object.entries(bodyResponses)) response[status] ??= answer;
      return {
        url,
        schema: {
          ...(toDraft2020(base) as Record<string, unknown>),
          ...(hidden ? { hide: true } : {}),
          tags: (base['tags'] as string[] | undefined) ?? [tag.replace(/^:.*/, 'other')],
          response: toDraft2020(response),
          ...(scope === 'public' ? { security: [] } : { security: [{ apiKey: [] }, { session: [] }], 'x-required-scope': scope }),
        } as never,
      };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { config: { scope: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

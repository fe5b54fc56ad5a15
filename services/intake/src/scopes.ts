import type { Permission } from '@caseflow/people';

/**
 * What a route needs. Every route declares a permission in its route config
 * (`config: { scope: 'operator' }`), granted to API keys by their scopes and to signed-in
 * agents by their role (@caseflow/people roles.ts); `public` marks the few routes that
 * need no credential (health, docs, sign-in). The auth hook enforces it, and a test walks
 * every route with every scope and role.
 */
export { type ApiScope, apiScopes } from '@caseflow/people';
export type RouteScope = Permission | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    scope?: RouteScope;
    /** The path parameter holding a request id: an `agent` may act only on requests in their queues. */
    requestParam?: string;
    /** How a cookie-authenticated write proves it is not forged: a CSRF token header (default) or an allowed Origin (the codec, called by the Temporal UI). */
    csrf?: 'token' | 'origin';
    /** The error code of a schema refusal that concerns only this field (e.g. `body/url`), where the route had its own before the schema said as much; otherwise `invalid_request`. */
    validationCodes?: Record<string, string>;
  }
}

/** A route as the auth hook saw it registered: what the 405 answer and the every-route test read. */
export interface RegisteredRoute {
  method: string;
  url: string;
  scope: RouteScope;
  /** False when the route named no scope and got the closed default. */
  declared: boolean;
  /** The path parameter holding a request id, when the route acts on one request. */
  requestParam: string | undefined;
}

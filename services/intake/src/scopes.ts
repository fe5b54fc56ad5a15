/**
 * What an API key may do. Every route declares the scope it needs in its route config
 * (`config: { scope: 'operator' }`); `public` marks the few routes that need no key
 * (health, docs). The auth hook enforces it, and a test checks that no route forgot.
 */
export const apiScopes = ['requests:write', 'requests:read', 'operator', 'admin'] as const;
export type ApiScope = (typeof apiScopes)[number];
export type RouteScope = ApiScope | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    scope?: RouteScope;
  }
}

import { dashboardBuilt, dashboardDist } from '@caseflow/dashboard';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import '../scopes';
import { ApiError } from '../errors';

/**
 * The support lead's dashboard: a static page (packages/dashboard, built by Vite) that
 * asks for an API key once and calls /v1/analytics with it. The page and its assets need
 * no key; every number on it does.
 */
export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  await app.register(fastifyStatic, { root: dashboardDist, serve: false });
  const config = { scope: 'public' as const };
  const notBuilt = () => new ApiError(503, 'dashboard_not_built', 'the dashboard is not built: run pnpm --filter @caseflow/dashboard build');

  app.get('/dashboard', { config, schema: { hide: true } }, async (_request, reply) => {
    if (!dashboardBuilt()) throw notBuilt();
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
  app.get<{ Params: { '*': string } }>('/dashboard/*', { config, schema: { hide: true } }, async (request, reply) => {
    const path = request.params['*'];
    if (path === '' || path === 'index.html') {
      if (!dashboardBuilt()) throw notBuilt();
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    }
    // Only Vite's hashed assets; their names change with their content, so they may be cached for good.
    if (!/^assets\/[\w.-]+$/.test(path)) throw new ApiError(404, 'not_found', `no dashboard file ${path}`);
    return reply.sendFile(path, { maxAge: '365d', immutable: true });
  });
};

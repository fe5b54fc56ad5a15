import { workspaceBuilt, workspaceDist } from '@caseflow/workspace';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import '../scopes';
import { ApiError } from '../errors';

export interface WorkspaceRoutesOptions {
  /** The Temporal Web UI and namespace, for the page's "Open workflow in Temporal" link (leads and admins). */
  temporalUiUrl: string;
  namespace: string;
}

/**
 * The agent workspace: a static page (packages/workspace, built by Vite) that signs in with
 * the session cookie and does everything through the public /v1 API. The page, its assets
 * and its settings (where the Temporal UI is) need no credential; every request on it does.
 */
export const workspaceRoutes: FastifyPluginAsync<WorkspaceRoutesOptions> = async (app, { temporalUiUrl, namespace }) => {
  await app.register(fastifyStatic, { root: workspaceDist, serve: false });
  const config = { scope: 'public' as const };
  const notBuilt = () => new ApiError(503, 'workspace_not_built', 'the workspace is not built: run pnpm --filter @caseflow/workspace build');
  const index = async (reply: FastifyReply) => {
    if (!workspaceBuilt()) throw notBuilt();
    return reply.header('cache-control', 'no-cache').sendFile('index.html', workspaceDist, { cacheControl: false });
  };
  const settings = { temporalUiUrl: temporalUiUrl.replace(/\/$/, ''), namespace };

  app.get('/app', { config, schema: { hide: true } }, async (_request, reply) => index(reply));
  app.get<{ Params: { '*': string } }>('/app/*', { config, schema: { hide: true } }, async (request, reply) => {
    const path = request.params['*'];
    if (path === '' || path === 'index.html') return index(reply);
    if (path === 'settings.json') return reply.header('cache-control', 'no-cache').send(settings);
    // Only Vite's hashed assets; their names change with their content, so they may be cached for good.
    if (!/^assets\/[\w.-]+$/.test(path)) throw new ApiError(404, 'not_found', `no workspace file ${path}`);
    return reply.sendFile(path, workspaceDist, { maxAge: '365d', immutable: true });
  });
};

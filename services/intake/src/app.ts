import type { Db } from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { Client } from '@temporalio/client';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { installErrorHandling } from './errors';
import { healthRoutes } from './routes/health';
import { requestActionRoutes } from './routes/request-actions';
import { requestRoutes } from './routes/requests';
import { slaPolicyRoutes } from './routes/sla-policies';

export interface AppDeps {
  db: Db;
  temporal: Client;
  namespace: string;
  logger: Logger;
  bodyLimitBytes: number;
  autoCloseAfterSeconds: number;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.bodyLimitBytes,
    genReqId: (request) => {
      const supplied = request.headers['x-request-id'];
      return typeof supplied === 'string' && /^[\w.-]{1,128}$/.test(supplied) ? supplied : crypto.randomUUID();
    },
    requestIdHeader: false,
  });
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  installErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // JSON only: any other body type is refused with 415 before a handler runs.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  await app.register(healthRoutes, { db: deps.db, temporal: deps.temporal, namespace: deps.namespace });
  await app.register(requestRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal, autoCloseAfterSeconds: deps.autoCloseAfterSeconds });
  await app.register(requestActionRoutes, { prefix: '/v1', db: deps.db, temporal: deps.temporal });
  await app.register(slaPolicyRoutes, { prefix: '/v1', db: deps.db });
  return app;
}

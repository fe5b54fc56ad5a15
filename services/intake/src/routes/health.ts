import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Db, pingDatabase } from '@caseflow/db';
import { isTemporalReachable } from '@caseflow/temporal';
import type { Client } from '@temporalio/client';
import { Type } from 'typebox';
import '../scopes';

const Health = Type.Object({ status: Type.String(), checks: Type.Optional(Type.Record(Type.String(), Type.String())) });

export const healthRoutes: FastifyPluginAsyncTypebox<{ db: Db; temporal: Client; namespace: string }> = async (app, { db, temporal, namespace }) => {
  app.get('/healthz', { config: { scope: 'public' }, schema: { response: { 200: Health } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { config: { scope: 'public' }, schema: { response: { 200: Health, 503: Health } } }, async (_request, reply) => {
    const [database, temporalUp] = await Promise.all([
      pingDatabase(db).then(
        () => true,
        () => false,
      ),
      isTemporalReachable(temporal, namespace),
    ]);
    const checks = { postgres: database ? 'ok' : 'unreachable', temporal: temporalUp ? 'ok' : 'unreachable' };
    return reply.status(database && temporalUp ? 200 : 503).send({ status: database && temporalUp ? 'ready' : 'not_ready', checks });
  });
};

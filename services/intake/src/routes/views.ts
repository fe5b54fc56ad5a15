import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Db, viewCounts } from '@caseflow/db';
import { visibleQueues } from '@caseflow/people';
import { Type } from 'typebox';
import '../scopes';
import { ErrorBody } from '../schemas';
import { breachingSoon } from '../views';

const Counts = Type.Object({
  mine: Type.Integer({ description: 'open, assigned to the signed-in agent (0 for an API key): GET /v1/requests?assignee=me&open=true' }),
  unassigned: Type.Integer({ description: 'open, routed to a queue, nobody assigned: ?assignee=none&open=true' }),
  waiting: Type.Integer({ description: '?status=waiting_on_customer' }),
  breachingSoon: Type.Integer({ description: '?breaching=soon' }),
  queues: Type.Record(Type.String(), Type.Integer(), { description: 'open requests per queue (?queue=…&open=true); an agent\'s own queues always, with 0 when empty' }),
});

/** What the workspace's left rail shows: each view's count for the caller, over what they may list. */
export const viewRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/views/counts',
    {
      config: { scope: 'requests:read' },
      schema: {
        summary: 'Counts of the workspace views for the caller',
        description: 'Each count is what GET /v1/requests answers with the filters named, for the same caller (an agent: the queues they serve).',
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: Counts, 400: ErrorBody },
      },
    },
    async (request) => {
      const principal = request.principal;
      const inQueues = principal === null ? undefined : visibleQueues(principal.credential);
      return viewCounts(db, {
        agentId: principal?.kind === 'agent' ? principal.id : null,
        inQueues,
        breaching: await breachingSoon(db, new Date()),
        alsoQueues: principal?.kind === 'agent' ? principal.queues : [],
      });
    },
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assignmentModes } from '@caseflow/assignment';
import { agentNames, type Db, findAgentById, findRequest, knownQueues, openRequestsOf, queueOverview, setQueueMode } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import '../scopes';
import { performAction } from '../actions';
import { Accepted } from './request-actions';
import type { AssignmentNotices } from '../assignment';
import { actorOf } from '../auth';
import { ApiError, notFound } from '../errors';
import { requestNames, presentRequest } from '../present';
import { ErrorBody, RequestIdParams, RequestList, RoutingName, ServiceRequest } from '../schemas';

export interface AssignmentRoutesOptions {
  /** OPERATOR_ACTION_TIMEOUT_MS: how long assign and unassign wait for their Update (default 10 s). */
  timeoutMs?: number | undefined;
  db: Db;
  temporal: Client;
  notices: AssignmentNotices;
  /** The signed-in agent's id, or null when the caller is not an agent (an API key). */
  signedInAgent: (request: FastifyRequest) => string | null;
}

const QueueParams = Type.Object({ queue: RoutingName }, { additionalProperties: false });
const ModeBody = Type.Object({ mode: Type.Enum(assignmentModes) }, { additionalProperties: false });
const AssignBody = Type.Object({ agentId: Type.String({ format: 'uuid', description: 'the agent (GET /v1/agents) to assign the request to' }) }, { additionalProperties: false });
const QueueAgent = Type.Object({ id: Type.String(), name: Type.String(), load: Type.Integer(), capacity: Type.Integer(), availability: Type.String() });
const QueueSummary = Type.Object({
  queue: Type.String(),
  mode: Type.Enum(assignmentModes),
  waiting: Type.Integer({ description: 'requests in the line: classified, nobody assigned' }),
  oldestWaitingSeconds: Type.Union([Type.Integer(), Type.Null()]),
  agents: Type.Array(QueueAgent),
});

/**
 * Assignment: manual assign and unassign (Updates of the request workflow, which tell the
 * queue's line), each queue's mode, the queues' lines and agents, and "my work".
 */
export const assignmentRoutes: FastifyPluginAsyncTypebox<AssignmentRoutesOptions> = async (app, { db, temporal, notices, signedInAgent, timeoutMs = 10_000 }) => {
  app.post(
    '/requests/:id/assign',
    {
      config: { scope: 'operator', requestParam: 'id' },
      preValidation: async (request) => {
        request.body ??= {} as never;
        if (typeof request.body === 'object' && request.body !== null && 'assignee' in request.body) {
          throw new ApiError(400, 'invalid_request', 'assignee (a free-text name) is no longer accepted: send {"agentId": "<agent id>"} (GET /v1/agents lists the agents)', [
            { path: 'body/assignee', message: 'replaced by agentId' },
          ]);
        }
      },
      schema: { summary: 'Assign the request to an agent', params: RequestIdParams, body: AssignBody, response: { 200: ServiceRequest, 202: Accepted, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody, 503: ErrorBody } },
    },
    async (request, reply) => {
      const agent = await findAgentById(db, request.body.agentId);
      if (agent === undefined) throw new ApiError(422, 'unknown_agent', `agent ${request.body.agentId} does not exist`, { agentId: request.body.agentId });
      if (agent.disabledAt !== null) throw new ApiError(422, 'agent_disabled', `agent ${agent.name} is disabled and takes no requests`, { agentId: agent.id });
      const outcome = await performAction(db, temporal, request.params.id, 'assign', { actor: actorOf(request.principal), agentId: agent.id, agentName: agent.name, reason: 'manual' }, timeoutMs);
      return 'updateId' in outcome ? reply.status(202).send(outcome) : presentRequest(outcome, await requestNames(db, [outcome]));
    },
  );

  app.post(
    '/requests/:id/unassign',
    {
      config: { scope: 'operator', requestParam: 'id' },
      preValidation: async (request) => {
        if (request.body === undefined) request.body = {}; // left out, not null: a JSON null is still refused
      },
      schema: { summary: 'Take the request from its agent: back to its queue\'s line', params: RequestIdParams, body: Type.Object({}, { additionalProperties: false }), response: { 200: ServiceRequest, 202: Accepted, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 503: ErrorBody } },
    },
    async (request, reply) => {
      const current = await findRequest(db, request.params.id);
      if (current === undefined) throw notFound(`request ${request.params.id}`);
      if (current.assignee === null) throw new ApiError(409, 'invalid_transition', 'cannot unassign a request that has no assignee', { from: current.status, action: 'unassign' });
      const agent = { id: current.assignee, name: (await agentNames(db, [current.assignee])).get(current.assignee) ?? current.assignee };
      const outcome = await performAction(db, temporal, request.params.id, 'unassign', { actor: actorOf(request.principal), agent, reason: 'manual' }, timeoutMs);
      return 'updateId' in outcome ? reply.status(202).send(outcome) : presentRequest(outcome, await requestNames(db, [outcome]));
    },
  );

  app.put(
    '/queues/:queue/assignment',
    {
      config: { scope: 'lead' },
      schema: { summary: 'Set how a queue hands out its requests', params: QueueParams, body: ModeBody, response: { 200: Type.Object({ queue: Type.String(), mode: Type.Enum(assignmentModes) }), 400: ErrorBody, 422: ErrorBody } },
    },
    async (request) => {
      const { queue } = request.params;
      if (!(await knownQueues(db)).includes(queue)) {
        throw new ApiError(422, 'unknown_queue', `queue ${queue} is unknown: no agent serves it and no request was routed to it`, { queue });
      }
      await setQueueMode(db, queue, request.body.mode);
      await notices.onModeChanged(queue);
      return { queue, mode: request.body.mode };
    },
  );

  app.get(
    '/queues',
    { config: { scope: 'operator' }, schema: { summary: 'Every queue: its mode, its line and its agents', response: { 200: Type.Object({ items: Type.Array(QueueSummary) }) } } },
    async () => {
      const now = Date.now();
      const items = (await queueOverview(db)).map((q) => ({
        queue: q.queue,
        mode: q.mode,
        waiting: q.waiting,
        oldestWaitingSeconds: q.oldestWaitingSince === null ? null : Math.max(0, Math.floor((now - q.oldestWaitingSince.getTime()) / 1000)),
        agents: q.agents.map((a) => ({ id: a.id, name: a.name, load: a.load, capacity: a.capacity, availability: a.availability })),
      }));
      return { items };
    },
  );

  app.get(
    '/agents/me/requests',
    { config: { scope: 'session' }, schema: { summary: 'My work: open requests assigned to me, most urgent SLA first', response: { 200: RequestList, 403: ErrorBody } } },
    async (request) => {
      const agentId = signedInAgent(request);
      if (agentId === null) throw new ApiError(403, 'not_an_agent', 'this route answers a signed-in agent (session cookie), not an API key');
      const rows = await openRequestsOf(db, agentId);
      const names = await requestNames(db, rows);
      return { items: rows.map((row) => presentRequest(row, names)), nextCursor: null };
    },
  );
};

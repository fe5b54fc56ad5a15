import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  acceptInvitation,
  type Agent as AgentRecord,
  AgentEmailTaken,
  type AvailabilityChange,
  type Db,
  findAgentById,
  insertAgent,
  insertInvitation,
  listAgents,
  revokeAgentSessions,
  setAgentAvailability,
  setAgentDisabled,
  setAgentPassword,
  updateAgent,
} from '@caseflow/db';
import { generateToken, hashPassword, hashToken, passwordProblem } from '@caseflow/people';
import { Type } from 'typebox';
import '../scopes';
import type { Principal } from '../auth';
import { decodeCursor, page, uuidPattern } from '../cursor';
import { ApiError, notFound } from '../errors';
import { ErrorBody, ListQuery, RoutingName } from '../schemas';
import { Agent, AgentIdParams, CreateAgentBody, Invitation, Password, PatchAgentBody, TokenParams } from './agent-schemas';

export interface AgentRoutesOptions {
  db: Db;
  /**
   * Called after every availability change that `setAgentAvailability` wrote (the value
   * differs from before): where automatic assignment learns that an agent came or went.
   */
  onAvailabilityChanged: (change: AvailabilityChange) => Promise<void>;
  /** Told after capacity, languages, queues or disabled changed (automatic assignment looks again). */
  onCapacityChanged: (agentId: string) => Promise<void>;
}

const INVITATION_SECONDS = 24 * 3600;

function normalizeQueues(queues: { queue: string; level?: number }[] | undefined) {
  if (queues === undefined) return undefined;
  const names = queues.map((q) => q.queue);
  if (new Set(names).size !== names.length) throw new ApiError(400, 'invalid_request', 'a queue is named twice in queues');
  return queues.map((q) => ({ queue: q.queue, level: q.level ?? 1 }));
}

async function newInvitation(db: Db, agentId: string, purpose: 'invite' | 'reset') {
  const { token, hash } = generateToken();
  const expiresAt = new Date(Date.now() + INVITATION_SECONDS * 1000);
  await insertInvitation(db, { tokenHash: hash, agentId, purpose, expiresAt });
  return { token, expiresAt: expiresAt.toISOString(), acceptUrl: `/v1/agents/invitations/${token}/accept` };
}

/** A lead manages agents and leads; only an admin makes or changes an admin. */
function checkLeadLimits(principal: Principal | null, target: AgentRecord | undefined, role: string | undefined): void {
  const isLead = principal?.kind === 'agent' ? principal.role === 'lead' : false;
  if (isLead && (role === 'admin' || target?.role === 'admin')) throw new ApiError(403, 'forbidden', 'only an admin creates or changes an admin');
}

/** People: invite (create), list, read, change (availability through the one writer), disable, reset a password. */
export const agentRoutes: FastifyPluginAsyncTypebox<AgentRoutesOptions> = async (app, { db, onAvailabilityChanged, onCapacityChanged }) => {
  app.post(
    '/agents',
    { config: { scope: 'lead' }, schema: { summary: 'Create an agent and their invitation', body: CreateAgentBody, response: { 201: Type.Intersect([Agent, Type.Object({ invitation: Invitation })]), 400: ErrorBody, 403: ErrorBody, 409: ErrorBody } } },
    async (request, reply) => {
      const body = request.body;
      checkLeadLimits(request.principal, undefined, body.role);
      try {
        const agent = await insertAgent(db, { ...body, queues: normalizeQueues(body.queues) });
        return reply.status(201).send({ ...agent, invitation: await newInvitation(db, agent.id, 'invite') });
      } catch (error) {
        if (error instanceof AgentEmailTaken) throw new ApiError(409, 'email_taken', error.message);
        throw error;
      }
    },
  );

  app.post(
    '/agents/invitations/:token/accept',
    { config: { scope: 'public' }, schema: { summary: 'Set one\'s password with an invitation or reset token (once, within 24 h)', params: TokenParams, body: Type.Object({ password: Password }, { additionalProperties: false }), response: { 200: Type.Object({ id: Type.String(), email: Type.String() }), 400: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const problem = passwordProblem(request.body.password);
      if (problem !== null) throw new ApiError(400, 'invalid_request', problem);
      const agentId = await acceptInvitation(db, hashToken(request.params.token), await hashPassword(request.body.password));
      const agent = agentId === undefined ? undefined : await findAgentById(db, agentId);
      if (agent === undefined) throw new ApiError(404, 'invitation_invalid', 'this invitation is unknown, already used or expired: ask a lead for a new one');
      return { id: agent.id, email: agent.email };
    },
  );

  app.get(
    '/agents',
    { config: { scope: 'operator' }, schema: { summary: 'List agents, newest first', querystring: Type.Object({ ...ListQuery.properties, queue: Type.Optional(RoutingName) }, { additionalProperties: false }), response: { 200: Type.Object({ items: Type.Array(Agent), nextCursor: Type.Union([Type.String(), Type.Null()]) }), 400: ErrorBody } } },
    async (request) => {
      const { limit = 20, cursor, queue } = request.query;
      const rows = await listAgents(db, { limit: limit + 1, after: decodeCursor(cursor, uuidPattern), queue });
      return page(rows, limit, (row) => ({ createdAt: row.createdAt, id: row.id }), (row) => row);
    },
  );

  app.get('/agents/:id', { config: { scope: 'operator' }, schema: { summary: 'One agent', params: AgentIdParams, response: { 200: Agent, 400: ErrorBody, 404: ErrorBody } } }, async (request) => {
    const agent = await findAgentById(db, request.params.id);
    if (agent === undefined) throw notFound(`agent ${request.params.id}`);
    return agent;
  });

  app.patch(
    '/agents/:id',
    { config: { scope: 'profile' }, schema: { summary: 'Change an agent (an agent: only their own availability and languages)', params: AgentIdParams, body: PatchAgentBody, response: { 200: Agent, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const { id } = request.params;
      const { availability, disabled, queues, ...profile } = request.body;
      const principal = request.principal;
      const target = await findAgentById(db, id);
      if (target === undefined) throw notFound(`agent ${id}`);
      if (principal?.kind === 'agent' && principal.role === 'agent') {
        const beyondOwn = Object.keys(request.body).filter((field) => field !== 'availability' && field !== 'languages');
        if (principal.id !== id || beyondOwn.length > 0) throw new ApiError(403, 'forbidden', 'an agent may change only their own availability and languages', { fields: beyondOwn });
      }
      checkLeadLimits(principal, target, profile.role);
      await updateAgent(db, id, { ...profile, queues: normalizeQueues(queues) });
      if (disabled !== undefined) await setAgentDisabled(db, id, disabled);
      // More room, other queues, other languages or (re-)enabled: the queues' lines look again.
      if (profile.capacity !== undefined || profile.languages !== undefined || queues !== undefined || disabled !== undefined) await onCapacityChanged(id);
      if (availability !== undefined) {
        const change = await setAgentAvailability(db, id, availability);
        if (change !== undefined && change.previous !== change.agent.availability) await onAvailabilityChanged(change);
      }
      const agent = await findAgentById(db, id);
      if (agent === undefined) throw notFound(`agent ${id}`);
      return agent;
    },
  );

  app.post(
    '/agents/:id/password-reset',
    { config: { scope: 'lead' }, schema: { summary: 'Reset an agent\'s password: the old one stops working, their sessions end, a new one-time link is returned', params: AgentIdParams, response: { 200: Invitation, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const target = await findAgentById(db, request.params.id);
      if (target === undefined) throw notFound(`agent ${request.params.id}`);
      checkLeadLimits(request.principal, target, undefined);
      await setAgentPassword(db, target.id, null);
      await revokeAgentSessions(db, target.id);
      return newInvitation(db, target.id, 'reset');
    },
  );
};

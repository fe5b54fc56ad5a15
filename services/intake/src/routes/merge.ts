import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actionUpdates, type MergeInput } from '@caseflow/contracts';
import { type Db, findRequest, type RequestRow } from '@caseflow/db';
import { coversQueue } from '@caseflow/people';
import type { Client } from '@temporalio/client';
import { Type } from 'typebox';
import '../scopes';
import { performUpdate } from '../actions';
import { actorOf, type Principal } from '../auth';
import { ApiError, notFound } from '../errors';
import { requestNames, presentRequest } from '../present';
import { ErrorBody, RequestIdParams, ServiceRequest } from '../schemas';
import { Accepted } from './request-actions';

const MergeBody = Type.Object(
  { into: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', description: 'the request this one is folded into: open, of the same customer' }) },
  { additionalProperties: false },
);

/** Requests a merge may fold into: any the customer still talks to (a resolved one reopens on their next message). */
const closedTargets = new Set(['closed', 'merged']);

function conflict(message: string, details: Record<string, unknown>): ApiError {
  return new ApiError(409, 'merge_conflict', message, details);
}

/** An agent acts only in their queues: on the target as on the source (the source is checked by auth.ts). */
function assertMayTouch(principal: Principal | null, target: RequestRow): void {
  if (principal === null || principal.credential.kind === 'api_key' || principal.credential.role !== 'agent') return;
  if (!coversQueue(principal.credential, target.queue)) throw new ApiError(403, 'forbidden', 'the target request is not in one of your queues', { queue: target.queue });
}

/**
 * POST /v1/requests/:id/merge {into}: folds a duplicate into another open request of the
 * same customer. The source's workflow ends `merged` (request.merged), its messages join
 * the target's thread. Checked here because a workflow cannot read another request: the
 * target exists (404), is not the source, is the same customer's and neither closed nor
 * merged (409). Merging again into the same target answers 200 with the same request;
 * into another, 409.
 */
export const mergeRoutes: FastifyPluginAsyncTypebox<{ db: Db; temporal: Client; timeoutMs?: number | undefined }> = async (app, { db, temporal, timeoutMs = 10_000 }) => {
  app.post(
    '/requests/:id/merge',
    {
      config: { scope: 'operator', requestParam: 'id' },
      schema: {
        summary: 'Merge a duplicate into another open request of the same customer',
        params: RequestIdParams,
        body: MergeBody,
        response: { 200: ServiceRequest, 202: Accepted, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 503: ErrorBody },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { into } = request.body;
      const source = await findRequest(db, id);
      if (source === undefined) throw notFound(`request ${id}`);
      if (into === id) throw conflict('cannot merge a request into itself', { into });
      const target = await findRequest(db, into);
      if (target === undefined) throw notFound(`request ${into} (the merge target)`);
      assertMayTouch(request.principal, target);
      if (source.status === 'merged') {
        if (source.merged_into === into) return presentRequest(source, await requestNames(db, [source]));
        throw conflict(`request ${id} is already merged into ${source.merged_into ?? 'another request'}`, { mergedInto: source.merged_into });
      }
      if (target.customer_id !== source.customer_id) throw conflict("cannot merge requests of different customers: one customer's words never join another's thread", { into });
      if (closedTargets.has(target.status)) throw conflict(`cannot merge into a ${target.status} request`, { into, status: target.status });
      const input: MergeInput = { actor: actorOf(request.principal), into };
      const outcome = await performUpdate(db, temporal, id, 'merge', actionUpdates.merge, input, timeoutMs);
      return 'updateId' in outcome ? reply.status(202).send(outcome) : presentRequest(outcome, await requestNames(db, [outcome]));
    },
  );
};

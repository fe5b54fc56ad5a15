import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Actor, type OperatorAction, type OperatorActionInputs, priorities } from '@caseflow/contracts';
import type { Db } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import { type TSchema, Type } from 'typebox';
import '../scopes';
import { performAction } from '../actions';
import { actorOf } from '../auth';
import { requestNames, presentRequest } from '../present';
import { ErrorBody, RequestIdParams, ResolveBody, RoutingName, ServiceRequest } from '../schemas';

/** Printable text: control characters other than tab and newlines are rejected. */
const text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$' });
const body = <P extends Record<string, TSchema>>(properties: P) => Type.Object(properties, { additionalProperties: false });
const Empty = body({});

/** Each action's body schema and how it becomes the Update's input (the actor comes from the caller). */
/** Assign and unassign name an agent: routes/assignment.ts. */
/** Merge names its target: routes/merge.ts. */
type PlainAction = Exclude<OperatorAction, 'assign' | 'unassign' | 'merge'>;
const actions: { [A in PlainAction]: { body: TSchema; input: (body: never, actor: Actor) => OperatorActionInputs[A] } } = {
  start: { body: Empty, input: (_b, actor) => ({ actor }) },
  wait: { body: body({ reason: text(2_000) }), input: (b: { reason: string }, actor) => ({ actor, reason: b.reason }) },
  resume: { body: Empty, input: (_b, actor) => ({ actor }) },
  comment: {
    body: body({ author: text(200), body: text(10_000), internal: Type.Optional(Type.Boolean()) }),
    input: (b: { author: string; body: string; internal?: boolean }, actor) => ({ actor, author: b.author, body: b.body, internal: b.internal ?? false }),
  },
  resolve: { body: ResolveBody, input: (b: { resolution: string }, actor) => ({ actor, resolution: b.resolution }) },
  reopen: { body: body({ reason: text(2_000) }), input: (b: { reason: string }, actor) => ({ actor, reason: b.reason }) },
  close: { body: Empty, input: (_b, actor) => ({ actor }) },
  reclassify: { body: body({ category: RoutingName }), input: (b: { category: string }, actor) => ({ actor, category: b.category }) },
  'confirm-category': { body: Empty, input: (_b, actor) => ({ actor }) },
  priority: { body: body({ priority: Type.Enum(priorities) }), input: (b: OperatorActionInputs['priority'], actor) => ({ actor, priority: b.priority }) },
  feedback: {
    body: body({ score: Type.Integer({ minimum: 1, maximum: 5 }), comment: Type.Optional(text(2_000)) }),
    input: (b: { score: number; comment?: string }, actor) => ({ actor, score: b.score, comment: b.comment ?? null }),
  },
};

export interface RequestActionRoutesOptions {
  db: Db;
  temporal: Client;
  /** OPERATOR_ACTION_TIMEOUT_MS: how long an action waits for its Update (default 10 s). */
  timeoutMs?: number | undefined;
}

export const Accepted = Type.Object(
  { status: Type.Literal('accepted'), updateId: Type.String() },
  { description: 'The workflow accepted the action but had not finished it within OPERATOR_ACTION_TIMEOUT_MS: it will be applied; read the request later.' },
);

/**
 * POST /v1/requests/:id/{start,wait,resume,comment,resolve,reopen,close,reclassify,confirm-category,priority,feedback}:
 * 200 with the request after the change, 409 invalid_transition {from, action} when its
 * state does not allow the action (nothing changes), 404 when it does not exist; 202
 * {status: "accepted", updateId} when the workflow accepted it but had not finished within
 * the deadline, 503 when it did not even accept it.
 */
export const requestActionRoutes: FastifyPluginAsyncTypebox<RequestActionRoutesOptions> = async (app, { db, temporal, timeoutMs = 10_000 }) => {
  for (const [action, spec] of Object.entries(actions) as [PlainAction, (typeof actions)[PlainAction]][]) {
    app.post(
      `/requests/:id/${action}`,
      {
        config: { scope: 'operator', requestParam: 'id' },
        // `curl -X POST …/start` sends no body at all: treat it as an empty object.
        preValidation: async (request) => {
          if (request.body === undefined) request.body = {}; // left out, not null: a JSON null is still refused
        },
        schema: { params: RequestIdParams, body: spec.body, response: { 200: ServiceRequest, 202: Accepted, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 503: ErrorBody } },
      },
      async (request, reply) => {
        // The event names who acted: the signed-in agent or the API key (id and name).
        const input = spec.input((request.body ?? {}) as never, actorOf(request.principal));
        const outcome = await performAction(db, temporal, request.params.id, action, input, timeoutMs);
        return 'updateId' in outcome ? reply.status(202).send(outcome) : presentRequest(outcome, await requestNames(db, [outcome]));
      },
    );
  }
};

import { createHash } from 'node:crypto';
import { noteUpdate, replyUpdate } from '@caseflow/contracts';
import { postCustomerMessage, RequestNotFound } from '@caseflow/conversations';
import { CustomerErased, type CustomerVault, type Db, findMessage, findRequest, listMessages, type MessageRow } from '@caseflow/db';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Client } from '@temporalio/client';
import { Type } from 'typebox';
import { performUpdate } from '../actions';
import { grants } from '@caseflow/people';
import { actorOf } from '../auth';
import { decodeCursor, page, uuidPattern } from '../cursor';
import { ApiError, notFound } from '../errors';
import { requestNames, presentRequest } from '../present';
import { Accepted } from './request-actions';
import '../scopes';
import { ErrorBody, IdempotencyHeaders, RequestIdParams, ServiceRequest, text } from '../schemas';

export interface MessageRoutesOptions {
  db: Db;
  vault: CustomerVault;
  temporal: Client;
  autoCloseAfterSeconds: number;
  /** OPERATOR_ACTION_TIMEOUT_MS: how long a reply or note waits for its Update (default 10 s). */
  timeoutMs?: number | undefined;
  reopenWindowDays: number;
}

const Attachment = Type.Object({ filename: Type.String(), contentType: Type.String(), size: Type.Integer(), sha256: Type.String() });
export const Message = Type.Object({
  id: Type.String(),
  requestId: Type.String(),
  direction: Type.Union([Type.Literal('inbound'), Type.Literal('outbound')]),
  visibility: Type.Union([Type.Literal('public'), Type.Literal('internal')]),
  author: Type.Object({ kind: Type.String(), id: Type.Optional(Type.String()), name: Type.Optional(Type.String()) }),
  body: Type.String(),
  html: Type.Union([Type.String(), Type.Null()]),
  attachments: Type.Array(Attachment),
  channel: Type.String(),
  externalId: Type.Union([Type.String(), Type.Null()]),
  at: Type.String(),
  mergedFrom: Type.Union([Type.String(), Type.Null()], { description: 'the request this message came from when it was merged into this one' }),
});
const MessagesQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })), cursor: Type.Optional(Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9_=-]+$' })) },
  { additionalProperties: false },
);
const MessageBody = Type.Object({ body: text(1, 10_000), author: Type.Optional(Type.Object({ name: text(1, 200) }, { additionalProperties: false })) }, { additionalProperties: false });
const AgentText = Type.Object({ body: text(1, 10_000) }, { additionalProperties: false });
const Posted = Type.Object({
  outcome: Type.Union([Type.Literal('appended'), Type.Literal('resumed'), Type.Literal('reopened'), Type.Literal('new_request'), Type.Literal('duplicate')]),
  requestId: Type.String(),
  messageId: Type.String(),
  relatedTo: Type.Union([Type.String(), Type.Null()]),
});

/** `thread` is the request whose thread is listed: a message of a request merged into it says so. */
export function presentMessage(row: MessageRow, thread: string = row.request_id) {
  return {
    id: row.id,
    requestId: row.request_id,
    direction: row.direction as 'inbound' | 'outbound',
    visibility: row.visibility as 'public' | 'internal',
    author: row.author,
    body: row.body,
    html: row.html,
    attachments: row.attachments,
    channel: row.channel,
    externalId: row.external_id,
    at: row.at.toISOString(),
    mergedFrom: row.request_id === thread ? null : row.request_id,
  };
}

/** A uuid from a hash: the same caller and Idempotency-Key name the same message, whatever the retry. */
function messageIdFor(parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The conversation of a request: its thread (oldest first), customers' messages from a
 * posting service, agents' public replies and internal notes. Internal notes are listed
 * only to operator keys.
 */
export const messageRoutes: FastifyPluginAsyncTypebox<MessageRoutesOptions> = async (app, { db, vault, temporal, autoCloseAfterSeconds, reopenWindowDays, timeoutMs = 10_000 }) => {
  app.get(
    '/requests/:id/messages',
    {
      config: { scope: 'requests:read', requestParam: 'id' },
      schema: { summary: "A request's messages, oldest first", params: RequestIdParams, querystring: MessagesQuery, response: { 200: Type.Object({ items: Type.Array(Message), nextCursor: Type.Union([Type.String(), Type.Null()]) }), 400: ErrorBody, 404: ErrorBody } },
    },
    async (request) => {
      const { id } = request.params;
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, uuidPattern);
      const rows = await listMessages(db, id, { limit: limit + 1, ...(after === undefined ? {} : { after: { at: new Date(after.createdAt), id: after.id } }) });
      if (rows.length === 0 && after === undefined && (await findRequest(db, id)) === undefined) throw notFound(`request ${id}`);
      const insider = request.principal !== null && grants(request.principal.credential, 'operator');
      // Filtering after the page keeps the cursor on the stored order; a page may come back short.
      const answer = page(rows, limit, (row) => ({ createdAt: row.at.toISOString(), id: row.id }), (row) => presentMessage(row, id));
      return { ...answer, items: answer.items.filter((item) => insider || item.visibility === 'public') };
    },
  );

  app.post(
    '/requests/:id/messages',
    {
      config: { scope: 'requests:write', requestParam: 'id' },
      schema: {
        summary: "Add the customer's message",
        description:
          'Resumes a request waiting on the customer, reopens one resolved within REOPEN_WINDOW_DAYS, and otherwise (closed, or resolved longer ago) opens a new request linked by relatedTo. A request of an erased customer takes no message: 409 `customer_erased`. With an Idempotency-Key (scoped to the calling API key) a retry records nothing twice; the same key with another body is 422.',
        params: RequestIdParams,
        body: MessageBody,
        headers: IdempotencyHeaders,
        response: { 201: Posted, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      // Scoped to the calling credential: two services using the same key text never meet.
      const caller = request.principal === null ? 'anonymous' : `${request.principal.kind}:${request.principal.id}`;
      const messageId = key === undefined ? crypto.randomUUID() : messageIdFor(['caseflow.message', caller, request.params.id, key]);
      if (key !== undefined) {
        const earlier = await findMessage(db, messageId);
        if (earlier !== undefined && earlier.body !== request.body.body) {
          throw new ApiError(422, 'idempotency_key_reused', 'this Idempotency-Key was already used for a different message', { messageId });
        }
      }
      try {
        const posted = await postCustomerMessage(
          { db, vault, temporal, autoCloseAfterSeconds, reopenWindowMs: reopenWindowDays * 86_400_000 },
          request.params.id,
          { id: messageId, body: request.body.body, html: null, attachments: [], channel: 'api', externalId: null, authorName: request.body.author?.name ?? null },
        );
        return reply.status(201).send(posted);
      } catch (error) {
        if (error instanceof RequestNotFound) throw notFound(`request ${request.params.id}`);
        if (error instanceof CustomerErased) throw new ApiError(409, 'customer_erased', 'the customer was erased: no message of theirs may be recorded');
        throw error;
      }
    },
  );

  for (const [action, update, summary] of [
    ['reply', replyUpdate, 'Reply to the customer (public, e-mailed)'],
    ['note', noteUpdate, 'Add an internal note (never leaves caseflow)'],
  ] as const) {
    app.post(
      `/requests/:id/${action}`,
      { config: { scope: 'operator', requestParam: 'id' }, schema: { summary, params: RequestIdParams, body: AgentText, response: { 200: ServiceRequest, 202: Accepted, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 503: ErrorBody } } },
      async (request, reply) => {
        const input = { actor: actorOf(request.principal), body: request.body.body };
        const outcome = await performUpdate(db, temporal, request.params.id, action, update, input, timeoutMs);
        return 'updateId' in outcome ? reply.status(202).send(outcome) : presentRequest(outcome, await requestNames(db, [outcome]));
      },
    );
  }
};

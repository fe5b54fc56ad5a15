import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Db, findRequest, listLatestRequestEvents, listRequestEvents, searchRequests } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import '../scopes';
import { visibleQueues } from '@caseflow/people';
import { decodeCursor, page, uuidPattern } from '../cursor';
import { ApiError, notFound } from '../errors';
import { type CustomerRef, submitRequest } from '../intake';
import '../metrics';
import { presentEvent, presentRequest } from '../present';
import {
  Accepted,
  CreateRequestBody,
  ErrorBody,
  EventList,
  EventsQuery,
  IdempotencyHeaders,
  ListRequestsQuery,
  RequestIdParams,
  RequestList,
  ServiceRequestDetail,
} from '../schemas';

export interface RequestRoutesOptions {
  db: Db;
  temporal: Client;
  autoCloseAfterSeconds: number;
}

const LATEST_EVENTS = 20;

function customerRef(body: { customerId?: string; customer?: { externalId: string; name?: string; email?: string } }): CustomerRef {
  if (body.customerId !== undefined && body.customer === undefined) return { customerId: body.customerId };
  if (body.customer !== undefined && body.customerId === undefined) return { customer: body.customer };
  throw new ApiError(400, 'invalid_request', 'give exactly one of customerId and customer', [{ path: 'body', message: 'needs exactly one of customerId, customer' }]);
}

export function validTimestamp(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && Number.isNaN(Date.parse(value))) {
    throw new ApiError(400, 'invalid_request', `${name} must be an RFC 3339 date-time`, [{ path: `querystring/${name}`, message: 'must be a date-time' }]);
  }
  return value;
}

export const requestRoutes: FastifyPluginAsyncTypebox<RequestRoutesOptions> = async (app, { db, temporal, autoCloseAfterSeconds }) => {
  app.post(
    '/requests',
    {
      config: { scope: 'requests:write' },
      schema: {
        summary: 'Submit a request',
        description: 'Accepts the request (202) and starts its workflow. With an Idempotency-Key, retries return the same request; the same key with a different body is 422 `idempotency_key_reused`.',
        body: CreateRequestBody,
        headers: IdempotencyHeaders,
        response: { 202: Accepted, 400: ErrorBody, 422: ErrorBody, 503: ErrorBody },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const row = await submitRequest(
        { db, temporal, autoCloseAfterSeconds, metrics: app.metrics },
        {
          ...customerRef(body),
          subject: body.subject,
          body: body.body,
          type: body.type ?? 'inquiry',
          channel: body.channel ?? 'api',
          metadata: body.metadata ?? {},
        },
        request.headers['idempotency-key'],
      );
      return reply.status(202).send({ id: row.id, status: row.status, workflowId: row.workflow_id });
    },
  );

  app.get(
    '/requests',
    {
      config: { scope: 'requests:read' },
      schema: {
        summary: 'List and search requests',
        description: 'Newest first, ordered by (createdAt, id); keyset pages: pass nextCursor back as `cursor` with the same filters.',
        querystring: ListRequestsQuery,
        response: { 200: RequestList, 400: ErrorBody },
      },
    },
    async (request) => {
      const { limit = 20, cursor, createdFrom, createdTo, ...filters } = request.query;
      const after = decodeCursor(cursor, uuidPattern);
      const rows = await searchRequests(
        db,
        {
          ...filters,
          createdFrom: validTimestamp(createdFrom, 'createdFrom'),
          createdTo: validTimestamp(createdTo, 'createdTo'),
          // An `agent` sees the requests of their queues only.
          inQueues: request.principal === null ? undefined : visibleQueues(request.principal.credential),
        },
        { limit: limit + 1, after },
      );
      return page(rows, limit, (row) => ({ createdAt: row.created_at.toISOString(), id: row.id }), presentRequest);
    },
  );

  app.get(
    '/requests/:id',
    {
      config: { scope: 'requests:read', requestParam: 'id' },
      schema: {
        summary: 'One request with its classification (alternatives included), SLA state and latest events',
        params: RequestIdParams,
        response: { 200: ServiceRequestDetail, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const row = await findRequest(db, request.params.id);
      if (row === undefined) throw notFound(`request ${request.params.id}`);
      const events = await listLatestRequestEvents(db, row.id, LATEST_EVENTS);
      return { ...presentRequest(row), latestEvents: events.map(presentEvent) };
    },
  );

  app.get(
    '/requests/:id/events',
    {
      config: { scope: 'requests:read', requestParam: 'id' },
      schema: { summary: 'The request\'s events, oldest first', params: RequestIdParams, querystring: EventsQuery, response: { 200: EventList, 400: ErrorBody, 404: ErrorBody } },
    },
    async (request) => {
      const { id } = request.params;
      const limit = request.query.limit ?? 100;
      if ((await findRequest(db, id)) === undefined) throw notFound(`request ${id}`);
      const rows = await listRequestEvents(db, id, { afterSeq: Number(request.query.cursor ?? 0), limit: limit + 1 });
      const items = rows.slice(0, limit).map(presentEvent);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > limit && last !== undefined ? String(last.seq) : null };
    },
  );
};

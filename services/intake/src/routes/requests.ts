import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type CustomerVault, type Db, findRequest, serverSecret, listLatestRequestEvents, listRequestEvents, searchRequests } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import '../scopes';
import { visibleQueues } from '@caseflow/people';
import { decodeCursor, decodeSlaCursor, encodeSlaCursor, page, uuidPattern } from '../cursor';
import { assigneeFilter, breachingSoon } from '../views';
import { ApiError, notFound } from '../errors';
import { caller, credentialId, customerGuard } from '../customer-access';
import { type CustomerRef, submitRequest } from '../intake';
import '../metrics';
import { requestNames, presentEvent, presentRequest } from '../present';
import { presentSlaClocks } from '../sla-clocks';
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
  vault: CustomerVault;
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

export const requestRoutes: FastifyPluginAsyncTypebox<RequestRoutesOptions> = async (app, { db, temporal, autoCloseAfterSeconds, vault }) => {
  // Read once, on first use rather than at start, so intake comes up (and says it is not ready) without PostgreSQL.
  let secret: Promise<string> | undefined;
  const idempotencySecret = () =>
    (secret ??= serverSecret(db, 'idempotency').catch((error: unknown) => {
      secret = undefined;
      throw error;
    }));
  app.post(
    '/requests',
    {
      config: { scope: 'requests:write' },
      schema: {
        summary: 'Submit a request',
        description: 'Accepts the request (202) and starts its workflow. With an Idempotency-Key, retries from the same API key return the same request; the same key with a different body is 422 `idempotency_key_reused`. Keys are per API key: another key\'s identical Idempotency-Key is another request. A `customer` profile that would change an existing customer\'s e-mail needs scope operator (403). A customer being or having been erased is 409 `customer_erased`.',
        body: CreateRequestBody,
        headers: IdempotencyHeaders,
        response: { 202: Accepted, 400: ErrorBody, 403: ErrorBody, 409: ErrorBody, 422: ErrorBody, 503: ErrorBody },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const principal = caller(request);
      const row = await submitRequest(
        { db, vault, temporal, autoCloseAfterSeconds, idempotencySecret: await idempotencySecret(), metrics: app.metrics },
        { credentialId: credentialId(principal), customerGuard: customerGuard(principal) },
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
      request.traceRequestId(row.id);
      return reply.status(202).send({ id: row.id, status: row.status, workflowId: row.workflow_id });
    },
  );

  app.get(
    '/requests',
    {
      config: { scope: 'requests:read' },
      schema: {
        summary: 'List and search requests',
        description: 'Newest first, ordered by (createdAt, id), or with `sort=sla` earliest SLA due first (then id; none last); keyset pages: pass nextCursor back as `cursor` with the same filters and sort. An agent sees the requests of the queues they serve.',
        querystring: ListRequestsQuery,
        response: { 200: RequestList, 400: ErrorBody },
      },
    },
    async (request) => {
      const { limit = 20, cursor, createdFrom, createdTo, customer, customerId, assignee, breaching, sort = 'created', ...filters } = request.query;
      if (customer !== undefined && customerId !== undefined) {
        throw new ApiError(400, 'invalid_request', 'give customer or customerId, not both', [{ path: 'querystring/customer', message: 'the same as customerId' }]);
      }
      const rows = await searchRequests(
        db,
        {
          ...filters,
          customerId: customerId ?? customer,
          assignee: assigneeFilter(assignee, request.principal),
          breaching: breaching === 'soon' ? await breachingSoon(db, new Date()) : undefined,
          createdFrom: validTimestamp(createdFrom, 'createdFrom'),
          createdTo: validTimestamp(createdTo, 'createdTo'),
          // An `agent` sees the requests of their queues only.
          inQueues: request.principal === null ? undefined : visibleQueues(request.principal.credential),
        },
        sort === 'sla' ? { limit: limit + 1, order: 'sla', afterSla: decodeSlaCursor(cursor) } : { limit: limit + 1, after: decodeCursor(cursor, uuidPattern) },
      );
      const names = await requestNames(db, rows);
      if (sort === 'created') return page(rows, limit, (row) => ({ createdAt: row.created_at.toISOString(), id: row.id }), (row) => presentRequest(row, names));
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map((row) => presentRequest(row, names)),
        nextCursor: rows.length > limit && last !== undefined ? encodeSlaCursor({ slaDueAt: last.sla_due_at?.toISOString() ?? null, id: last.id }) : null,
      };
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
      return {
        ...presentRequest(row, await requestNames(db, [row])),
        firstRespondedAt: row.first_responded_at?.toISOString() ?? null,
        slaClocks: presentSlaClocks(row.sla_clocks, new Date()),
        latestEvents: events.map(presentEvent),
        duplicateOf: row.duplicate_of === null ? null : { requestId: row.duplicate_of, similarity: row.duplicate_similarity ?? 0 },
        mergedInto: row.merged_into,
      };
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

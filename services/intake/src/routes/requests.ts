import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Db, findRequest, listRequestEvents } from '@caseflow/db';
import type { Client } from '@temporalio/client';
import '../scopes';
import { notFound } from '../errors';
import { submitRequest } from '../intake';
import { presentEvent, presentRequest } from '../present';
import {
  Accepted,
  CreateRequestBody,
  ErrorBody,
  EventList,
  EventsQuery,
  IdempotencyHeaders,
  RequestIdParams,
  ServiceRequest,
} from '../schemas';

export interface RequestRoutesOptions {
  db: Db;
  temporal: Client;
  autoCloseAfterSeconds: number;
}

export const requestRoutes: FastifyPluginAsyncTypebox<RequestRoutesOptions> = async (app, { db, temporal, autoCloseAfterSeconds }) => {
  app.post(
    '/requests',
    {
      config: { scope: 'requests:write' },
      schema: {
        body: CreateRequestBody,
        headers: IdempotencyHeaders,
        response: { 202: Accepted, 400: ErrorBody, 422: ErrorBody, 503: ErrorBody },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const row = await submitRequest(
        { db, temporal, autoCloseAfterSeconds },
        {
          customerId: body.customerId,
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
    '/requests/:id',
    { config: { scope: 'requests:read' }, schema: { params: RequestIdParams, response: { 200: ServiceRequest, 404: ErrorBody } } },
    async (request) => {
      const row = await findRequest(db, request.params.id);
      if (row === undefined) throw notFound(`request ${request.params.id}`);
      return presentRequest(row);
    },
  );

  app.get(
    '/requests/:id/events',
    { config: { scope: 'requests:read' }, schema: { params: RequestIdParams, querystring: EventsQuery, response: { 200: EventList, 404: ErrorBody } } },
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

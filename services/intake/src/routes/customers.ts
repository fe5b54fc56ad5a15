import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CustomerConflict, type CustomerRow, type Db, findCustomer, insertCustomer, listCustomers, searchRequests, updateCustomer } from '@caseflow/db';
import { Type } from 'typebox';
import type { Principal } from '../auth';
import '../scopes';
import { visibleQueues } from '@caseflow/people';
import { decodeCursor, page, uuidPattern } from '../cursor';
import { canSeeCustomer, caller, credentialId, customerGuard } from '../customer-access';
import { ApiError, notFound } from '../errors';
import { requestNames, presentRequest } from '../present';
import { CustomerIdString, CustomerProfile, ErrorBody, ListQuery, RequestList, text } from '../schemas';

const Customer = Type.Object({
  id: Type.String(),
  externalId: Type.Union([Type.String(), Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const CustomerParams = Type.Object({ id: CustomerIdString }, { additionalProperties: false });

const CreateCustomerBody = Type.Object(
  { externalId: Type.Optional(CustomerProfile.properties.externalId), name: Type.Optional(text(1, 200)), email: Type.Optional(CustomerProfile.properties.email) },
  { additionalProperties: false, examples: [{ externalId: 'crm-1001', name: 'Ada Lovelace', email: 'ada@example.com' }] },
);

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));
const PatchCustomerBody = Type.Object(
  { externalId: nullable(CustomerProfile.properties.externalId), name: nullable(text(1, 200)), email: nullable(CustomerProfile.properties.email) },
  { additionalProperties: false, minProperties: 1, description: 'Only the given fields change; null clears one.' },
);

const ListCustomersQuery = Type.Object(
  { ...ListQuery.properties, externalId: Type.Optional(CustomerProfile.properties.externalId), email: Type.Optional(CustomerProfile.properties.email) },
  { additionalProperties: false },
);

const customerIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

function present(row: CustomerRow) {
  return { id: row.id, externalId: row.external_id, name: row.name, email: row.email, createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString() };
}

/** A 409 names the holder only to a caller who may read it: others learn that the externalId is taken, nothing more. */
function conflict(principal: Principal, error: unknown): unknown {
  if (!(error instanceof CustomerConflict)) return error;
  const details = canSeeCustomer(principal, error.existing) ? { customerId: error.existingId } : null;
  return new ApiError(409, 'customer_exists', 'a customer with this externalId already exists', details);
}

/** Customers: posting services create them (or upsert them with a request), readers look them up. */
export const customerRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/customers',
    { config: { scope: 'requests:write' }, schema: { summary: 'Create a customer', body: CreateCustomerBody, response: { 201: Customer, 400: ErrorBody, 409: ErrorBody } } },
    async (request, reply) => {
      const { externalId = null, name = null, email = null } = request.body;
      const principal = caller(request);
      const row = await insertCustomer(db, { id: randomUUID(), externalId, name, email, createdBy: credentialId(principal) }).catch((error: unknown) => Promise.reject(conflict(principal, error)));
      return reply.status(201).send(present(row));
    },
  );

  app.get(
    '/customers',
    { config: { scope: 'requests:read' }, schema: { summary: 'List customers, newest first', querystring: ListCustomersQuery, response: { 200: Type.Object({ items: Type.Array(Customer), nextCursor: Type.Union([Type.String(), Type.Null()]) }), 400: ErrorBody } } },
    async (request) => {
      const { limit = 20, cursor, externalId, email } = request.query;
      const rows = await listCustomers(db, { limit: limit + 1, after: decodeCursor(cursor, customerIdPattern), externalId, email });
      return page(rows, limit, (row) => ({ createdAt: row.created_at.toISOString(), id: row.id }), present);
    },
  );

  app.get(
    '/customers/:id',
    { config: { scope: 'requests:read' }, schema: { summary: 'One customer', params: CustomerParams, response: { 200: Customer, 400: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const row = await findCustomer(db, request.params.id);
      if (row === undefined) throw notFound(`customer ${request.params.id}`);
      return present(row);
    },
  );

  app.patch(
    '/customers/:id',
    {
      config: { scope: 'requests:write' },
      schema: {
        summary: 'Change a customer',
        description: 'A posting key changes only customers it created (another\'s is 404); changing an e-mail address that is set needs scope operator (403 otherwise).',
        params: CustomerParams,
        body: PatchCustomerBody,
        response: { 200: Customer, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const principal = caller(request);
      // A customer the caller may not see does not exist for it (its creator never changes, so this read cannot go stale).
      const existing = await findCustomer(db, request.params.id);
      if (existing === undefined || !canSeeCustomer(principal, existing)) throw notFound(`customer ${request.params.id}`);
      const row = await updateCustomer(db, request.params.id, request.body, customerGuard(principal)).catch((error: unknown) => Promise.reject(conflict(principal, error)));
      if (row === undefined) throw notFound(`customer ${request.params.id}`);
      return present(row);
    },
  );

  app.get(
    '/customers/:id/requests',
    { config: { scope: 'requests:read' }, schema: { summary: 'The customer\'s requests, newest first', params: CustomerParams, querystring: ListQuery, response: { 200: RequestList, 400: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const { limit = 20, cursor } = request.query;
      const after = decodeCursor(cursor, uuidPattern);
      if ((await findCustomer(db, request.params.id)) === undefined) throw notFound(`customer ${request.params.id}`);
      const inQueues = request.principal === null ? undefined : visibleQueues(request.principal.credential);
      const rows = await searchRequests(db, { customerId: request.params.id, inQueues }, { limit: limit + 1, after });
      const names = await requestNames(db, rows);
      return page(rows, limit, (row) => ({ createdAt: row.created_at.toISOString(), id: row.id }), (row) => presentRequest(row, names));
    },
  );
};

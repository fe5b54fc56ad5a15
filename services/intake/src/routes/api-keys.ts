import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type ApiKeySummary, type Db, findApiKey, insertApiKey, listApiKeys, revokeApiKey, updateApiKey } from '@caseflow/db';
import { Type } from 'typebox';
import '../scopes';
import { generateApiKey } from '../auth';
import { decodeCursor, page, uuidPattern } from '../cursor';
import { ApiError, notFound } from '../errors';
import { apiScopes } from '../scopes';
import { ErrorBody, ListQuery, RequestIdParams, text } from '../schemas';

const Scopes = Type.Array(Type.Enum(apiScopes), { minItems: 1, maxItems: apiScopes.length, uniqueItems: true });

const ApiKey = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'the first characters of the key, to tell keys apart' }),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String(),
  expiresAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

const CreatedApiKey = Type.Object({ ...ApiKey.properties, key: Type.String({ description: 'the secret: shown this once, stored only as a hash' }) });

const CreateApiKeyBody = Type.Object(
  { name: text(1, 100), scopes: Scopes, expiresAt: Type.Optional(Type.String({ format: 'date-time' })) },
  { additionalProperties: false, examples: [{ name: 'web shop', scopes: ['requests:write', 'requests:read'] }] },
);

const PatchApiKeyBody = Type.Object({ name: Type.Optional(text(1, 100)), scopes: Type.Optional(Scopes) }, { additionalProperties: false, minProperties: 1 });

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

function present(key: ApiKeySummary) {
  return { id: key.id, name: key.name, prefix: key.prefix, scopes: key.scopes, createdAt: key.created_at.toISOString(), expiresAt: iso(key.expires_at), revokedAt: iso(key.revoked_at) };
}

/** API keys, for admins. Revocation is immediate: every request looks its key up afresh. */
export const apiKeyRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/api-keys',
    { config: { scope: 'admin' }, schema: { summary: 'Create an API key (the key is in this answer only)', body: CreateApiKeyBody, response: { 201: CreatedApiKey, 400: ErrorBody } } },
    async (request, reply) => {
      const { name, scopes, expiresAt } = request.body;
      if (expiresAt !== undefined && !(Date.parse(expiresAt) > Date.now())) {
        throw new ApiError(400, 'invalid_request', 'expiresAt must be a date-time in the future', [{ path: 'body/expiresAt', message: 'must be in the future' }]);
      }
      const { key, prefix, hash } = generateApiKey();
      const stored = await insertApiKey(db, { id: randomUUID(), name, prefix, keyHash: hash, scopes, expiresAt: expiresAt ?? null });
      return reply.status(201).send({ ...present(stored), key });
    },
  );

  app.get(
    '/api-keys',
    { config: { scope: 'admin' }, schema: { summary: 'List API keys, newest first', querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(ApiKey), nextCursor: Type.Union([Type.String(), Type.Null()]) }), 400: ErrorBody } } },
    async (request) => {
      const { limit = 20, cursor } = request.query;
      const rows = await listApiKeys(db, { limit: limit + 1, after: decodeCursor(cursor, uuidPattern) });
      return page(rows, limit, (row) => ({ createdAt: row.created_at.toISOString(), id: row.id }), present);
    },
  );

  app.get(
    '/api-keys/:id',
    { config: { scope: 'admin' }, schema: { summary: 'One API key', params: RequestIdParams, response: { 200: ApiKey, 400: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const key = await findApiKey(db, request.params.id);
      if (key === undefined) throw notFound(`API key ${request.params.id}`);
      return present(key);
    },
  );

  app.patch(
    '/api-keys/:id',
    { config: { scope: 'admin' }, schema: { summary: 'Rename an API key or change its scopes (effective at once)', params: RequestIdParams, body: PatchApiKeyBody, response: { 200: ApiKey, 400: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const key = await updateApiKey(db, request.params.id, request.body);
      if (key === undefined) throw notFound(`API key ${request.params.id}`);
      return present(key);
    },
  );

  app.delete(
    '/api-keys/:id',
    { config: { scope: 'admin' }, schema: { summary: 'Revoke an API key (effective at once; the record stays)', params: RequestIdParams, response: { 200: ApiKey, 400: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const key = await revokeApiKey(db, request.params.id);
      if (key === undefined) throw notFound(`API key ${request.params.id}`);
      return present(key);
    },
  );
};

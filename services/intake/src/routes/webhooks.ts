import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createSubscription,
  type Db,
  deleteSubscription,
  findSubscription,
  listDeliveries,
  listSubscriptions,
  rotateSubscriptionSecret,
  updateSubscription,
} from '@caseflow/db';
import type { FieldCipher } from '@caseflow/codec';
import type { AddressPolicy } from '@caseflow/net-guard';
import '../scopes';
import { notFound } from '../errors';
import { ErrorBody } from '../schemas';
import { decodeCursor, encodeCursor, newWebhookSecret, parseEventList, parseWebhookUrl, presentDelivery, presentSubscription } from '../webhooks';
import {
  CreateWebhookBody,
  DeliveriesQuery,
  Delivery,
  IdParams,
  ListQuery,
  RotateSecretBody,
  UpdateWebhookBody,
  Webhook,
  WebhookWithSecret,
} from './webhook-schemas';
import { Type } from 'typebox';

const defaultGraceSeconds = 24 * 3600;
const page = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/**
 * Webhook subscriptions (admin): CRUD, secret rotation with a grace period, and each one's delivery log.
 * A signing secret is shown in clear once, when made; it is stored sealed with `secrets` (CODEC_KEYS).
 */
/** A URL the schema refuses keeps the code parseWebhookUrl gave it before the schema described URLs. */
const urlCode = { 'body/url': 'invalid_webhook_url' };

export const webhookRoutes: FastifyPluginAsyncTypebox<{ db: Db; destinations: AddressPolicy; secrets: FieldCipher }> = async (app, { db, destinations, secrets }) => {
  app.post(
    '/webhooks',
    { config: { scope: 'admin', validationCodes: urlCode }, schema: { body: CreateWebhookBody, response: { 201: WebhookWithSecret, 400: ErrorBody } } },
    async (request, reply) => {
      const { body } = request;
      const secret = newWebhookSecret();
      const row = await createSubscription(db, {
        id: randomUUID(),
        url: parseWebhookUrl(body.url, destinations),
        events: parseEventList(body.events),
        description: body.description ?? null,
        active: body.active ?? true,
        secret,
        includeInternal: body.includeInternal ?? false,
      }, secrets);
      return reply.status(201).send({ ...presentSubscription(row), secret });
    },
  );

  app.get('/webhooks', { config: { scope: 'admin' }, schema: { querystring: ListQuery, response: { 200: page(Webhook), 400: ErrorBody } } }, async (request) => {
    const limit = request.query.limit ?? 50;
    const after = decodeCursor(request.query.cursor);
    const rows = await listSubscriptions(db, { ...(after === undefined ? {} : { after }), limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items: items.map(presentSubscription), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(last) : null };
  });

  app.get('/webhooks/:id', { config: { scope: 'admin' }, schema: { params: IdParams, response: { 200: Webhook, 404: ErrorBody } } }, async (request) => {
    const row = await findSubscription(db, request.params.id);
    if (row === undefined) throw notFound(`webhook ${request.params.id}`);
    return presentSubscription(row);
  });

  app.patch(
    '/webhooks/:id',
    { config: { scope: 'admin', validationCodes: urlCode }, schema: { params: IdParams, body: UpdateWebhookBody, response: { 200: Webhook, 400: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const { body } = request;
      const row = await updateSubscription(db, request.params.id, {
        ...(body.url === undefined ? {} : { url: parseWebhookUrl(body.url, destinations) }),
        ...(body.events === undefined ? {} : { events: parseEventList(body.events) }),
        ...(body.description === undefined ? {} : { description: body.description }),
        ...(body.active === undefined ? {} : { active: body.active }),
        ...(body.includeInternal === undefined ? {} : { includeInternal: body.includeInternal }),
      });
      if (row === undefined) throw notFound(`webhook ${request.params.id}`);
      return presentSubscription(row);
    },
  );

  app.delete('/webhooks/:id', { config: { scope: 'admin' }, schema: { params: IdParams, response: { 204: Type.Null(), 404: ErrorBody } } }, async (request, reply) => {
    if (!(await deleteSubscription(db, request.params.id))) throw notFound(`webhook ${request.params.id}`);
    return reply.status(204).send(null);
  });

  app.post(
    '/webhooks/:id/rotate-secret',
    { config: { scope: 'admin' }, schema: { params: IdParams, body: RotateSecretBody, response: { 200: WebhookWithSecret, 400: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const secret = newWebhookSecret();
      const row = await rotateSubscriptionSecret(db, request.params.id, secret, request.body.graceSeconds ?? defaultGraceSeconds, secrets);
      if (row === undefined) throw notFound(`webhook ${request.params.id}`);
      return { ...presentSubscription(row), secret };
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    { config: { scope: 'admin' }, schema: { params: IdParams, querystring: DeliveriesQuery, response: { 200: page(Delivery), 400: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const { id } = request.params;
      if ((await findSubscription(db, id)) === undefined) throw notFound(`webhook ${id}`);
      const limit = request.query.limit ?? 50;
      const before = decodeCursor(request.query.cursor);
      const rows = await listDeliveries(db, id, {
        ...(request.query.status === undefined ? {} : { status: request.query.status }),
        ...(before === undefined ? {} : { before }),
        limit: limit + 1,
      });
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return { items: items.map(presentDelivery), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(last) : null };
    },
  );
};

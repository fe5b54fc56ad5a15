import { webhookEventTypes } from '@caseflow/contracts';
import { requestStatuses } from '@caseflow/lifecycle';
import { Type } from 'typebox';
import { Incident } from './analytics-schemas';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Uuid = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' });

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

const EventList = Type.Array(Type.Union([Type.Literal('*'), Type.Enum(webhookEventTypes)]), { minItems: 1, maxItems: webhookEventTypes.length, uniqueItems: true });
const Description = Type.String({ maxLength: 500, pattern: '^[^\\u0000-\\u001F\\u007F]*$' });
/** http(s), no credentials before the host, no fragment: what parseWebhookUrl accepts, said in the schema. */
const Url = Type.String({
  minLength: 8,
  maxLength: 2048,
  format: 'uri',
  pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?][^\\s#]*)?$',
  description: 'http or https, without credentials or fragment; a host that is a private, loopback or link-local address is refused (400 `webhook_destination_refused`) unless WEBHOOK_ALLOW_PRIVATE allows it',
});

export const CreateWebhookBody = Type.Object(
  { url: Url, events: EventList, description: Type.Optional(Nullable(Description)), active: Type.Optional(Type.Boolean()), includeInternal: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

export const UpdateWebhookBody = Type.Object(
  {
    url: Type.Optional(Url),
    events: Type.Optional(EventList),
    description: Type.Optional(Nullable(Description)),
    active: Type.Optional(Type.Boolean()),
    includeInternal: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const RotateSecretBody = Type.Object(
  /** How long the previous secret keeps signing too; 0 ends it at once. Default 24 h, at most 7 days. */
  { graceSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 7 * 24 * 3600 })) },
  { additionalProperties: false },
);

export const Webhook = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  description: Nullable(Type.String()),
  active: Type.Boolean(),
  /** Internal events (notes) are delivered too; only an admin sets it. */
  includeInternal: Type.Boolean(),
  previousSecretValidUntil: Nullable(Type.String()),
  failingSince: Nullable(Type.String()),
  disabledAt: Nullable(Type.String()),
  disabledReason: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

/** Only the answers to create and rotate-secret carry the secret: it is never shown again. */
export const WebhookWithSecret = Type.Intersect([Webhook, Type.Object({ secret: Type.String() })]);

export const ListQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), cursor: Type.Optional(Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })) },
  { additionalProperties: false },
);

export const deliveryStatuses = ['pending', 'failed', 'delivered', 'dead'] as const;

export const DeliveriesQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(deliveryStatuses)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
  },
  { additionalProperties: false },
);

export const Delivery = Type.Object({
  id: Type.String(),
  subscriptionId: Type.String(),
  eventId: Type.String(),
  eventType: Type.String(),
  requestId: Nullable(Type.String()),
  status: Type.Enum(deliveryStatuses),
  attempts: Type.Integer(),
  replays: Type.Integer(),
  lastStatusCode: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  deliveredAt: Nullable(Type.String()),
  deadAt: Nullable(Type.String()),
});

export const DeliveryAttempt = Type.Object({
  attempt: Type.Integer(),
  outcome: Type.String(),
  statusCode: Nullable(Type.Integer()),
  error: Nullable(Type.String()),
  latencyMs: Type.Integer(),
  at: Type.String(),
});

export const DeliveryWithAttempts = Type.Intersect([Delivery, Type.Object({ attemptLog: Type.Array(DeliveryAttempt) })]);

export const ReplayAccepted = Type.Object({ id: Type.String(), status: Type.Literal('pending'), workflowId: Type.String() });

/**
 * The body of every webhook (version 1, header `X-Caseflow-Webhook-Version: 1`): the event
 * id (also `X-Caseflow-Delivery`), its type, when it happened, and the request's state after it.
 */
export const WebhookPayload = Type.Object(
  {
    id: Type.String({ description: 'event id, `<request id>.<seq>`; de-duplicate on it' }),
    type: Type.Enum(webhookEventTypes),
    createdAt: Type.String({ format: 'date-time' }),
    data: Type.Object({
      request: Type.Object({
        requestId: Type.String(),
        customerId: Type.String(),
        status: Type.Enum(requestStatuses),
        seq: Type.Integer(),
        classification: Nullable(
          Type.Object({
            category: Type.String(),
            queue: Type.String(),
            priority: Type.String(),
            confidence: Type.Number(),
            modelVersion: Type.String(),
            alternatives: Type.Array(Type.Object({ label: Type.String(), confidence: Type.Number() })),
          }),
        ),
        assignee: Nullable(Type.String()),
        resolution: Nullable(Type.String()),
        escalationLevel: Type.Integer(),
        createdAt: Type.String(),
        updatedAt: Type.String(),
        resolvedAt: Nullable(Type.String()),
        closedAt: Nullable(Type.String()),
      }),
    }),
  },
  { description: 'caseflow webhook payload, version 1' },
);

/** The body of `incident.detected` (same headers and signature): the incident as the topics analytics show it, at detection. */
export const IncidentWebhookPayload = Type.Object(
  {
    id: Type.String({ description: 'event id, `incident.detected-<incident id>`; sent once per incident' }),
    type: Type.Literal('incident.detected'),
    createdAt: Type.String({ format: 'date-time' }),
    data: Type.Object({ incident: Incident }),
  },
  { description: 'caseflow incident webhook payload, version 1' },
);

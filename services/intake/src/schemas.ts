import { requestTypes } from '@caseflow/contracts';
import { requestStatuses } from '@caseflow/lifecycle';
import { Type } from 'typebox';

/** Printable text: control characters other than tab and newlines are rejected. */
const text = (minLength: number, maxLength: number) => Type.String({ minLength, maxLength, pattern: '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$' });

export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Unknown() }),
});

export const CreateRequestBody = Type.Object(
  {
    customerId: Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9][A-Za-z0-9._:@-]*$' }),
    subject: text(1, 200),
    body: text(1, 10_000),
    type: Type.Optional(Type.Enum(requestTypes)),
    channel: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9][a-z0-9_-]*$' })),
    metadata: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 32 })),
  },
  { additionalProperties: false },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' })),
});

export const RequestIdParams = Type.Object(
  { id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }) },
  { additionalProperties: false },
);

export const Accepted = Type.Object({ id: Type.String(), status: Type.String(), workflowId: Type.String() });

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ServiceRequest = Type.Object({
  id: Type.String(),
  status: Type.Enum(requestStatuses),
  customerId: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  type: Type.String(),
  channel: Type.String(),
  metadata: Type.Record(Type.String(), Type.Unknown()),
  category: Nullable(Type.String()),
  queue: Nullable(Type.String()),
  priority: Nullable(Type.String()),
  confidence: Nullable(Type.Number()),
  modelVersion: Nullable(Type.String()),
  alternatives: Nullable(Type.Array(Type.Object({ label: Type.String(), confidence: Type.Number() }))),
  assignee: Nullable(Type.String()),
  resolution: Nullable(Type.String()),
  escalationLevel: Type.Integer(),
  slaDueAt: Nullable(Type.String()),
  slaBreached: Type.Boolean(),
  workflowId: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  classifiedAt: Nullable(Type.String()),
  resolvedAt: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
});

export const ResolveBody = Type.Object({ resolution: text(1, 5_000) }, { additionalProperties: false });

export const RequestEvent = Type.Object({
  id: Type.String(),
  requestId: Type.String(),
  seq: Type.Integer(),
  type: Type.String(),
  actor: Type.String(),
  at: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
});

export const EventsQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    cursor: Type.Optional(Type.String({ pattern: '^\\d{1,9}$' })),
  },
  { additionalProperties: false },
);

export const EventList = Type.Object({ items: Type.Array(RequestEvent), nextCursor: Nullable(Type.String()) });

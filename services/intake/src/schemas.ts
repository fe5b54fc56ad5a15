import { requestLanguages } from '@caseflow/classifier/language';
import { priorities, requestTypes } from '@caseflow/contracts';
import { requestStatuses } from '@caseflow/lifecycle';
import emailAddresses from 'email-addresses';
import { Type } from 'typebox';
import { SlaClocksView } from './sla-clocks';
import { Format } from 'typebox/format';

const { parseOneAddress } = emailAddresses;

/** Printable text: control characters other than tab and newlines are rejected. */
export const text = (minLength: number, maxLength: number) => Type.String({ minLength, maxLength, pattern: '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$' });

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'snake_case, stable: branch on it' }),
      message: Type.String({ description: 'a sentence for humans; may change' }),
      details: Type.Unknown({ description: 'structured context, or null' }),
      requestId: Type.Optional(Type.String({ description: 'the X-Request-Id of the answer; quote it when reporting a problem' })),
    }),
  },
  { examples: [{ error: { code: 'invalid_request', message: 'invalid body: /subject must NOT have fewer than 1 characters', details: [{ path: 'body/subject', message: 'must NOT have fewer than 1 characters' }], requestId: '7f0c…' } }] },
);

/** Customer ids: the id of a customer created here, or one a posting service chose (its own id). */
/** A category or queue name: the routing file's names, banking77's intents included (one ends in `?`). */
export const RoutingName = Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:?-]+$' });
export const CustomerIdString = Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9][A-Za-z0-9._:@-]*$' });
/**
 * Exactly one bare address (`ada@example.com`), decided by an RFC 5322 parser
 * (email-addresses), not a pattern of our own: lists (`a@b.example,x`), display names,
 * comments and quoted local parts are refused, because replies to the customer go there.
 */
export function isOneEmailAddress(value: string): boolean {
  const parsed = parseOneAddress({ input: value, rfc6532: true });
  return parsed !== null && parsed.type === 'mailbox' && parsed.name === null && parsed.address === value && !parsed.domain.startsWith('[');
}
Format.Set('caseflow-email', isOneEmailAddress);
/**
 * RFC 5322 atext and, by RFC 6532, any character beyond ASCII but whitespace: everything but
 * controls, white space (the Unicode spaces too, and U+FEFF), and the specials ()<>[]:;@\\,." .
 */
const atext = '[^\\s\\u0000-\\u001F\\u007F\\uFEFF()<>\\[\\]:;@\\\\,."]+';
/** The pattern says what the parser accepts: dot-atom@dot-atom, no quoted parts, comments or address literals. */
export const Email = Type.String({ minLength: 3, maxLength: 254, format: 'caseflow-email', pattern: `^${atext}(\\.${atext})*@${atext}(\\.${atext})*$` });

export const CustomerProfile = Type.Object(
  {
    externalId: Type.String({ minLength: 1, maxLength: 128, pattern: '^[\\x21-\\x7E]+$', description: 'your system\'s id for the customer (the CRM link)' }),
    name: Type.Optional(text(1, 200)),
    email: Type.Optional(Email),
  },
  { additionalProperties: false },
);

export const CreateRequestBody = Type.Object(
  {
    customerId: Type.Optional({ ...CustomerIdString, description: 'an existing customer; an id never seen before is registered as a bare customer (compatible with integrations that predate /v1/customers)' }),
    customer: Type.Optional({ ...CustomerProfile, description: 'upserted by externalId: created when new, name and email updated when given' }),
    subject: text(1, 200),
    body: text(1, 10_000),
    type: Type.Optional(Type.Enum(requestTypes)),
    channel: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9][a-z0-9_-]*$' })),
    metadata: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 32 })),
  },
  {
    additionalProperties: false,
    description: 'Exactly one of customerId and customer.',
    // The same rule, in the schema: validation refuses both or neither, and the document says so.
    oneOf: [{ required: ['customerId'] }, { required: ['customer'] }],
    examples: [
      { customer: { externalId: 'crm-1001', name: 'Ada Lovelace', email: 'ada@example.com' }, subject: 'Card payment declined', body: 'My card was declined twice today.', type: 'complaint', channel: 'web' },
    ],
  },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' })),
});

/** Who did something: a signed-in agent, an API key, caseflow itself, or the customer (their message). */
export const Actor = Type.Union([
  Type.Object({ kind: Type.Union([Type.Literal('agent'), Type.Literal('api_key')]), id: Type.String(), name: Type.String() }),
  Type.Object({ kind: Type.Literal('system') }),
  Type.Object({ kind: Type.Literal('customer'), id: Type.String() }),
]);

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
  customerName: Nullable(Type.String({ description: 'the customer\'s name; null when they gave none' })),
  subject: Type.String(),
  body: Type.String(),
  type: Type.String(),
  channel: Type.String(),
  metadata: Type.Record(Type.String(), Type.Unknown()),
  language: Type.Enum(requestLanguages, { description: 'detected from subject and body when the request arrived (`metadata.language` when the poster stated en, zh or other): `en`, `zh`, or `other` for neither' }),
  category: Nullable(Type.String()),
  queue: Nullable(Type.String()),
  priority: Nullable(Type.String()),
  confidence: Nullable(Type.Number()),
  modelVersion: Nullable(Type.String()),
  alternatives: Nullable(Type.Array(Type.Object({ label: Type.String(), confidence: Type.Number() }))),
  assignee: Nullable(Type.Object({ id: Type.String(), name: Type.String() }, { description: 'the agent the request is assigned to' })),
  resolution: Nullable(Type.String()),
  escalationLevel: Type.Integer(),
  slaDueAt: Nullable(Type.String()),
  slaBreached: Type.Boolean(),
  slaWarnAt: Nullable(Type.String({ description: 'when the SLA clock behind slaDueAt reaches the policy\'s warn fraction (that clock\'s slaClocks warnAt); null: no warning, or no clock running' })),
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
  actor: Actor,
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

export const ServiceRequestDetail = Type.Object({
  ...ServiceRequest.properties,
  firstRespondedAt: Nullable(Type.String({ description: 'the first public reply (or the resolution, if first)' })),
  slaClocks: SlaClocksView,
  latestEvents: Type.Array(RequestEvent, { description: 'the most recent events, oldest first (all of them: GET /v1/requests/:id/events)' }),
  duplicateOf: Nullable(
    Type.Object(
      { requestId: Type.String(), similarity: Type.Number({ description: 'cosine of the classifier\'s TF-IDF vectors of the two texts' }) },
      { description: 'an open request of the same customer this one nearly repeats (request.duplicate_detected): merge it there' },
    ),
  ),
  mergedInto: Nullable(Type.String({ description: 'the request this one was merged into (status merged); its messages are in that thread' })),
});

export const ListRequestsQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(requestStatuses)),
    queue: Type.Optional(RoutingName),
    category: Type.Optional(RoutingName),
    priority: Type.Optional(Type.Enum(priorities)),
    language: Type.Optional(Type.Enum(requestLanguages, { description: 'the recorded language: `en`, `zh` or `other`' })),
    customerId: Type.Optional(CustomerIdString),
    customer: Type.Optional({ ...CustomerIdString, description: 'the same as customerId (give one of them)' }),
    incident: Type.Optional({ ...RequestIdParams.properties.id, description: 'an incident\'s id (`GET /v1/analytics/topics` lists them): only the requests it holds' }),
    assignee: Type.Optional(Type.String({ minLength: 1, maxLength: 128, pattern: '^[\\x21-\\x7E]+$', description: 'an agent id; `me` (the signed-in agent); `none` (nobody assigned)' })),
    open: Type.Optional(Type.Boolean({ description: 'true: not resolved or closed; false: resolved or closed' })),
    breaching: Type.Optional(Type.Literal('soon', { description: 'open requests already breached or due within the next business hour of their SLA calendar' })),
    sort: Type.Optional(Type.Union([Type.Literal('created'), Type.Literal('sla')], { description: '`created` (default): newest first; `sla`: earliest SLA due first, requests without one last' })),
    escalated: Type.Optional(Type.Boolean()),
    createdFrom: Type.Optional(Type.String({ format: 'date-time', description: 'inclusive' })),
    createdTo: Type.Optional(Type.String({ format: 'date-time', description: 'exclusive' })),
    q: Type.Optional({ ...text(1, 200), description: 'full-text search over subject and body: English words (stemmed) and Chinese (any run of characters, matched as written)' }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$', description: 'nextCursor of the previous page, as given' })),
  },
  { additionalProperties: false },
);

export const RequestList = Type.Object({ items: Type.Array(ServiceRequest), nextCursor: Nullable(Type.String()) });

export const ListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
  },
  { additionalProperties: false },
);

/** What webhook subscribers receive (documented in the OpenAPI `webhooks` section). */
export const NotificationEvent = Type.Object({
  id: Type.String({ description: 'event id, stable across retries' }),
  type: Type.String({ examples: ['request.classified'] }),
  actor: Type.Optional({ ...Actor, description: 'who did it (absent only for notices held over from before actors were sent)' }),
  createdAt: Type.String({ format: 'date-time' }),
  data: Type.Object({ request: Type.Record(Type.String(), Type.Unknown(), { description: 'the request state after the event' }) }),
});

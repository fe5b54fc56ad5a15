import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { priorities } from '@caseflow/contracts';
import {
  createSlaPolicy,
  type Db,
  deleteSlaPolicy,
  escalationActions,
  findSlaPolicy,
  listSlaPolicies,
  SlaPolicyConflict,
  type SlaPolicyInput,
  type SlaPolicyRow,
  updateSlaPolicy,
} from '@caseflow/db';
import { type BusinessCalendar, calendarProblems } from '@caseflow/sla';
import { type Static, Type } from 'typebox';
import '../scopes';
import { ApiError, notFound } from '../errors';
import { ErrorBody } from '../schemas';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$' });
/** Business minutes; fractions down to 3 seconds, for demos and tests. */
const minMinutes = 0.05;
const maxMinutes = 366 * 24 * 60;
const minutes = Type.Number({ minimum: minMinutes, maximum: maxMinutes });

const Calendar = Type.Object(
  {
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
    workingDays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true }),
    /** Required without `hours`; with it, omitted or equal to the first opening's start and the last one's end. */
    openTime: Type.Optional(time),
    closeTime: Type.Optional(time),
    /** The day's openings, e.g. a lunch break: [["09:00","12:00"],["13:00","18:00"]]. */
    hours: Type.Optional(Type.Array(Type.Tuple([time, time]), { minItems: 1, maxItems: 24 })),
    holidays: Type.Optional(Type.Array(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), { maxItems: 1_000 })),
  },
  { additionalProperties: false },
);

const SlaPolicyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    priority: Type.Enum(priorities),
    /** Omit (or null) for the policy of a whole priority; a category-specific policy wins over it. */
    category: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 128 }))),
    firstResponseMinutes: minutes,
    resolutionMinutes: minutes,
    /** Omit (or null) for no next-reply target; its range is checked by toInput, whose error names the policy. */
    nextReplyMinutes: Type.Optional(Nullable(Type.Number({ description: `business minutes from a customer's message to the next public reply, ${minMinutes}–${maxMinutes}; null: no target` }))),
    warnFraction: Type.Optional(Nullable(Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }))),
    escalationAction: Type.Optional(Type.Enum(escalationActions)),
    escalationQueue: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 128 }))),
    roundTheClock: Type.Optional(Type.Boolean()),
    calendar: Calendar,
  },
  { additionalProperties: false },
);

const SlaPolicy = Type.Object({
  id: Type.String(),
  name: Type.String(),
  priority: Type.String(),
  category: Nullable(Type.String()),
  firstResponseMinutes: Type.Number(),
  resolutionMinutes: Type.Number(),
  nextReplyMinutes: Nullable(Type.Number()),
  warnFraction: Nullable(Type.Number()),
  escalationAction: Type.String(),
  escalationQueue: Nullable(Type.String()),
  roundTheClock: Type.Boolean(),
  calendar: Type.Object({
    timeZone: Type.String(),
    workingDays: Type.Array(Type.Integer()),
    openTime: Type.String(),
    closeTime: Type.String(),
    hours: Type.Optional(Type.Array(Type.Tuple([Type.String(), Type.String()]))),
    holidays: Type.Array(Type.String()),
  }),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const PolicyIdParams = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }) }, { additionalProperties: false });

function invalidCalendar(problems: string[]): ApiError {
  return new ApiError(400, 'invalid_request', `invalid calendar: ${problems.join('; ')}`, problems);
}

/**
 * With `hours`, openTime/closeTime are stored as the day's first start and last end, so that
 * readers knowing only those (and a policy read back and sent again) still agree with it.
 */
function calendarOf(body: Static<typeof Calendar>): BusinessCalendar {
  const { timeZone, workingDays, openTime, closeTime, hours } = body;
  const holidays = body.holidays ?? [];
  if (hours === undefined) {
    if (openTime === undefined || closeTime === undefined) throw invalidCalendar(['openTime and closeTime are required unless hours is given']);
    return { timeZone, workingDays, openTime, closeTime, holidays };
  }
  const first = hours[0]![0];
  const last = hours[hours.length - 1]![1];
  if ((openTime !== undefined && openTime !== first) || (closeTime !== undefined && closeTime !== last)) {
    throw invalidCalendar([`with hours, openTime and closeTime must be omitted or be "${first}" and "${last}" (the first opening's start, the last one's end)`]);
  }
  return { timeZone, workingDays, openTime: first, closeTime: last, hours, holidays };
}

function toInput(body: Static<typeof SlaPolicyBody>): SlaPolicyInput {
  const next = body.nextReplyMinutes ?? null;
  if (next !== null && !(next >= minMinutes && next <= maxMinutes)) {
    const problem = `nextReplyMinutes of SLA policy "${body.name}" must be from ${minMinutes} to ${maxMinutes} business minutes, or null for no next-reply target (got ${next})`;
    throw new ApiError(400, 'invalid_request', problem, [{ path: 'body/nextReplyMinutes', message: problem }]);
  }
  const calendar = calendarOf(body.calendar);
  const problems = calendarProblems(calendar);
  if (problems.length > 0) throw invalidCalendar(problems);
  return {
    name: body.name,
    priority: body.priority,
    category: body.category ?? null,
    firstResponseMinutes: body.firstResponseMinutes,
    resolutionMinutes: body.resolutionMinutes,
    nextReplyMinutes: body.nextReplyMinutes ?? null,
    warnFraction: body.warnFraction ?? null,
    escalationAction: body.escalationAction ?? 'notify',
    escalationQueue: body.escalationQueue ?? null,
    roundTheClock: body.roundTheClock ?? false,
    calendar,
  };
}

function present(row: SlaPolicyRow) {
  return {
    id: row.id,
    name: row.name,
    priority: row.priority,
    category: row.category,
    firstResponseMinutes: row.first_response_minutes,
    resolutionMinutes: row.resolution_minutes,
    nextReplyMinutes: row.next_reply_minutes,
    warnFraction: row.warn_fraction,
    escalationAction: row.escalation_action,
    escalationQueue: row.escalation_queue,
    roundTheClock: row.round_the_clock,
    calendar: row.calendar,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

async function conflictAware<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof SlaPolicyConflict) throw new ApiError(409, 'sla_policy_exists', error.message, null);
    throw error;
  }
}

/**
 * SLA policies (admin only). A change bumps the policy's version; the escalation sweep then
 * has every open request on it re-plan its due times, keeping the time already elapsed.
 */
export const slaPolicyRoutes: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

  app.get('/sla-policies', { config: { scope: 'admin' }, schema: { response: { 200: Type.Object({ items: Type.Array(SlaPolicy), nextCursor: Type.Null() }) } } }, async () => ({
    items: (await listSlaPolicies(db)).map(present),
    nextCursor: null,
  }));

  app.post('/sla-policies', { config: { scope: 'admin' }, schema: { body: SlaPolicyBody, response: { 201: SlaPolicy, ...errors } } }, async (request, reply) => {
    const input = toInput(request.body);
    return reply.status(201).send(present(await conflictAware(() => createSlaPolicy(db, input))));
  });

  app.get('/sla-policies/:id', { config: { scope: 'admin' }, schema: { params: PolicyIdParams, response: { 200: SlaPolicy, ...errors } } }, async (request) => {
    const row = await findSlaPolicy(db, request.params.id);
    if (row === undefined) throw notFound(`SLA policy ${request.params.id}`);
    return present(row);
  });

  app.put('/sla-policies/:id', { config: { scope: 'admin' }, schema: { params: PolicyIdParams, body: SlaPolicyBody, response: { 200: SlaPolicy, ...errors } } }, async (request) => {
    const input = toInput(request.body);
    const row = await conflictAware(() => updateSlaPolicy(db, request.params.id, input));
    if (row === undefined) throw notFound(`SLA policy ${request.params.id}`);
    return present(row);
  });

  app.delete('/sla-policies/:id', { config: { scope: 'admin' }, schema: { params: PolicyIdParams, response: { 204: Type.Null(), ...errors } } }, async (request, reply) => {
    if (!(await deleteSlaPolicy(db, request.params.id))) throw notFound(`SLA policy ${request.params.id}`);
    return reply.status(204).send(null);
  });
};

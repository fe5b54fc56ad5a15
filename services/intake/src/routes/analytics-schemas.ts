import { csatGroups, resolutionGroups, slaGroups, volumeGroups, volumeIntervals } from '@caseflow/db';
import { Type } from 'typebox';
import { maxPeriodDays } from '../analytics-period';

const Name = Type.String({ minLength: 1, maxLength: 128, pattern: '^[^\\u0000-\\u001F\\u007F]*$' });
const Instant = Type.String({
  maxLength: 40,
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$',
  description: 'ISO date (a local day in `tz`) or date-time',
});

/** Period and filters every analytics route takes. */
export const periodProperties = {
  days: Type.Optional(
    Type.Integer({ minimum: 1, maximum: maxPeriodDays, description: 'the last `days` days until now, instead of from/to: the same question whenever it is asked, so answers are shared (default 30)' }),
  ),
  from: Type.Optional({ ...Instant, description: 'start (inclusive); default: 30 days before `to`' }),
  to: Type.Optional({ ...Instant, description: 'end (exclusive; a date means the end of that day); default: now' }),
  tz: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+/-]+$', description: 'IANA time zone for dates and buckets; default UTC' })),
  queue: Type.Optional(Name),
  category: Type.Optional(Name),
  channel: Type.Optional(Name),
  type: Type.Optional(Name),
};

const closed = { additionalProperties: false } as const;

export const VolumeQuery = Type.Object(
  {
    ...periodProperties,
    interval: Type.Optional(Type.Enum(volumeIntervals, { description: 'bucket size; default day' })),
    groupBy: Type.Optional(Type.Enum(volumeGroups, { description: 'default category' })),
    top: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'groups beyond the largest `top` are summed as "other"; default 10' })),
  },
  closed,
);
export const ResolutionQuery = Type.Object({ ...periodProperties, groupBy: Type.Optional(Type.Enum(resolutionGroups)) }, closed);
export const SlaQuery = Type.Object({ ...periodProperties, groupBy: Type.Optional(Type.Enum(slaGroups, { description: 'default queue' })) }, closed);
export const CsatQuery = Type.Object({ ...periodProperties, groupBy: Type.Optional(Type.Enum(csatGroups)) }, closed);
export const PeriodQuery = Type.Object(periodProperties, closed);
export const AtRiskQuery = Type.Object(
  { queue: Type.Optional(Name), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), horizonHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720 })) },
  { additionalProperties: false },
);

const Period = Type.Object({ from: Type.String(), to: Type.String(), tz: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Num = Nullable(Type.Number());

export const Volume = Type.Object({
  period: Period,
  interval: Type.String(),
  groupBy: Type.String(),
  total: Type.Integer(),
  series: Type.Array(Type.Object({ key: Type.String(), total: Type.Integer(), points: Type.Array(Type.Object({ t: Type.String(), count: Type.Integer() })) })),
});

const Duration = Type.Object({ count: Type.Integer(), p50: Num, p90: Num, mean: Num }, { description: 'seconds' });
const Durations = Type.Object({ wallClock: Duration, businessHours: Duration });
export const Resolution = Type.Object({
  period: Period,
  groupBy: Nullable(Type.String()),
  groups: Type.Array(Type.Object({ key: Type.String(), count: Type.Integer(), firstResponse: Durations, resolution: Durations })),
  histogram: Type.Array(Type.Object({ upToHours: Nullable(Type.Number()), count: Type.Integer() }), { description: 'resolved requests by wall-clock resolution time' }),
});

export const Sla = Type.Object({
  period: Period,
  groupBy: Type.String(),
  groups: Type.Array(
    Type.Object({
      key: Type.String(),
      withSla: Type.Integer(),
      breached: Type.Integer(),
      firstResponseBreaches: Type.Integer(),
      resolutionBreaches: Type.Integer(),
      nextReplyBreaches: Type.Integer({ description: 'requests whose next-reply clock escalated at least once' }),
      firstResponseCompliance: Num,
      resolutionCompliance: Num,
      compliance: Num,
      openBreached: Type.Integer(),
      escalationsByLevel: Type.Array(Type.Object({ level: Type.Integer(), count: Type.Integer() })),
    }),
  ),
});

const CsatGroup = Type.Object({ key: Type.String(), resolved: Type.Integer(), rated: Type.Integer(), responseRate: Num, mean: Num, distribution: Type.Array(Type.Integer()) });
export const Csat = Type.Object({
  period: Period,
  groupBy: Nullable(Type.String()),
  overall: CsatGroup,
  groups: Type.Array(CsatGroup),
  trend: Type.Array(Type.Object({ t: Type.String(), rated: Type.Integer(), mean: Num })),
});

const Interval = Nullable(Type.Object({ low: Type.Number(), high: Type.Number() }));
export const ClassifierAnswer = Type.Object({
  period: Period,
  classified: Type.Integer(),
  triaged: Type.Integer(),
  triageRate: Num,
  verified: Type.Integer({ description: 'classified requests an operator reviewed: confirmed the category (confirm-category) or reclassified them' }),
  confirmed: Type.Integer(),
  corrected: Type.Integer(),
  coverage: { ...Num, description: 'verified / classified: the share of the period\'s classified requests reviewed at all; accuracy speaks only for these' },
  accuracy: Num,
  accuracyInterval: Interval,
  categories: Type.Array(Type.Object({ category: Type.String(), verified: Type.Integer(), confirmed: Type.Integer(), accuracy: Num, interval: Interval })),
  confusedPairs: Type.Array(Type.Object({ predicted: Type.String(), actual: Type.String(), count: Type.Integer() })),
  reliability: Type.Array(Type.Object({ low: Type.Number(), high: Type.Number(), verified: Type.Integer(), confirmed: Type.Integer(), accuracy: Num, meanConfidence: Type.Number() })),
});

export const Incident = Type.Object(
  {
    id: Type.String(),
    status: Type.Union([Type.Literal('open'), Type.Literal('closed')], { description: 'closed once no request came for the detection window (INCIDENT_WINDOW_MINUTES)' }),
    size: Type.Integer({ description: 'different customers among its requests' }),
    requests: Type.Integer(),
    firstAt: Type.String(),
    lastAt: Type.String(),
    category: Nullable(Type.String()),
    subject: Type.String({ description: 'the subject of its earliest request' }),
    detectedAt: Type.String(),
  },
  { description: 'many different customers asking nearly the same thing within the window; erased requests never count' },
);

export const Topics = Type.Object({
  period: Period,
  previousPeriod: Type.Object({ from: Type.String(), to: Type.String() }),
  candidates: Type.Integer({ description: 'triaged or reclassified requests clustered' }),
  k: Type.Integer(),
  silhouette: Type.Number(),
  topics: Type.Array(
    Type.Object({
      size: Type.Integer(),
      previousSize: Type.Integer(),
      growth: Num,
      cohesion: Type.Number(),
      emerging: Type.Boolean(),
      terms: Type.Array(Type.String()),
      examples: Type.Array(Type.Object({ id: Type.String(), subject: Type.String() })),
    }),
  ),
  incidents: Type.Array(Incident, { description: 'incidents with requests in the period, the latest first (at most 50)' }),
});

export const AtRisk = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      subject: Type.String(),
      status: Type.String(),
      queue: Nullable(Type.String()),
      category: Nullable(Type.String()),
      priority: Nullable(Type.String()),
      assignee: Nullable(Type.String()),
      slaDueAt: Type.String(),
      slaBreached: Type.Boolean(),
      escalationLevel: Type.Integer(),
      temporalUrl: Type.String(),
    }),
  ),
});

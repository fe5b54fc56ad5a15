import { discoverTopicsOffThread, wilsonInterval } from '@caseflow/analytics';
import {
  type AnalyticsFilter,
  analyticsStatementTimeout,
  bucketCount,
  classifierQuality,
  csatStats,
  csatTrend,
  type Db,
  isStatementTimeout,
  listAtRiskRequests,
  listIncidents,
  presentIncident,
  listTopicCandidates,
  resolutionHistogram,
  resolutionStats,
  slaStats,
  volumeSeries,
} from '@caseflow/db';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import '../scopes';
import { parsePeriod, presentPeriod } from '../analytics-period';
import { AnswerCache, questionKey } from '../answer-cache';
import { Slots } from '../slots';
import { ApiError } from '../errors';
import { ErrorBody } from '../schemas';
import {
  AtRisk,
  AtRiskQuery,
  ClassifierAnswer,
  Csat,
  CsatQuery,
  PeriodQuery,
  Resolution,
  ResolutionQuery,
  Sla,
  SlaQuery,
  Topics,
  Volume,
  VolumeQuery,
} from './analytics-schemas';

export interface AnalyticsRoutesOptions {
  db: Db;
  namespace: string;
  /** Base URL of the Temporal Web UI, for links to a request's workflow. */
  temporalUiUrl?: string | undefined;
  /** How long an aggregate's answer is fresh and shared (ANALYTICS_CACHE_SECONDS); 0 keeps none. */
  cacheMs?: number | undefined;
  /** How long after that it is still served while a new one is computed (ANALYTICS_STALE_SECONDS). */
  staleMs?: number | undefined;
  /** How many analytics computations run at once; the others wait (ANALYTICS_CONCURRENCY). */
  concurrency?: number | undefined;
}

const maxBuckets = 2_000;
/** Topic discovery clusters at most this many requests per period (about a second of CPU). */
const topicCandidates = 800;
const topicCacheMs = 60_000;

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 503: ErrorBody };
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Demand analysis over the PostgreSQL read model (never Temporal): what customers ask,
 * how fast they are answered, where SLAs slip, how satisfied they are, how well the
 * classifier routes and which new topics arrive. All routes need `requests:read`.
 */
export const analyticsRoutes: FastifyPluginAsyncTypebox<AnalyticsRoutesOptions> = async (app, { db, namespace, temporalUiUrl = 'http://localhost:8233', cacheMs = 30_000, staleMs = 600_000, concurrency = 4 }) => {
  const config = { scope: 'analytics' as const };
  const onRefreshError = (question: string, error: unknown) => app.log.warn({ err: error, question }, 'analytics: recomputing a stale answer failed; the stale one is still served');
  const aggregates = new AnswerCache({ ttlMs: cacheMs, staleMs, onRefreshError });
  // Clustering costs about a second of CPU (on a worker thread, so the event loop keeps serving): fresh a minute whatever cacheMs says.
  const topics = new AnswerCache({ ttlMs: topicCacheMs, staleMs, maxEntries: 50, onRefreshError });
  /**
   * The answer to this route and query string, shared (see AnswerCache) and computed in its turn
   * (see Slots); `Age` says how many seconds old it is, and `Cache-Control: no-cache` from the
   * caller asks for a new one (RFC 9111).
   */
  const slots = new Slots(concurrency);
  const shared = async <T>(cache: AnswerCache, request: FastifyRequest, reply: FastifyReply, compute: () => Promise<T>): Promise<T> => {
    const fresh = /(^|,)\s*no-cache\s*(,|$)/i.test(request.headers['cache-control'] ?? '');
    const question = questionKey(request.routeOptions.url ?? request.url, request.query as Record<string, unknown>);
    const { value, ageMs } = await cache.answer(question, () => slots.run(compute), { fresh }).catch((error: unknown) => {
      if (!isStatementTimeout(error)) throw error;
      throw new ApiError(503, 'analytics_timeout', `the aggregate ran longer than ${analyticsStatementTimeout}; ask for a shorter period or narrow it with a filter`, undefined, { cause: error });
    });
    void reply.header('age', String(Math.floor(ageMs / 1000)));
    return value;
  };

  app.get('/analytics/volume', { config, schema: { querystring: VolumeQuery, response: { 200: Volume, ...errors } } }, async (request, reply) => {
    const { filter, tz } = parsePeriod(request.query);
    const interval = request.query.interval ?? 'day';
    const groupBy = request.query.groupBy ?? 'category';
    if (bucketCount(filter, interval) > maxBuckets) {
      throw new ApiError(400, 'invalid_request', `the period has more than ${maxBuckets} ${interval} buckets; choose a larger interval`, [{ path: 'querystring/interval', message: 'too many buckets' }]);
    }
    return shared(aggregates, request, reply, async () => {
      const { series, total } = await volumeSeries(db, filter, { interval, groupBy, tz, top: request.query.top ?? 10 });
      return {
        period: presentPeriod(filter, tz),
        interval,
        groupBy,
        total,
        series: series.map(({ key, points }) => ({
          key,
          total: points.reduce((sum, point) => sum + point.count, 0),
          points: points.map((point) => ({ t: point.t.toISOString(), count: point.count })),
        })),
      };
    });
  });

  app.get('/analytics/resolution', { config, schema: { querystring: ResolutionQuery, response: { 200: Resolution, ...errors } } }, async (request, reply) => {
    const { filter, tz } = parsePeriod(request.query);
    const groupBy = request.query.groupBy ?? null;
    return shared(aggregates, request, reply, async () => {
      const [groups, histogram] = await Promise.all([resolutionStats(db, filter, groupBy), resolutionHistogram(db, filter)]);
      return { period: presentPeriod(filter, tz), groupBy, groups, histogram };
    });
  });

  app.get('/analytics/sla', { config, schema: { querystring: SlaQuery, response: { 200: Sla, ...errors } } }, async (request, reply) => {
    const { filter, tz } = parsePeriod(request.query);
    const groupBy = request.query.groupBy ?? 'queue';
    return shared(aggregates, request, reply, async () => ({ period: presentPeriod(filter, tz), groupBy, groups: await slaStats(db, filter, groupBy) }));
  });

  app.get('/analytics/csat', { config, schema: { querystring: CsatQuery, response: { 200: Csat, ...errors } } }, async (request, reply) => {
    const { filter, tz } = parsePeriod(request.query);
    const groupBy = request.query.groupBy ?? null;
    return shared(aggregates, request, reply, async () => {
      const [overall, groups, trend] = await Promise.all([csatStats(db, filter, null), groupBy === null ? [] : csatStats(db, filter, groupBy), csatTrend(db, filter, tz)]);
      return {
        period: presentPeriod(filter, tz),
        groupBy,
        overall: overall[0] ?? { key: 'all', resolved: 0, rated: 0, responseRate: null, mean: null, distribution: [0, 0, 0, 0, 0] },
        groups,
        trend: trend.map((day) => ({ t: day.t.toISOString(), rated: day.rated, mean: day.mean })),
      };
    });
  });

  app.get('/analytics/classifier', { config, schema: { querystring: PeriodQuery, response: { 200: ClassifierAnswer, ...errors } } }, async (request, reply) => {
    const { filter, tz } = parsePeriod(request.query);
    return shared(aggregates, request, reply, async () => {
      const quality = await classifierQuality(db, filter);
      const { totals } = quality;
      return {
        period: presentPeriod(filter, tz),
        ...totals,
        triageRate: ratio(totals.triaged, totals.classified),
        accuracy: ratio(totals.confirmed, totals.verified),
        accuracyInterval: wilsonInterval(totals.confirmed, totals.verified),
        categories: quality.categories.map((c) => ({ ...c, accuracy: ratio(c.confirmed, c.verified), interval: wilsonInterval(c.confirmed, c.verified) })),
        confusedPairs: quality.confusedPairs,
        reliability: quality.reliability.map((b) => ({ ...b, accuracy: ratio(b.confirmed, b.verified) })),
      };
    });
  });

  app.get('/analytics/topics', { config, schema: { querystring: PeriodQuery, response: { 200: Topics, ...errors } } }, async (request, reply) => {
    const { filter, tz } = parsePeriod(request.query);
    const previous: AnalyticsFilter = { ...filter, from: new Date(2 * filter.from.getTime() - filter.to.getTime()), to: filter.from };
    return shared(topics, request, reply, async () => {
      const [current, before, incidents] = await Promise.all([
        listTopicCandidates(db, filter, { limit: topicCandidates }),
        listTopicCandidates(db, previous, { limit: topicCandidates }),
        listIncidents(db, filter),
      ]);
      const discovery = await discoverTopicsOffThread(current, before);
      return {
        period: presentPeriod(filter, tz),
        previousPeriod: { from: previous.from.toISOString(), to: previous.to.toISOString() },
        candidates: current.length,
        k: discovery.k,
        silhouette: discovery.silhouette,
        topics: discovery.topics,
        incidents: incidents.map(presentIncident),
      };
    });
  });

  app.get('/analytics/at-risk', { config, schema: { querystring: AtRiskQuery, response: { 200: AtRisk, ...errors } } }, async (request) => {
    const rows = await listAtRiskRequests(db, { queue: request.query.queue, limit: request.query.limit ?? 20, horizonHours: request.query.horizonHours ?? 24 });
    const base = temporalUiUrl.replace(/\/$/, '');
    return {
      items: rows.map((row) => ({
        id: row.id,
        subject: row.subject,
        status: row.status,
        queue: row.queue,
        category: row.category,
        priority: row.priority,
        assignee: row.assignee,
        slaDueAt: row.slaDueAt.toISOString(),
        slaBreached: row.slaBreached,
        escalationLevel: row.escalationLevel,
        temporalUrl: `${base}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(row.workflowId)}`,
      })),
    };
  });
};

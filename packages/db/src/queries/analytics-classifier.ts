import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../client';
import { type AnalyticsFilter, periodFilter } from './analytics';

/**
 * Routing quality measured from what operators did. The model's guess is the
 * `request.classified` event (its category, queue, confidence); the request's category now
 * is what people left it at. A request is *verified* when a person reclassified it or
 * worked it to resolution: confirmed when the category is still the model's, corrected
 * when it is not.
 */
function judged(filter: AnalyticsFilter): RawBuilder<unknown> {
  return sql`
    select r.id, r.category as final, c.data->>'category' as predicted, c.data->>'queue' as predicted_queue,
      (c.data->>'confidence')::double precision as confidence,
      (r.status in ('resolved', 'closed')
        or exists (select 1 from request_events x where x.type = 'request.reclassified' and x.request_id = r.id)) as verified
    from requests r join request_events c on c.request_id = r.id and c.type = 'request.classified'
    where ${periodFilter(filter)}`;
}

export interface ClassifierTotals {
  classified: number;
  triaged: number;
  verified: number;
  confirmed: number;
  corrected: number;
}

export interface CategoryQuality {
  category: string;
  /** Requests the model put in this category that a person verified, and how many were right. */
  verified: number;
  confirmed: number;
}

export interface ConfusedPair {
  predicted: string;
  actual: string;
  count: number;
}

export interface ReliabilityBucket {
  /** Confidence range [low, high). */
  low: number;
  high: number;
  verified: number;
  confirmed: number;
  meanConfidence: number;
}

export interface ClassifierQuality {
  totals: ClassifierTotals;
  categories: CategoryQuality[];
  confusedPairs: ConfusedPair[];
  reliability: ReliabilityBucket[];
}

/** Everything /v1/analytics/classifier shows, in four aggregates over the same judged set. */
export async function classifierQuality(db: Db, filter: AnalyticsFilter, { triageQueue = 'triage', pairs = 10, buckets = 10 } = {}): Promise<ClassifierQuality> {
  const base = judged(filter);
  const [totals, categories, confused, reliability] = await Promise.all([
    sql<ClassifierTotals>`
      with j as (${base})
      select count(*)::int as classified,
        count(*) filter (where predicted_queue = ${triageQueue})::int as triaged,
        count(*) filter (where verified)::int as verified,
        count(*) filter (where verified and final = predicted)::int as confirmed,
        count(*) filter (where verified and final is distinct from predicted)::int as corrected
      from j`.execute(db),
    sql<CategoryQuality>`
      with j as (${base})
      select predicted as category, count(*)::int as verified, count(*) filter (where final = predicted)::int as confirmed
      from j where verified and predicted is not null group by 1 order by 2 desc, 1`.execute(db),
    sql<ConfusedPair>`
      with j as (${base})
      select predicted, final as actual, count(*)::int as count
      from j where verified and final is distinct from predicted and predicted is not null and final is not null
      group by 1, 2 order by 3 desc, 1, 2 limit ${pairs}`.execute(db),
    sql<{ bucket: number; verified: number; confirmed: number; mean_confidence: number }>`
      with j as (${base})
      select least(width_bucket(confidence, 0, 1, ${buckets}), ${buckets}) as bucket, count(*)::int as verified,
        count(*) filter (where final = predicted)::int as confirmed, avg(confidence)::double precision as mean_confidence
      from j where verified and confidence is not null group by 1 order by 1`.execute(db),
  ]);
  return {
    totals: totals.rows[0] ?? { classified: 0, triaged: 0, verified: 0, confirmed: 0, corrected: 0 },
    categories: categories.rows,
    confusedPairs: confused.rows,
    reliability: reliability.rows.map((row) => ({
      low: (row.bucket - 1) / buckets,
      high: row.bucket / buckets,
      verified: row.verified,
      confirmed: row.confirmed,
      meanConfidence: row.mean_confidence,
    })),
  };
}

export interface TopicCandidate {
  id: string;
  subject: string;
  text: string;
}

/**
 * What the model did not know: requests of the period that went to the triage queue or
 * that an operator reclassified — the most recent `limit`, with the body cut to 500
 * characters (enough to cluster on).
 */
export async function listTopicCandidates(db: Db, filter: AnalyticsFilter, { limit, triageQueue = 'triage' }: { limit: number; triageQueue?: string }): Promise<TopicCandidate[]> {
  const { rows } = await sql<TopicCandidate>`
    select r.id, r.subject, r.subject || E'\n' || left(r.body, 500) as text
    from requests r
    where ${periodFilter(filter)} and (
      exists (select 1 from request_events c where c.type = 'request.classified' and c.request_id = r.id and c.data->>'queue' = ${triageQueue})
      or exists (select 1 from request_events x where x.type = 'request.reclassified' and x.request_id = r.id))
    order by r.created_at desc, r.id limit ${limit}`.execute(db);
  return rows;
}

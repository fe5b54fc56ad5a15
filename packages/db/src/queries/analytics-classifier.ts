import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../client';
import { type AnalyticsFilter, analyticsAggregate, periodFilter } from './analytics';

/**
 * Routing quality measured from what operators did. The model's guess is what the
 * `request.classified` event said (its category, queue, confidence), kept on the row as
 * `model_*` (queries/analytics-facts.ts); the request's category now is what people left
 * it at. A request is *verified* (reviewed) only when a person said so: reclassified it
 * (to the same category counts) or confirmed its category with `confirm-category`;
 * confirmed when the category is still the model's, corrected when it is not. Resolving a
 * request says nothing about its category: an agent may never have looked at it.
 */
function judged(filter: AnalyticsFilter, triageQueue: string): RawBuilder<unknown> {
  return sql`
    select r.category as final, r.model_category as predicted, r.model_queue = ${triageQueue} as triaged,
      r.model_confidence as confidence, (r.category_confirmed or r.reclassified) as verified
    from requests r
    where ${periodFilter(filter)} and r.model_category is not null`;
}

export interface ClassifierTotals {
  classified: number;
  triaged: number;
  verified: number;
  confirmed: number;
  corrected: number;
  /** verified / classified: how much of the model's work people reviewed at all; null with nothing classified. */
  coverage: number | null;
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

/**
 * Everything /v1/analytics/classifier shows, from one aggregate: counts per (model's
 * category, operators' category, triaged, verified, confidence band) — a few thousand rows
 * at most, whatever the number of requests — folded into totals, per-category accuracy,
 * confused pairs and the reliability table here.
 */
export async function classifierQuality(db: Db, filter: AnalyticsFilter, { triageQueue = 'triage', pairs = 10, buckets = 10 } = {}): Promise<ClassifierQuality> {
  // A literal, so the bucket expression matches the statistics migration 0450 keeps on it (10 buckets).
  if (!Number.isInteger(buckets) || buckets < 1) throw new Error(`buckets must be a positive integer, got ${buckets}`);
  const { rows } = await analyticsAggregate(db, sql<{ predicted: string | null; final: string | null; triaged: boolean; verified: boolean; bucket: number | null; n: number; confidence_sum: number | null }>`
    with j as (${judged(filter, triageQueue)})
    select predicted, case when verified then final end as final, coalesce(triaged, false) as triaged, verified,
      least(width_bucket(confidence, 0, 1, ${sql.lit(buckets)}), ${sql.lit(buckets)}) as bucket, count(*)::int as n, sum(confidence)::double precision as confidence_sum
    from j group by 1, 2, 3, 4, 5`, { workMem: '64MB' });
  const totals: ClassifierTotals = { classified: 0, triaged: 0, verified: 0, confirmed: 0, corrected: 0, coverage: null };
  const categories = new Map<string, CategoryQuality>();
  const confused = new Map<string, ConfusedPair>();
  const bands = new Map<number, { verified: number; confirmed: number; confidenceSum: number }>();
  for (const row of rows) {
    totals.classified += row.n;
    if (row.triaged) totals.triaged += row.n;
    if (!row.verified) continue;
    const right = row.final === row.predicted;
    totals.verified += row.n;
    if (right) totals.confirmed += row.n;
    else totals.corrected += row.n;
    if (row.predicted !== null) {
      const category = categories.get(row.predicted) ?? { category: row.predicted, verified: 0, confirmed: 0 };
      category.verified += row.n;
      if (right) category.confirmed += row.n;
      categories.set(row.predicted, category);
      if (!right && row.final !== null) {
        const key = `${row.predicted}\u0000${row.final}`;
        const pair = confused.get(key) ?? { predicted: row.predicted, actual: row.final, count: 0 };
        pair.count += row.n;
        confused.set(key, pair);
      }
    }
    if (row.bucket !== null) {
      const band = bands.get(row.bucket) ?? { verified: 0, confirmed: 0, confidenceSum: 0 };
      band.verified += row.n;
      if (right) band.confirmed += row.n;
      band.confidenceSum += row.confidence_sum ?? 0;
      bands.set(row.bucket, band);
    }
  }
  totals.coverage = totals.classified === 0 ? null : totals.verified / totals.classified;
  const byCountThenName = <T>(count: (t: T) => number, name: (t: T) => string) => (a: T, b: T) => count(b) - count(a) || name(a).localeCompare(name(b));
  return {
    totals,
    categories: [...categories.values()].sort(byCountThenName((c) => c.verified, (c) => c.category)),
    confusedPairs: [...confused.values()].sort(byCountThenName((p) => p.count, (p) => `${p.predicted} ${p.actual}`)).slice(0, pairs),
    reliability: [...bands.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([bucket, band]) => ({ low: (bucket - 1) / buckets, high: bucket / buckets, verified: band.verified, confirmed: band.confirmed, meanConfidence: band.confidenceSum / band.verified })),
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
    where ${periodFilter(filter)} and (r.model_queue = ${triageQueue} or r.reclassified)
    order by r.created_at desc, r.id limit ${limit}`.execute(db);
  return rows;
}

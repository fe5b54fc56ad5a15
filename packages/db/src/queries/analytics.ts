import { type QueryResult, type RawBuilder, sql } from 'kysely';
import type { Db } from '../client';

/**
 * Analytics over the read model: every answer is one or a few SQL aggregates, so nothing
 * but the (small) result crosses into Node. A period is a cohort: the requests created in
 * [from, to), narrowed by the optional filters.
 */
export interface AnalyticsFilter {
  from: Date;
  to: Date;
  queue?: string | undefined;
  category?: string | undefined;
  channel?: string | undefined;
  type?: string | undefined;
}

export const volumeGroups = ['category', 'queue', 'channel', 'type', 'priority'] as const;
export type VolumeGroup = (typeof volumeGroups)[number];
export const volumeIntervals = ['hour', 'day', 'week'] as const;
export type VolumeInterval = (typeof volumeIntervals)[number];

/** The WHERE clause of a period and its filters, over `requests as r`. */
export function periodFilter(filter: AnalyticsFilter): RawBuilder<boolean> {
  // A merged request is counted once, as the request it was merged into.
  const parts: RawBuilder<unknown>[] = [sql`r.created_at >= ${filter.from}`, sql`r.created_at < ${filter.to}`, sql`r.status <> 'merged'`];
  for (const column of ['queue', 'category', 'channel', 'type'] as const) {
    const value = filter[column];
    if (value !== undefined) parts.push(sql`${sql.ref(`r.${column}`)} = ${value}`);
  }
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

/** The longest one analytics statement may run: ten times the slowest on a million requests (docs/benchmarks.md). */
export const analyticsStatementTimeout = '30s';

/** Whether `error` is PostgreSQL cancelling a statement that ran past its statement_timeout. */
export function isStatementTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '57014';
}

/**
 * Runs one period aggregate with settings that suit it, for this transaction only: no JIT
 * (compiling the expressions for a million rows took up to 0.7 s — more than it saves —
 * when the planner's row estimates for the CTEs overshoot into full optimisation), enough
 * sort memory for exact percentiles to sort in memory rather than on disk, a time limit (a
 * stuck aggregate, say behind a table lock, fails with PostgreSQL's 57014 instead of holding
 * every caller who shares its answer), and, when asked, a cheaper price on passing rows from
 * parallel workers (`parallelTupleCost`, see its use).
 */
export async function analyticsAggregate<T>(
  db: Db,
  query: RawBuilder<T>,
  { workMem = '4MB', parallelTupleCost, statementTimeout = analyticsStatementTimeout }: { workMem?: string; parallelTupleCost?: number; statementTimeout?: string } = {},
): Promise<QueryResult<T>> {
  return db.transaction().execute(async (trx) => {
    const settings: [string, string][] = [['jit', 'off'], ['work_mem', workMem], ['statement_timeout', statementTimeout]];
    if (parallelTupleCost !== undefined) settings.push(['parallel_tuple_cost', String(parallelTupleCost)]);
    // One round trip for all of them, before the aggregate.
    await sql`select ${sql.join(settings.map(([name, value]) => sql`set_config(${name}, ${value}, true)`))}`.execute(trx);
    return query.execute(trx);
  });
}

/** A nullable grouping column, with a readable name for requests that have no value yet. */
function groupKey(column: string): RawBuilder<string> {
  return sql<string>`coalesce(${sql.ref(`r.${column}`)}, 'unassigned')`;
}

export interface VolumeSeries {
  key: string;
  points: { t: Date; count: number }[];
}

/**
 * Requests per time bucket and group. Buckets are calendar hours, days or ISO weeks in the
 * IANA time zone `tz` (a DST change makes a day 23 or 25 hours long), every bucket of the
 * period present, empty ones as 0. Groups beyond the `top` largest are summed as `other`.
 */
export async function volumeSeries(
  db: Db,
  filter: AnalyticsFilter,
  { interval, groupBy, tz, top }: { interval: VolumeInterval; groupBy: VolumeGroup; tz: string; top: number },
): Promise<{ series: VolumeSeries[]; total: number }> {
  const step = sql.lit(`1 ${interval}`);
  const unit = sql.lit(interval);
  const { rows } = await analyticsAggregate(db, sql<{ key: string; t: Date; count: number; total: number }>`
    with buckets as (
      select generate_series(
        date_trunc(${unit}, ${filter.from}::timestamptz at time zone ${tz}),
        (${filter.to}::timestamptz - interval '1 microsecond') at time zone ${tz},
        ${step}::interval) as local
    ), counts as (
      select ${groupKey(groupBy)} as key, date_trunc(${unit}, r.created_at at time zone ${tz}) as local, count(*)::int as count
      from requests r where ${periodFilter(filter)} group by 1, 2
    ), ranked as (
      select key, row_number() over (order by sum(count) desc, key) as rank from counts group by key
    ), folded as (
      select case when ranked.rank <= ${top} then counts.key else 'other' end as key, counts.local, sum(counts.count)::int as count
      from counts join ranked using (key) group by 1, 2
    ), keys as (
      select key, sum(count)::int as total from folded group by key
    )
    select keys.key, buckets.local at time zone ${tz} as t, coalesce(folded.count, 0)::int as count, keys.total
    from keys cross join buckets left join folded on folded.key = keys.key and folded.local = buckets.local
    order by keys.key = 'other', keys.total desc, keys.key, buckets.local`);
  const series: VolumeSeries[] = [];
  let total = 0;
  for (const row of rows) {
    let last = series.at(-1);
    if (last === undefined || last.key !== row.key) {
      series.push((last = { key: row.key, points: [] }));
      total += row.total;
    }
    last.points.push({ t: row.t, count: row.count });
  }
  return { series, total };
}

/** How many buckets a volume query would produce: the route refuses absurd ones. */
export function bucketCount(filter: AnalyticsFilter, interval: VolumeInterval): number {
  const hours = (filter.to.getTime() - filter.from.getTime()) / 3_600_000;
  return Math.ceil(hours / { hour: 1, day: 24, week: 168 }[interval]) + 1;
}

export const resolutionGroups = ['queue', 'category', 'assignee'] as const;
export type ResolutionGroup = (typeof resolutionGroups)[number];

export interface DurationStats {
  count: number;
  p50: number | null;
  p90: number | null;
  mean: number | null;
}

export interface ResolutionRow {
  key: string;
  count: number;
  firstResponse: { wallClock: DurationStats; businessHours: DurationStats };
  resolution: { wallClock: DurationStats; businessHours: DurationStats };
}

const durationColumns = (name: string, seconds: RawBuilder<number | null>) => [
  sql`count(${seconds})::int as ${sql.ref(`${name}_count`)}`,
  sql`percentile_cont(0.5) within group (order by ${seconds}) as ${sql.ref(`${name}_p50`)}`,
  sql`percentile_cont(0.9) within group (order by ${seconds}) as ${sql.ref(`${name}_p90`)}`,
  sql`avg(${seconds})::double precision as ${sql.ref(`${name}_mean`)}`,
];

/**
 * Time to first response and to resolution, in seconds, per group: count, median, p90 and
 * mean, wall-clock and in business hours. Requests still waiting are counted in `count`
 * but not in the durations (their time is not known yet). Business time is the request's
 * own fact, computed once in the calendar of its SLA policy when the response or the
 * resolution was recorded (queries/analytics-facts.ts), and wall-clock time is a column
 * PostgreSQL keeps (migration 2026-11-25-0500-wall-clock-seconds): one pass over the period's rows.
 */
export async function resolutionStats(db: Db, filter: AnalyticsFilter, groupBy: ResolutionGroup | null): Promise<ResolutionRow[]> {
  const key = groupBy === null ? sql<string>`'all'` : groupKey(groupBy);
  // Sorting the period's rows by group and then each duration takes ~100 bytes a row in memory.
  // The sort by group runs in parallel workers only if passing their sorted rows to the leader
  // is priced below the default 0.1 a row: on a million requests that plan took 0.94 s
  // against 1.29 s in one process (2 cores, docs/benchmarks.md). The percentiles themselves
  // sort in the leader: PostgreSQL cannot split ordered-set aggregates.
  const { rows } = await analyticsAggregate(db, sql<Record<string, number | string | null>>`
    select ${key} as key, count(*)::int as count,
      ${sql.join([
        ...durationColumns('fr_wall', sql<number | null>`r.first_response_seconds`),
        ...durationColumns('fr_business', sql<number | null>`r.first_response_business_seconds`),
        ...durationColumns('res_wall', sql<number | null>`r.resolution_seconds`),
        ...durationColumns('res_business', sql<number | null>`r.resolution_business_seconds`),
      ])}
    from requests r where ${periodFilter(filter)}
    group by 1 order by count(*) desc, 1`, { workMem: '256MB', parallelTupleCost: 0.01 });
  const stats = (row: Record<string, number | string | null>, name: string): DurationStats => ({
    count: Number(row[`${name}_count`] ?? 0),
    p50: (row[`${name}_p50`] as number | null) ?? null,
    p90: (row[`${name}_p90`] as number | null) ?? null,
    mean: (row[`${name}_mean`] as number | null) ?? null,
  });
  return rows.map((row) => ({
    key: String(row['key']),
    count: Number(row['count']),
    firstResponse: { wallClock: stats(row, 'fr_wall'), businessHours: stats(row, 'fr_business') },
    resolution: { wallClock: stats(row, 'res_wall'), businessHours: stats(row, 'res_business') },
  }));
}

/** Upper bounds (hours) of the resolution-time histogram; the last bucket is open. */
export const resolutionHistogramHours = [1, 4, 8, 24, 72, 168] as const;

/** How many resolved requests took up to 1 h, 4 h, … wall-clock: the distribution's shape. */
export async function resolutionHistogram(db: Db, filter: AnalyticsFilter): Promise<{ upToHours: number | null; count: number }[]> {
  // One count per bucket in a single row: a plain aggregate, which PostgreSQL splits over
  // parallel workers (a GROUP BY on a bucket expression looks like a million groups to it).
  // Compares the stored wall-clock seconds, cheap to repeat per bucket.
  const hours = (h: number) => sql.lit(h * 3600);
  const buckets = [...resolutionHistogramHours, null].map((upTo, i) => {
    const from = i === 0 ? null : resolutionHistogramHours[i - 1]!;
    const conditions = [...(from === null ? [] : [sql`d >= ${hours(from)}`]), ...(upTo === null ? [] : [sql`d < ${hours(upTo)}`])];
    return sql`count(*) filter (where ${sql.join(conditions, sql` and `)})::int`;
  });
  const { rows } = await analyticsAggregate(db, sql<{ counts: number[] }>`
    select array[${sql.join(buckets)}] as counts
    from (select r.resolution_seconds as d from requests r where ${periodFilter(filter)} and r.resolution_seconds is not null) as durations`);
  const counts = rows[0]?.counts ?? [];
  return [...resolutionHistogramHours, null].map((upToHours, i) => ({ upToHours, count: counts[i] ?? 0 }));
}

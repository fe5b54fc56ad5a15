import { sql } from 'kysely';
import type { Db } from '../client';
import { type AnalyticsFilter, analyticsAggregate, periodFilter } from './analytics';

/** Service quality as customers feel it: SLA keeping, escalations, satisfaction. */

const openStatuses = sql.raw(`('classified', 'assigned', 'in_progress', 'waiting_on_customer', 'reopened')`);

export const slaGroups = ['queue', 'priority'] as const;
export type SlaGroup = (typeof slaGroups)[number];

export interface SlaRow {
  key: string;
  /** Requests of the period that ran on an SLA (a policy applied). */
  withSla: number;
  breached: number;
  firstResponseBreaches: number;
  resolutionBreaches: number;
  /**
   * Requests whose next-reply clock escalated at least once. No compliance share beside it:
   * the read model does not keep which requests ever awaited a next reply, its denominator.
   */
  nextReplyBreaches: number;
  /** Share of requests with an SLA that kept each target; null without any. */
  firstResponseCompliance: number | null;
  resolutionCompliance: number | null;
  compliance: number | null;
  /** Open now and past a target. */
  openBreached: number;
  escalationsByLevel: { level: number; count: number }[];
}

/**
 * SLA compliance per group, one pass over the period's requests. A clock's breach is its
 * `request.escalated` event (`data.clock`), kept on the row as `first_response_escalated` /
 * `resolution_escalated` / `next_reply_escalated` (queries/analytics-facts.ts), so the clocks are
 * told apart and a request counts once per clock however often it was reopened.
 * Escalations by level: every escalation raises the request's level by exactly one and
 * records one event at that level (workflows/src/deadlines.ts `escalate`), so the
 * events at level L are the requests whose `escalation_level` is at least L.
 */
// A request ran on an SLA once a policy was applied to it; the due time alone is cleared when its clocks stop.
const ranOnSla = sql<boolean>`(r.sla_policy_id is not null or r.sla_due_at is not null or r.sla_breached)`;

export async function slaStats(db: Db, filter: AnalyticsFilter, groupBy: SlaGroup): Promise<SlaRow[]> {
  const key = sql<string>`coalesce(${sql.ref(`r.${groupBy}`)}, 'unassigned')`;
  const { rows } = await analyticsAggregate(db, sql<{ key: string; level: number; n: number; with_sla: number; breached: number; fr: number; res: number; nr: number; open_breached: number }>`
    select ${key} as key, r.escalation_level as level, count(*)::int as n,
      count(*) filter (where ${ranOnSla})::int as with_sla,
      count(*) filter (where r.sla_breached)::int as breached,
      count(*) filter (where r.first_response_escalated)::int as fr,
      count(*) filter (where r.resolution_escalated)::int as res,
      count(*) filter (where r.next_reply_escalated)::int as nr,
      count(*) filter (where r.sla_breached and r.status in ${openStatuses})::int as open_breached
    from requests r where ${periodFilter(filter)}
    group by 1, 2`);
  const groups = new Map<string, { with_sla: number; breached: number; fr: number; res: number; nr: number; open_breached: number; levels: Map<number, number> }>();
  for (const row of rows) {
    const group = groups.get(row.key) ?? { with_sla: 0, breached: 0, fr: 0, res: 0, nr: 0, open_breached: 0, levels: new Map<number, number>() };
    group.with_sla += row.with_sla;
    group.breached += row.breached;
    group.fr += row.fr;
    group.res += row.res;
    group.nr += row.nr;
    group.open_breached += row.open_breached;
    for (let level = 1; level <= row.level; level++) group.levels.set(level, (group.levels.get(level) ?? 0) + row.n);
    groups.set(row.key, group);
  }
  const share = (kept: number, total: number) => (total === 0 ? null : kept / total);
  return [...groups.entries()]
    .filter(([, group]) => group.with_sla > 0 || group.breached > 0)
    .sort(([a, x], [b, y]) => y.with_sla - x.with_sla || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => ({
      key,
      withSla: group.with_sla,
      breached: group.breached,
      firstResponseBreaches: group.fr,
      resolutionBreaches: group.res,
      nextReplyBreaches: group.nr,
      firstResponseCompliance: share(group.with_sla - group.fr, group.with_sla),
      resolutionCompliance: share(group.with_sla - group.res, group.with_sla),
      compliance: share(group.with_sla - group.breached, group.with_sla),
      openBreached: group.open_breached,
      escalationsByLevel: [...group.levels.entries()].sort((a, b) => a[0] - b[0]).map(([level, count]) => ({ level, count })),
    }));
}

export const csatGroups = ['queue', 'assignee'] as const;
export type CsatGroup = (typeof csatGroups)[number];

export interface CsatRow {
  key: string;
  resolved: number;
  rated: number;
  responseRate: number | null;
  mean: number | null;
  /** Count of scores 1…5, index 0 = score 1. */
  distribution: number[];
}

/** Satisfaction of resolved (or closed) requests of the period; the latest score of a request counts. */
export async function csatStats(db: Db, filter: AnalyticsFilter, groupBy: CsatGroup | null): Promise<CsatRow[]> {
  const key = groupBy === null ? sql<string>`'all'` : sql<string>`coalesce(${sql.ref(`r.${groupBy}`)}, 'unassigned')`;
  const { rows } = await analyticsAggregate(db, sql<{ key: string; resolved: number; rated: number; mean: number | null; s1: number; s2: number; s3: number; s4: number; s5: number }>`
    select ${key} as key, count(*)::int as resolved, count(r.csat_score)::int as rated, avg(r.csat_score)::double precision as mean,
      ${sql.join([1, 2, 3, 4, 5].map((score) => sql`count(*) filter (where r.csat_score = ${sql.lit(score)})::int as ${sql.ref(`s${score}`)}`))}
    from requests r where ${periodFilter(filter)} and r.resolved_at is not null
    group by 1 order by 2 desc, 1`);
  return rows.map((row) => ({
    key: row.key,
    resolved: row.resolved,
    rated: row.rated,
    responseRate: row.resolved === 0 ? null : row.rated / row.resolved,
    mean: row.mean,
    distribution: [row.s1, row.s2, row.s3, row.s4, row.s5],
  }));
}

/** Mean score and count per day (local days in `tz`) by when the request was created. */
export async function csatTrend(db: Db, filter: AnalyticsFilter, tz: string): Promise<{ t: Date; rated: number; mean: number | null }[]> {
  const { rows } = await analyticsAggregate(db, sql<{ t: Date; rated: number; mean: number | null }>`
    with days as (
      select generate_series(date_trunc('day', ${filter.from}::timestamptz at time zone ${tz}),
        (${filter.to}::timestamptz - interval '1 microsecond') at time zone ${tz}, interval '1 day') as local
    ), scores as (
      select date_trunc('day', r.created_at at time zone ${tz}) as local, count(*)::int as rated, avg(r.csat_score)::double precision as mean
      from requests r where ${periodFilter(filter)} and r.csat_score is not null group by 1
    )
    select days.local at time zone ${tz} as t, coalesce(scores.rated, 0)::int as rated, scores.mean
    from days left join scores using (local) order by days.local`);
  return rows;
}

export interface AtRiskRequest {
  id: string;
  workflowId: string;
  subject: string;
  status: string;
  queue: string | null;
  category: string | null;
  priority: string | null;
  assignee: string | null;
  slaDueAt: Date;
  slaBreached: boolean;
  escalationLevel: number;
}

/**
 * Open requests nearest to (or past) their SLA due time, most urgent first, whenever they
 * were created: what a lead must look at today. Only the queue filter applies.
 */
export async function listAtRiskRequests(db: Db, { queue, limit, now = new Date(), horizonHours = 24 }: { queue?: string | undefined; limit: number; now?: Date; horizonHours?: number }): Promise<AtRiskRequest[]> {
  const { rows } = await sql<AtRiskRequest>`
    select r.id, r.workflow_id as "workflowId", r.subject, r.status, r.queue, r.category, r.priority, r.assignee,
      r.sla_due_at as "slaDueAt", r.sla_breached as "slaBreached", r.escalation_level as "escalationLevel"
    from requests r
    where r.sla_due_at is not null and r.status in ${openStatuses}
      and (r.sla_breached or r.sla_due_at <= ${now}::timestamptz + ${sql.lit(`${horizonHours} hours`)}::interval)
      ${queue === undefined ? sql`` : sql`and r.queue = ${queue}`}
    order by r.sla_due_at, r.id limit ${limit}`.execute(db);
  return rows;
}

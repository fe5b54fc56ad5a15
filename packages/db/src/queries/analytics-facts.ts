import { type BusinessCalendar, businessTimeBetween } from '@caseflow/sla';
import { sql } from 'kysely';
import type { Db } from '../client';

/**
 * Facts the analytics aggregate over, fixed on the request row when they happen so that a
 * period's answer is a plain aggregate over `requests` (no per-row calendar arithmetic, no
 * join with the events):
 * - time to first response and to resolution in business seconds, in the calendar of the
 *   request's SLA policy when the time was recorded (packages/sla's definition; wall-clock
 *   for round-the-clock policies and requests without one);
 * - what the model first said (the `request.classified` event: category, queue,
 *   confidence), and whether a person reclassified the request since or confirmed its category;
 * - which SLA clocks were escalated (a `request.escalated` event with `data.clock`).
 * Written by recordTransition and insertDemoRequests, and by `backfillAnalyticsFacts` for
 * rows that predate the columns (migration 2026-11-25-0450-analytics-durations).
 */
export interface AnalyticsFactColumns {
  first_response_business_seconds: number | null;
  resolution_business_seconds: number | null;
}

export interface ModelFactColumns {
  model_category: string | null;
  model_queue: string | null;
  model_confidence: number | null;
}

/** How a request's SLA policy counts time; null: no policy. */
export interface FactPolicy {
  round_the_clock: boolean;
  calendar: BusinessCalendar;
}

/** Seconds from `from` to `to` as the policy counts them; null while `to` is unknown. */
export function businessSeconds(policy: FactPolicy | null | undefined, from: Date, to: Date | null): number | null {
  if (to === null) return null;
  if (policy === null || policy === undefined || policy.round_the_clock) return (to.getTime() - from.getTime()) / 1000;
  return businessTimeBetween(policy.calendar, from, to) / 1000;
}

export function durationFacts(policy: FactPolicy | null | undefined, createdAt: Date, firstRespondedAt: Date | null, resolvedAt: Date | null): AnalyticsFactColumns {
  return {
    first_response_business_seconds: businessSeconds(policy, createdAt, firstRespondedAt),
    resolution_business_seconds: businessSeconds(policy, createdAt, resolvedAt),
  };
}

/** The model's answer as the `request.classified` event's data carries it. */
export function modelFacts(data: Record<string, unknown>): ModelFactColumns {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return { model_category: text(data['category']), model_queue: text(data['queue']), model_confidence: typeof data['confidence'] === 'number' ? data['confidence'] : null };
}

/** The flags an event sets on its request (none for most events). */
export function eventFlags(type: string, data: Record<string, unknown>): { reclassified?: true; category_confirmed?: true; first_response_escalated?: true; resolution_escalated?: true; next_reply_escalated?: true } {
  if (type === 'request.reclassified') return { reclassified: true };
  if (type === 'request.category_confirmed') return { category_confirmed: true };
  if (type === 'request.escalated' && data['clock'] === 'firstResponse') return { first_response_escalated: true };
  if (type === 'request.escalated' && data['clock'] === 'resolution') return { resolution_escalated: true };
  if (type === 'request.escalated' && data['clock'] === 'nextReply') return { next_reply_escalated: true };
  return {};
}

/** SLA policies by id, as the fact functions need them. */
export async function factPolicies(db: Db, ids: readonly (string | null | undefined)[]): Promise<Map<string, FactPolicy>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('sla_policies').select(['id', 'round_the_clock', 'calendar']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, { round_the_clock: row.round_the_clock, calendar: row.calendar }]));
}

/**
 * Fills the fact columns of requests written before them, `batch` rows at a time in id
 * order (one UPDATE per batch, so each row is rewritten once): the model facts from the
 * events in SQL, the business durations in Node with packages/sla. Returns the rows updated.
 */
export async function backfillAnalyticsFacts(db: Db, { batch = 5_000 }: { batch?: number } = {}): Promise<number> {
  const policies = await factPolicies(db, (await db.selectFrom('sla_policies').select('id').execute()).map((p) => p.id));
  let after = '00000000-0000-0000-0000-000000000000';
  let updated = 0;
  for (;;) {
    const rows = await db
      .selectFrom('requests')
      .select(['id', 'created_at', 'first_responded_at', 'resolved_at', 'sla_policy_id'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return updated;
    after = rows.at(-1)!.id;
    const facts = rows.map((row) => durationFacts(row.sla_policy_id === null ? null : policies.get(row.sla_policy_id), row.created_at, row.first_responded_at, row.resolved_at));
    // Each request's events read once, by the primary key (request_id, seq), not probed per fact.
    const result = await sql`
      update requests r set
        first_response_business_seconds = f.fr, resolution_business_seconds = f.res,
        model_category = e.category, model_queue = e.queue, model_confidence = e.confidence,
        reclassified = coalesce(e.reclassified, false),
        category_confirmed = coalesce(e.category_confirmed, false),
        first_response_escalated = coalesce(e.first_response_escalated, false),
        resolution_escalated = coalesce(e.resolution_escalated, false),
        next_reply_escalated = coalesce(e.next_reply_escalated, false)
      from unnest(${rows.map((row) => row.id)}::uuid[], ${facts.map((f) => f.first_response_business_seconds)}::double precision[],
          ${facts.map((f) => f.resolution_business_seconds)}::double precision[]) as f(id, fr, res)
        left join (
          select request_id,
            max(data->>'category') filter (where type = 'request.classified') as category,
            max(data->>'queue') filter (where type = 'request.classified') as queue,
            max((data->>'confidence')::double precision) filter (where type = 'request.classified') as confidence,
            bool_or(type = 'request.reclassified') as reclassified,
            bool_or(type = 'request.category_confirmed') as category_confirmed,
            bool_or(type = 'request.escalated' and data->>'clock' = 'firstResponse') as first_response_escalated,
            bool_or(type = 'request.escalated' and data->>'clock' = 'resolution') as resolution_escalated,
            bool_or(type = 'request.escalated' and data->>'clock' = 'nextReply') as next_reply_escalated
          from request_events where request_id = any(${rows.map((row) => row.id)}::uuid[]) group by request_id
        ) e on e.request_id = f.id
      where r.id = f.id`.execute(db);
    updated += Number(result.numAffectedRows ?? 0);
  }
}

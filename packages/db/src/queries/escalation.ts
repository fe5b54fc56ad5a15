import { sql } from 'kysely';
import type { Db } from '../client';

export interface SlaReviewCandidate {
  id: string;
  workflowId: string;
  /** `due`: a warning or breach time has passed; `policy`: the policy in force is not the one recorded; `stalled`: still pending long after acceptance. */
  reason: 'due' | 'policy' | 'stalled';
}

const openStatuses = ['classified', 'assigned', 'in_progress', 'waiting_on_customer', 'reopened'];

/**
 * Open requests whose workflow should look at its SLA again: a deadline it has not acted
 * on has passed (its timer was lost or late), or the policy that matches it now is not the
 * one (or the version) it runs on. `now` is the caller's clock (the sweep workflow's time).
 */
export async function findSlaReviewCandidates(db: Db, { now, limit }: { now: Date; limit: number }): Promise<SlaReviewCandidate[]> {
  const rows = await db
    .selectFrom('requests as r')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('sla_policies as p')
          .select(['p.id', 'p.version'])
          .whereRef('p.priority', '=', 'r.priority')
          .where((w) => w.or([w('p.category', '=', w.ref('r.category')), w('p.category', 'is', null)]))
          .orderBy(sql`p.category nulls last`)
          .limit(1)
          .as('policy'),
      (join) => join.onTrue(),
    )
    .select(['r.id', 'r.workflow_id', sql<boolean>`r.sla_next_check_at is not null and r.sla_next_check_at <= ${now}`.as('due')])
    .where('r.status', 'in', openStatuses)
    .where((w) =>
      w.or([
        w.and([w('r.sla_next_check_at', 'is not', null), w('r.sla_next_check_at', '<=', now)]),
        sql<boolean>`policy.id is distinct from r.sla_policy_id`,
        sql<boolean>`policy.version is distinct from r.sla_policy_version`,
      ]),
    )
    .orderBy('r.sla_next_check_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, workflowId: row.workflow_id, reason: row.due ? 'due' : 'policy' }));
}

/**
 * Requests still `pending` long after they were accepted. Normally classification takes well
 * under a second; one that waits this long either waits for a classification worker (harmless
 * to nudge) or lost its workflow task in a Temporal crash, which a signal re-dispatches at
 * once (docs/reliability.md).
 */
export async function findStalledRequests(db: Db, { acceptedBefore, limit }: { acceptedBefore: Date; limit: number }): Promise<SlaReviewCandidate[]> {
  const rows = await db
    .selectFrom('requests')
    .select(['id', 'workflow_id'])
    .where('status', '=', 'pending')
    .where('created_at', '<', acceptedBefore)
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, workflowId: row.workflow_id, reason: 'stalled' }));
}

export interface QueueBreaches {
  queue: string;
  breached: number;
  oldestDueAt: Date | null;
  highestLevel: number;
}

/** Open requests past an SLA target, per queue: the daily digest. */
export async function listOpenBreachesByQueue(db: Db): Promise<QueueBreaches[]> {
  const rows = await db
    .selectFrom('requests')
    .select([
      sql<string>`coalesce(queue, 'unrouted')`.as('queue'),
      sql<number>`count(*)::int`.as('breached'),
      sql<Date | null>`min(sla_due_at)`.as('oldestDueAt'),
      sql<number>`max(escalation_level)::int`.as('highestLevel'),
    ])
    .where('status', 'in', openStatuses)
    .where('sla_breached', '=', true)
    .groupBy(sql`coalesce(queue, 'unrouted')`)
    .orderBy('queue')
    .execute();
  return rows;
}

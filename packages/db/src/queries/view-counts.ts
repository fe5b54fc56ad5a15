import { sql } from 'kysely';
import type { Db } from '../client';
import { type BreachingBefore, breachingCondition, closedStatuses } from './request-search';

/** The workspace's left rail: how many requests each view holds for one caller. */
export interface ViewCounts {
  mine: number;
  unassigned: number;
  waiting: number;
  breachingSoon: number;
  queues: Record<string, number>;
}

/**
 * Every count is one of GET /v1/requests's filters, over the open requests the caller may
 * list (`inQueues`, undefined = all), so a view's count and its list agree:
 * mine = assignee=me&open, unassigned = assignee=none&open (routed to a queue),
 * waiting = status=waiting_on_customer, breachingSoon = breaching=soon, queues = queue=…&open.
 * `queues` names every queue in `alsoQueues` (an agent's own), with 0 when empty.
 */
export async function viewCounts(
  db: Db,
  { agentId, inQueues, breaching, alsoQueues = [] }: { agentId: string | null; inQueues: readonly string[] | undefined; breaching: BreachingBefore; alsoQueues?: readonly string[] },
): Promise<ViewCounts> {
  let open = db.selectFrom('requests').where('status', 'not in', [...closedStatuses]);
  if (inQueues !== undefined) open = inQueues.length === 0 ? open.where(sql<boolean>`false`) : open.where('queue', 'in', [...inQueues]);
  const totals = await open
    .select([
      sql<number>`count(*) filter (where assignee = ${agentId ?? ''})::int`.as('mine'),
      sql<number>`count(*) filter (where assignee is null and queue is not null)::int`.as('unassigned'),
      sql<number>`count(*) filter (where status = 'waiting_on_customer')::int`.as('waiting'),
      sql<number>`count(*) filter (where ${breachingCondition(breaching)})::int`.as('breachingSoon'),
    ])
    .executeTakeFirstOrThrow();
  const perQueue = await open.select(['queue', sql<number>`count(*)::int`.as('n')]).where('queue', 'is not', null).groupBy('queue').execute();
  const queues: Record<string, number> = Object.fromEntries(alsoQueues.map((queue) => [queue, 0]));
  for (const row of perQueue) if (row.queue !== null) queues[row.queue] = row.n;
  return { mine: agentId === null ? 0 : totals.mine, unassigned: totals.unassigned, waiting: totals.waiting, breachingSoon: totals.breachingSoon, queues };
}

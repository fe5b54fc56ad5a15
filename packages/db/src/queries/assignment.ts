import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../client';
import type { AgentAvailability, QueueAssignmentMode, RequestRow } from '../schema';

/** Statuses in which an assigned request counts against its agent's capacity. */
export const loadStatuses = ['assigned', 'in_progress', 'waiting_on_customer', 'reopened'] as const;

export async function queueMode(db: Db, queue: string): Promise<QueueAssignmentMode> {
  const row = await db.selectFrom('queue_assignment').select('mode').where('queue', '=', queue).executeTakeFirst();
  return row?.mode ?? 'manual';
}

export async function setQueueMode(db: Db, queue: string, mode: QueueAssignmentMode): Promise<void> {
  await db
    .insertInto('queue_assignment')
    .values({ queue, mode })
    .onConflict((oc) => oc.column('queue').doUpdateSet({ mode, updated_at: sql`now()` }))
    .execute();
}

/** Every queue anyone knows of: with a mode, served by an agent, or holding requests. */
export async function knownQueues(db: Db): Promise<string[]> {
  const rows = await sql<{ queue: string }>`
    select queue from queue_assignment
    union select queue from agent_queues
    union select distinct queue from requests where queue is not null
    order by queue`.execute(db);
  return rows.rows.map((row) => row.queue);
}

const agentIdShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The queues an agent serves whose mode is automatic: whose lines hear of the agent's capacity.
 * Requests assigned before agents existed name a free-text assignee ("ana"): no agent, no
 * queue — a uuid comparison would fail, and the request workflow would retry it forever.
 */
export async function automaticQueuesOf(db: Db, agentId: string): Promise<string[]> {
  if (!agentIdShape.test(agentId)) return [];
  const rows = await db
    .selectFrom('agent_queues')
    .innerJoin('queue_assignment', 'queue_assignment.queue', 'agent_queues.queue')
    .select('agent_queues.queue')
    .where('agent_queues.agent_id', '=', agentId)
    .where('queue_assignment.mode', '!=', 'manual')
    .orderBy('agent_queues.queue')
    .execute();
  return rows.map((row) => row.queue);
}

export interface RosterRow {
  id: string;
  name: string;
  languages: string[];
  level: number;
  capacity: number;
  availability: AgentAvailability;
  /** Open requests assigned to the agent, in every queue. */
  load: number;
}

/**
 * What takes an agent's capacity: their open requests, and a request claimed on arrival
 * (still `classified`, already theirs) for the moment until its workflow records the
 * assignment. No other `classified` request has an assignee: unassigning makes it `classified`
 * again with nobody.
 */
const heldStatuses = [...loadStatuses, 'classified'];

const openLoad = (agentId: RawBuilder<unknown> | ReturnType<typeof sql.ref>) =>
  sql<number>`(select count(*)::int from requests r where r.assignee = ${agentId}::text and r.status in (${sql.join(heldStatuses)}))`;

/** The agents serving a queue (disabled ones left out), with their load counted from the requests. */
export async function queueRoster(db: Db, queue: string): Promise<RosterRow[]> {
  const rows = await db
    .selectFrom('agents')
    .innerJoin('agent_queues', 'agent_queues.agent_id', 'agents.id')
    .select(['agents.id', 'agents.name', 'agents.languages', 'agent_queues.level', 'agents.capacity', 'agents.availability'])
    .select(openLoad(sql.ref('agents.id')).as('load'))
    .where('agent_queues.queue', '=', queue)
    .where('agents.disabled_at', 'is', null)
    .orderBy('agents.id')
    .execute();
  return rows;
}

export type GuardOutcome = 'assigned' | 'full' | 'gone';

/**
 * The agent's capacity guard: under a lock on the agent's row, checks that the agent is
 * enabled, available and below capacity (counted from the requests), and only then runs
 * `assign` (the request workflow's Update, which records the assignment before it answers).
 * Every automatic assignment to an agent, from whichever queue's line, passes here one at
 * a time, so two lines cannot both fill an agent's last slot. A request already assigned
 * to this agent (a retry after the Update went through) is `assigned` without a new check.
 */
export async function assignUnderCapacityGuard(db: Db, agentId: string, requestId: string, assign: () => Promise<GuardOutcome>): Promise<GuardOutcome> {
  return db.transaction().execute(async (trx) => {
    const agent = await trx.selectFrom('agents').select(['capacity', 'availability', 'disabled_at']).where('id', '=', agentId).forUpdate().executeTakeFirst();
    const request = await trx.selectFrom('requests').select(['assignee', 'status']).where('id', '=', requestId).executeTakeFirst();
    if (request?.assignee === agentId) return 'assigned';
    if (request === undefined || request.status !== 'classified' || request.assignee !== null) return 'gone';
    if (agent === undefined || agent.disabled_at !== null || agent.availability !== 'available') return 'full';
    const { load } = await trx.selectNoFrom(openLoad(sql.val(agentId)).as('load')).executeTakeFirstOrThrow();
    if (load >= agent.capacity) return 'full';
    return assign();
  });
}

export interface ArrivalClaim {
  agentId: string;
  agentName: string;
}

/**
 * Assigns a request the moment it starts to wait in a queue whose line is empty, inside the
 * transaction that records it (the request's row is locked by it), so the request never
 * waits in the line at all: no signal to the line, no pick, no Update. `rank` orders the
 * roster's agents who may take it, best first (an empty answer leaves it to the line).
 *
 * - Fair: when any other request of the queue waits (the line has work), the newcomer joins
 *   the line behind it. A request being recorded at the same moment in another transaction
 *   is not waiting yet; it claims for itself.
 * - Within capacity: each candidate's row is locked and their load counted again under the
 *   lock, as the line's capacity guard does, so claims and line picks on one agent take
 *   turns. A row another transaction holds is skipped (SKIP LOCKED), not waited for: a line
 *   pick holds its agent's row while it waits for a request workflow's Update, and that
 *   workflow may be the one recording here.
 * - Once: a retry after the claim committed finds the request already theirs and answers it.
 */
export async function claimOnArrival(trx: Db, requestId: string, queue: string, rank: (roster: RosterRow[]) => readonly string[]): Promise<ArrivalClaim | null> {
  const request = await trx.selectFrom('requests').select(['status', 'queue', 'assignee']).where('id', '=', requestId).executeTakeFirst();
  if (request === undefined || request.status !== 'classified' || request.queue !== queue) return null;
  if (request.assignee !== null) {
    const holder = await trx.selectFrom('agents').select('name').where('id', '=', request.assignee).executeTakeFirst();
    return holder === undefined ? null : { agentId: request.assignee, agentName: holder.name };
  }
  const waiting = await trx.selectFrom('requests').select('id').where('queue', '=', queue).where('status', '=', 'classified').where('assignee', 'is', null).where('id', '<>', requestId).limit(1).executeTakeFirst();
  if (waiting !== undefined) return null;
  for (const agentId of rank(await queueRoster(trx, queue))) {
    const agent = await trx.selectFrom('agents').select(['name', 'capacity', 'availability', 'disabled_at']).where('id', '=', agentId).forUpdate().skipLocked().executeTakeFirst();
    if (agent === undefined || agent.disabled_at !== null || agent.availability !== 'available') continue;
    const { load } = await trx.selectNoFrom(openLoad(sql.val(agentId)).as('load')).executeTakeFirstOrThrow();
    if (load >= agent.capacity) continue;
    await trx.updateTable('requests').set({ assignee: agentId }).where('id', '=', requestId).execute();
    return { agentId, agentName: agent.name };
  }
  return null;
}

/** A queue's unassigned classified requests, oldest first: what its line is rebuilt from. */
export async function waitingRequests(db: Db, queue: string): Promise<RequestRow[]> {
  return db.selectFrom('requests').selectAll().where('queue', '=', queue).where('status', '=', 'classified').where('assignee', 'is', null).orderBy('created_at').orderBy('id').execute();
}

/** An agent's assigned but unstarted requests in a queue: what goes back to the line when they are away. */
export async function unstartedRequestsOf(db: Db, agentId: string, queue: string): Promise<string[]> {
  const rows = await db.selectFrom('requests').select('id').where('assignee', '=', agentId).where('queue', '=', queue).where('status', '=', 'assigned').orderBy('created_at').execute();
  return rows.map((row) => row.id);
}

/** "My work": an agent's open requests, the most urgent SLA first (none last), then oldest. */
export async function openRequestsOf(db: Db, agentId: string, limit = 200): Promise<RequestRow[]> {
  return db
    .selectFrom('requests')
    .selectAll()
    .where('assignee', '=', agentId)
    .where('status', 'in', loadStatuses)
    .orderBy(sql`sla_due_at asc nulls last`)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/** Names of agents by id (for answers that show `assignee: {id, name}`); unknown ids are left out. */
export async function agentNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const uuids = [...new Set(ids)].filter((id) => agentIdShape.test(id));
  if (uuids.length === 0) return new Map();
  const rows = await db.selectFrom('agents').select(['id', 'name']).where('id', 'in', uuids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export interface QueueOverview {
  queue: string;
  mode: QueueAssignmentMode;
  waiting: number;
  oldestWaitingSince: Date | null;
  agents: RosterRow[];
}

/** Every known queue with its mode, its line (unassigned classified requests) and its agents' load. */
export async function queueOverview(db: Db): Promise<QueueOverview[]> {
  const queues = await knownQueues(db);
  const [modes, lines] = await Promise.all([
    db.selectFrom('queue_assignment').select(['queue', 'mode']).execute(),
    db
      .selectFrom('requests')
      .select(['queue', sql<number>`count(*)::int`.as('waiting'), sql<Date | null>`min(created_at)`.as('oldest')])
      .where('status', '=', 'classified')
      .where('assignee', 'is', null)
      .groupBy('queue')
      .execute(),
  ]);
  const modeOf = new Map(modes.map((row) => [row.queue, row.mode]));
  const lineOf = new Map(lines.map((row) => [row.queue, row]));
  return Promise.all(
    queues.map(async (queue) => ({
      queue,
      mode: modeOf.get(queue) ?? 'manual',
      waiting: lineOf.get(queue)?.waiting ?? 0,
      oldestWaitingSince: lineOf.get(queue)?.oldest ?? null,
      agents: await queueRoster(db, queue),
    })),
  );
}

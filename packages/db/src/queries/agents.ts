import { type ExpressionBuilder, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../client';
import type { AgentAvailability, AgentRole, Database } from '../schema';
import type { Page } from './api-keys';

export interface AgentQueue {
  queue: string;
  /** Skill level 1..5 (1 when not given). */
  level: number;
}

/** An agent as every caller sees it: never the password hash. */
export interface Agent {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  languages: string[];
  capacity: number;
  availability: AgentAvailability;
  availabilityChangedAt: string;
  disabledAt: string | null;
  /** False until an invitation is accepted (or a password set by the CLI). */
  hasPassword: boolean;
  queues: AgentQueue[];
  createdAt: string;
  updatedAt: string;
}

export interface NewAgent {
  name: string;
  email: string;
  role: AgentRole;
  languages?: string[] | undefined;
  capacity?: number | undefined;
  queues?: AgentQueue[] | undefined;
  passwordHash?: string | null | undefined;
}

export interface AgentChanges {
  name?: string | undefined;
  role?: AgentRole | undefined;
  languages?: string[] | undefined;
  capacity?: number | undefined;
  /** Replaces the whole set. */
  queues?: AgentQueue[] | undefined;
}

export class AgentEmailTaken extends Error {
  override readonly name = 'AgentEmailTaken';
  constructor(readonly email: string) {
    super(`an agent with the e-mail ${email} already exists`);
  }
}

function queuesOf(eb: ExpressionBuilder<Database, 'agents'>) {
  return jsonArrayFrom(
    eb.selectFrom('agent_queues').select(['agent_queues.queue', 'agent_queues.level']).whereRef('agent_queues.agent_id', '=', 'agents.id').orderBy('agent_queues.queue'),
  ).as('queues');
}

const agentColumns = [
  'agents.id',
  'agents.name',
  'agents.email',
  'agents.role',
  'agents.languages',
  'agents.capacity',
  'agents.availability',
  'agents.availability_changed_at',
  'agents.disabled_at',
  'agents.created_at',
  'agents.updated_at',
] as const;

function selectAgents(db: Db) {
  return db
    .selectFrom('agents')
    .select(agentColumns)
    .select((eb) => [queuesOf(eb), sql<boolean>`agents.password_hash is not null`.as('has_password')]);
}

type AgentSelection = Awaited<ReturnType<ReturnType<typeof selectAgents>['executeTakeFirstOrThrow']>>;

/** The one row-to-agent mapping. */
function toAgent(row: AgentSelection): Agent {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    languages: row.languages,
    capacity: row.capacity,
    availability: row.availability,
    availabilityChangedAt: row.availability_changed_at.toISOString(),
    disabledAt: row.disabled_at === null ? null : row.disabled_at.toISOString(),
    hasPassword: row.has_password,
    queues: row.queues,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function findAgentById(db: Db, id: string): Promise<Agent | undefined> {
  const row = await selectAgents(db).where('agents.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toAgent(row);
}

/** Newest first, keyset-paginated; `queue` keeps agents serving that queue. */
export async function listAgents(db: Db, { limit = 100, after, queue }: Partial<Page> & { queue?: string | undefined } = {}): Promise<Agent[]> {
  let query = selectAgents(db).orderBy('agents.created_at', 'desc').orderBy('agents.id', 'desc').limit(limit);
  if (after !== undefined) query = query.where(sql<boolean>`(agents.created_at, agents.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  if (queue !== undefined) {
    query = query.where((eb) => eb.exists(eb.selectFrom('agent_queues').select(sql`1`.as('one')).whereRef('agent_queues.agent_id', '=', 'agents.id').where('agent_queues.queue', '=', queue)));
  }
  return (await query.execute()).map(toAgent);
}

/** Agents serving a queue, with their level there; disabled agents are left out (never assignable). */
export async function listQueueAgents(db: Db, queue: string): Promise<(Agent & { level: number })[]> {
  const rows = await selectAgents(db)
    .innerJoin('agent_queues as served', 'served.agent_id', 'agents.id')
    .select('served.level')
    .where('served.queue', '=', queue)
    .where('agents.disabled_at', 'is', null)
    .orderBy('agents.created_at')
    .orderBy('agents.id')
    .execute();
  return rows.map((row) => ({ ...toAgent(row), level: row.level }));
}

/** Creates an agent and its queues in one transaction; a taken e-mail (any case) is AgentEmailTaken. */
export async function insertAgent(db: Db, agent: NewAgent): Promise<Agent> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('agents')
      .values({
        name: agent.name,
        email: agent.email,
        role: agent.role,
        languages: agent.languages ?? [],
        ...(agent.capacity === undefined ? {} : { capacity: agent.capacity }),
        password_hash: agent.passwordHash ?? null,
      })
      .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted === undefined) throw new AgentEmailTaken(agent.email);
    await replaceQueues(trx, inserted.id, agent.queues ?? []);
    return toAgent(await selectAgents(trx).where('agents.id', '=', inserted.id).executeTakeFirstOrThrow());
  });
}

async function replaceQueues(trx: Db, agentId: string, queues: AgentQueue[]): Promise<void> {
  await trx.deleteFrom('agent_queues').where('agent_id', '=', agentId).execute();
  if (queues.length > 0) {
    await trx.insertInto('agent_queues').values(queues.map((q) => ({ agent_id: agentId, queue: q.queue, level: q.level }))).execute();
  }
}

/** Profile changes (not availability, not disabling: they have their own functions). */
export async function updateAgent(db: Db, id: string, changes: AgentChanges): Promise<Agent | undefined> {
  return db.transaction().execute(async (trx) => {
    const { queues, ...columns } = changes;
    const set = Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
    const updated = await trx.updateTable('agents').set({ ...set, updated_at: sql`now()` }).where('id', '=', id).returning('id').executeTakeFirst();
    if (updated === undefined) return undefined;
    if (queues !== undefined) await replaceQueues(trx, id, queues);
    return toAgent(await selectAgents(trx).where('agents.id', '=', id).executeTakeFirstOrThrow());
  });
}

export interface AvailabilityChange {
  agent: Agent;
  previous: AgentAvailability;
}

/**
 * The one writer of availability: assignment reacts to what it returns. The time it
 * changed moves only when the value does, so "available since" stays true.
 */
export async function setAgentAvailability(db: Db, id: string, availability: AgentAvailability): Promise<AvailabilityChange | undefined> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('agents').select('availability').where('id', '=', id).forUpdate().executeTakeFirst();
    if (before === undefined) return undefined;
    if (before.availability !== availability) {
      await trx.updateTable('agents').set({ availability, availability_changed_at: sql`now()`, updated_at: sql`now()` }).where('id', '=', id).execute();
    }
    const agent = toAgent(await selectAgents(trx).where('agents.id', '=', id).executeTakeFirstOrThrow());
    return { agent, previous: before.availability };
  });
}

import '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { insertAgent, setAgentAvailability } from './queries/agents';
import { type ArrivalClaim, claimOnArrival, type RosterRow } from './queries/assignment';
import { recordTransition } from './queries/requests';
import { migratedTestDatabase, type MigratedTestDatabase, newRequestRow } from './testing';

let database: MigratedTestDatabase;

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'), { maxConnections: 40 });
});

afterAll(async () => {
  await database?.stop();
});

/** Least loaded first, as the least-loaded mode ranks (the real ranking is @caseflow/assignment's, tested there). */
const leastLoaded = (roster: RosterRow[]) =>
  roster
    .filter((agent) => agent.availability === 'available' && agent.load < agent.capacity)
    .sort((a, b) => a.load - b.load || (a.id < b.id ? -1 : 1))
    .map((agent) => agent.id);

async function agents(queue: string, n: number, capacity: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const agent = await insertAgent(database.db, { name: `${queue} agent ${i}`, email: `${queue}-${i}@example.com`, role: 'agent', queues: [{ queue, level: 1 }], capacity });
    await setAgentAvailability(database.db, agent.id, 'available');
    ids.push(agent.id);
  }
  return ids;
}

/** A pending request of its own customer. */
async function pendingRequest(): Promise<string> {
  const row = newRequestRow();
  await database.db.insertInto('customers').values({ id: row.customer_id }).execute();
  await database.db.insertInto('requests').values(row).execute();
  return row.id;
}

/** Records the request's classification into `queue` as the request workflow does, claiming an agent in the same transaction. */
function classifyAndClaim(requestId: string, queue: string, rank: (roster: RosterRow[]) => readonly string[] = leastLoaded): Promise<ArrivalClaim | null | undefined> {
  const at = new Date().toISOString();
  return recordTransition(
    database.db,
    {
      requestId,
      event: { id: `${requestId}.2`, seq: 2, type: 'request.classified', actor: { kind: 'system' }, at, data: {} },
      state: { status: 'classified', category: 'card_arrival', queue, priority: 'normal', confidence: 0.9, modelVersion: 'm', alternatives: null, assignee: null, resolution: null, escalationLevel: 0, updatedAt: at, resolvedAt: null, closedAt: null },
    },
    (trx) => claimOnArrival(trx, requestId, queue, rank),
  );
}

const assigneeOf = async (requestId: string) => (await database.db.selectFrom('requests').select('assignee').where('id', '=', requestId).executeTakeFirstOrThrow()).assignee;

describe('assignment on arrival', () => {
  it('assigns a request arriving at an empty line to the best-ranked agent with room, in the record of its classification', async () => {
    const [busy, free] = await agents('arrive-a', 2, 5);
    const earlier = await pendingRequest();
    await database.db.updateTable('requests').set({ queue: 'arrive-a', status: 'assigned', assignee: busy! }).where('id', '=', earlier).execute();
    const request = await pendingRequest();
    const claim = await classifyAndClaim(request, 'arrive-a');
    expect(claim).toEqual({ agentId: free, agentName: 'arrive-a agent 1' });
    expect(await assigneeOf(request)).toBe(free);
  });

  it('sends a newcomer to the line while another request of the queue waits there, so nobody is overtaken', async () => {
    await agents('arrive-b', 1, 5);
    const waiting = await pendingRequest();
    expect(await classifyAndClaim(waiting, 'arrive-b', () => [])).toBeNull();
    const newcomer = await pendingRequest();
    expect(await classifyAndClaim(newcomer, 'arrive-b')).toBeNull();
    expect(await assigneeOf(newcomer)).toBeNull();
  });

  it('passes over an agent whose row a line pick holds instead of waiting for it', async () => {
    const [held, other] = await agents('arrive-c', 2, 5);
    const request = await pendingRequest();
    let release!: () => void;
    const holding = database.db.transaction().execute(async (trx) => {
      await trx.selectFrom('agents').select('id').where('id', '=', held!).forUpdate().execute();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const claim = await classifyAndClaim(request, 'arrive-c', () => [held!, other!]);
    release();
    await holding;
    expect(claim?.agentId).toBe(other);
  });

  it('answers the same agent when the record is retried after its claim was made', async () => {
    await agents('arrive-d', 3, 5);
    const request = await pendingRequest();
    const first = await classifyAndClaim(request, 'arrive-d');
    expect(first).not.toBeNull();
    expect(await classifyAndClaim(request, 'arrive-d', (roster) => [...leastLoaded(roster)].reverse())).toEqual(first);
  });

  it('never takes an agent over capacity nor gives a request to two agents when thirty arrive at once', async () => {
    const team = await agents('arrive-e', 3, 4);
    const requests = await Promise.all(Array.from({ length: 30 }, () => pendingRequest()));
    const claims = await Promise.all(requests.map((request) => classifyAndClaim(request, 'arrive-e')));
    const rows = await database.db.selectFrom('requests').select(['id', 'assignee']).where('id', 'in', requests).execute();
    const loads = team.map((agent) => rows.filter((row) => row.assignee === agent).length);
    expect(Math.max(...loads)).toBeLessThanOrEqual(4);
    // What each claim answered is what the row says: one agent per request, or the line.
    expect(Object.fromEntries(rows.map((row) => [row.id, row.assignee]))).toEqual(Object.fromEntries(requests.map((request, i) => [request, claims[i]?.agentId ?? null])));
    expect(claims.filter((claim) => claim != null).length).toBeGreaterThan(0);
  });
});

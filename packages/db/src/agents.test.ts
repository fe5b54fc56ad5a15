import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from './client';
import { migrateToLatest } from './migrate';
import { AgentEmailTaken, findAgentById, insertAgent, listAgents, listQueueAgents, setAgentAvailability, updateAgent } from './queries/agents';

let db: Db;
let database: RunningPostgres;

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl);
  await migrateToLatest(db);
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

describe('agents', () => {
  it('creates an agent with its queues and refuses the same e-mail in another case', async () => {
    const ana = await insertAgent(db, { name: 'Ana', email: 'Ana@Example.com', role: 'agent', languages: ['en', 'zh'], queues: [{ queue: 'billing', level: 3 }] });
    expect(ana).toMatchObject({ name: 'Ana', role: 'agent', capacity: 10, availability: 'offline', languages: ['en', 'zh'], queues: [{ queue: 'billing', level: 3 }], hasPassword: false });
    await expect(insertAgent(db, { name: 'Other', email: 'ana@example.COM', role: 'lead' })).rejects.toBeInstanceOf(AgentEmailTaken);
    expect(await findAgentById(db, ana.id)).toEqual(ana);
  });

  it('lists the agents serving a queue with their level, leaving disabled ones out', async () => {
    const bo = await insertAgent(db, { name: 'Bo', email: 'bo@example.com', role: 'agent', queues: [{ queue: 'tech', level: 2 }, { queue: 'general', level: 1 }] });
    const cy = await insertAgent(db, { name: 'Cy', email: 'cy@example.com', role: 'agent', queues: [{ queue: 'tech', level: 5 }] });
    await db.updateTable('agents').set({ disabled_at: new Date() }).where('id', '=', cy.id).execute();
    const served = await listQueueAgents(db, 'tech');
    expect(served.map((a) => [a.name, a.level])).toEqual([['Bo', 2]]);
    expect((await listAgents(db, { queue: 'tech' })).map((a) => a.name).sort()).toEqual(['Bo', 'Cy']);
    const changed = await updateAgent(db, bo.id, { capacity: 3, queues: [{ queue: 'general', level: 4 }] });
    expect(changed).toMatchObject({ capacity: 3, queues: [{ queue: 'general', level: 4 }] });
    expect(await listQueueAgents(db, 'tech')).toEqual([]);
  });

  it('moves availability_changed_at only when availability changes', async () => {
    const di = await insertAgent(db, { name: 'Di', email: 'di@example.com', role: 'agent' });
    const first = await setAgentAvailability(db, di.id, 'available');
    expect(first?.previous).toBe('offline');
    expect(first?.agent.availability).toBe('available');
    const again = await setAgentAvailability(db, di.id, 'available');
    expect(again?.previous).toBe('available');
    expect(again?.agent.availabilityChangedAt).toBe(first?.agent.availabilityChangedAt);
    expect(await setAgentAvailability(db, '00000000-0000-4000-8000-000000000000', 'away')).toBeUndefined();
  });
});

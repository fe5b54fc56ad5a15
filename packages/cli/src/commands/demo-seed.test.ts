import { type Db, findAgentById, findAgentLogin } from '@caseflow/db';
import { verifyPassword } from '@caseflow/people';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT_OK, runCli } from '../cli';
import { type MigratedTestDatabase, migratedTestDatabase } from '@caseflow/db/testing';

let database: MigratedTestDatabase;
let db: Db;

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { cwd: '.', env: { DATABASE_URL: database.databaseUrl }, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'), { maxConnections: 2 });
  db = database.db;
});

afterAll(async () => {
  await database?.stop();
});

describe('caseflow demo seed', () => {
  it('creates the demo agents with the printed demo password, serving the demo\'s queues, names the demo customers, and leaves them alone the next time', async () => {
    const first = await run('demo', 'seed', '--count', '60', '--days', '5');
    expect(first.code).toBe(EXIT_OK);
    expect(first.out).toContain('DEMO ONLY');
    const queues = (await db.selectFrom('requests').select('queue').distinct().execute()).map((r) => r.queue).filter((q): q is string => q !== null);
    expect(queues.length).toBeGreaterThan(1);
    for (const [email, role, languages] of [
      ['ana@demo.caseflow.local', 'agent', ['en']],
      ['li@demo.caseflow.local', 'agent', ['zh', 'en']],
      ['lead@demo.caseflow.local', 'lead', ['en', 'zh']],
    ] as const) {
      expect(first.out).toMatch(new RegExp(`${email.replace(/\./g, '\\.')} \\(${role}.*\\) password demo-password-1`));
      const login = await findAgentLogin(db, email);
      expect(await verifyPassword('demo-password-1', login?.passwordHash ?? '')).toBe(true);
      const agent = await findAgentById(db, login?.id ?? '');
      expect(agent).toMatchObject({ role, languages });
      expect(agent?.queues.map((q) => q.queue).sort()).toEqual(role === 'agent' ? [...queues].sort() : []);
    }
    // Lists show people: every demo customer has a name.
    const customers = await db.selectFrom('customers').select(['id', 'name']).where('id', 'like', 'demo-cust-%').execute();
    expect(customers.length).toBeGreaterThan(10);
    expect(customers.filter((customer) => customer.name === null)).toEqual([]);
    await db.updateTable('customers').set({ name: 'Given by the CRM' }).where('id', '=', customers[0]!.id).execute();
    await db.updateTable('agents').set({ name: 'Ana (renamed)' }).where('email', '=', 'ana@demo.caseflow.local').execute();
    const second = await run('demo', 'seed', '--count', '60', '--days', '5');
    expect(second.code).toBe(EXIT_OK);
    expect(second.out).toContain('ana@demo.caseflow.local (agent) exists already');
    expect(second.out).not.toMatch(/ana@demo\.caseflow\.local .*password/);
    expect((await findAgentById(db, (await findAgentLogin(db, 'ana@demo.caseflow.local'))?.id ?? ''))?.name).toBe('Ana (renamed)');
    expect((await db.selectFrom('customers').select('name').where('id', '=', customers[0]!.id).executeTakeFirst())?.name).toBe('Given by the CRM');
  });
});

import { createDb, type Db, findAgentLogin, migrateToLatest } from '@caseflow/db';
import { hashToken, verifyPassword } from '@caseflow/people';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, runCli } from '../cli';

let database: RunningPostgres;
let db: Db;

async function run(env: Record<string, string>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { cwd: '.', env: { DATABASE_URL: database.databaseUrl, ...env }, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl, { maxConnections: 2 });
  await migrateToLatest(db);
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

describe('caseflow agent create', () => {
  it('bootstraps an admin with the password of a variable once, and leaves it alone on the next start', async () => {
    const env = { ADMIN_PW: 'a dev password of some length' };
    const first = await run(env, 'agent', 'create', '--email', 'admin@caseflow.local', '--role', 'admin', '--password-env', 'ADMIN_PW', '--if-absent');
    expect(first.code).toBe(EXIT_OK);
    expect(first.out).toContain('password: a dev password of some length');
    const login = await findAgentLogin(db, 'ADMIN@caseflow.local');
    expect(await verifyPassword(env.ADMIN_PW, login?.passwordHash ?? '')).toBe(true);
    const again = await run(env, 'agent', 'create', '--email', 'admin@caseflow.local', '--role', 'admin', '--password-env', 'ADMIN_PW', '--if-absent');
    expect(again).toMatchObject({ code: EXIT_OK, out: expect.stringContaining('exists already') });
    expect(again.out).not.toContain('password:');
  });

  it('prints a random password, or an invitation whose token is stored hashed', async () => {
    const withPassword = await run({}, 'agent', 'create', '--email', 'ana@example.com', '--name', 'Ana', '--role', 'agent');
    const password = /password: (\S+)/.exec(withPassword.out)?.[1] ?? '';
    expect(await verifyPassword(password, (await findAgentLogin(db, 'ana@example.com'))?.passwordHash ?? '')).toBe(true);
    const invited = await run({}, 'agent', 'create', '--email', 'bo@example.com', '--role', 'lead', '--invite');
    const token = /invitations\/([\w-]+)\/accept/.exec(invited.out)?.[1] ?? '';
    const stored = await db.selectFrom('agent_invitations').select('token_hash').where('token_hash', '=', hashToken(token)).executeTakeFirst();
    expect(stored).toBeDefined();
    expect((await findAgentLogin(db, 'bo@example.com'))?.passwordHash).toBeNull();
  });

  it('refuses an unknown role and a missing e-mail as usage errors', async () => {
    expect((await run({}, 'agent', 'create', '--email', 'x@example.com', '--role', 'boss')).code).toBe(EXIT_USAGE);
    expect((await run({}, 'agent', 'create', '--role', 'agent')).code).toBe(EXIT_USAGE);
  });
});

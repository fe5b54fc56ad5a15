import { randomBytes, randomUUID } from 'node:crypto';
import { FieldCipher } from '@caseflow/codec';
import { createSubscription, type Db, findSubscription, signingSecrets } from '@caseflow/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK, runCli } from './cli';
import { type MigratedTestDatabase, migratedTestDatabase } from '@caseflow/db/testing';

const oldKey = { id: 'old', key: new Uint8Array(randomBytes(32)) };
const newKey = { id: 'new', key: new Uint8Array(randomBytes(32)) };
const ring = (...keys: (typeof oldKey)[]) => keys.map(({ id, key }) => `${id}:${Buffer.from(key).toString('base64')}`).join(',');

let database: MigratedTestDatabase;
let db: Db;

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'), { maxConnections: 2 });
  db = database.db;
});

afterAll(async () => {
  await database?.stop();
});

async function run(env: Record<string, string>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { cwd: process.cwd(), env: { DATABASE_URL: database.databaseUrl, ...env }, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

describe('caseflow webhooks reseal-secrets', () => {
  it('moves secrets sealed under an old key to the newest one, so the old key can leave CODEC_KEYS', async () => {
    const { id } = await createSubscription(db, { id: randomUUID(), url: 'https://hooks.example.com/x', events: ['*'], description: null, active: true, secret: 'whsec_cli' }, new FieldCipher([oldKey]));

    const first = await run({ CODEC_KEYS: ring(newKey, oldKey) }, 'webhooks', 'reseal-secrets');
    expect(first).toMatchObject({ code: EXIT_OK, out: 'sealed 1 webhook subscription(s) with key new\n' });
    const row = (await findSubscription(db, id))!;
    expect(row.secret_key_id).toBe('new');
    expect(signingSecrets(row, new FieldCipher([newKey]))).toEqual(['whsec_cli']);

    expect((await run({ CODEC_KEYS: ring(newKey, oldKey) }, 'webhooks', 'reseal-secrets')).out).toBe('sealed 0 webhook subscription(s) with key new\n');
  });

  it('refuses to run without a key ring', async () => {
    const { code, err } = await run({}, 'webhooks', 'reseal-secrets');
    expect(code).toBe(EXIT_FAILURE);
    expect(err).toContain('CODEC_KEYS is not set');
  });
});

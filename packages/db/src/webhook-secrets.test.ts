import { randomBytes, randomUUID } from 'node:crypto';
import { FieldCipher } from '@caseflow/codec';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '@caseflow/test-harness';
import { createDb, type Db } from './client';
import { migrateToLatest, migrationsFor } from './migrate';
import { createSubscription, findSubscription, resealSubscriptionSecrets, rotateSubscriptionSecret, signingSecrets } from './queries/webhooks';
import { type MigratedTestDatabase, migratedTestDatabase } from './testing';

const oldKey = { id: 'k-2026-10', key: new Uint8Array(randomBytes(32)) };
const newKey = { id: 'k-2026-11', key: new Uint8Array(randomBytes(32)) };
const underOld = new FieldCipher([oldKey]);
const rotated = new FieldCipher([newKey, oldKey]);
const newOnly = new FieldCipher([newKey]);
const noRing = new FieldCipher([]);

let database: MigratedTestDatabase;
let db: Db;

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'), { maxConnections: 2 });
  db = database.db;
});

afterAll(async () => {
  await database?.stop();
});

const subscription = (secret: string) => ({ id: randomUUID(), url: 'https://hooks.example.com/x', events: ['*'], description: null, active: true, secret });

/** What PostgreSQL holds, as text, whatever the schema says. */
async function stored(id: string, on: Db = db): Promise<{ secret: string; secret_key_id: string | null; previous_secret: string | null; previous_secret_key_id: string | null }> {
  const { rows } = await sql<{ secret: string; secret_key_id: string | null; previous_secret: string | null; previous_secret_key_id: string | null }>`
    select secret, secret_key_id, previous_secret, previous_secret_key_id from webhook_subscriptions where id = ${id}`.execute(on);
  return rows[0]!;
}

describe('webhook signing secrets at rest', () => {
  it('are sealed in the column, with the key id beside them, and open only where signing asks', async () => {
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const { id } = await createSubscription(db, subscription(secret), newOnly);

    const raw = await stored(id);
    expect(raw.secret_key_id).toBe(newKey.id);
    expect(raw.secret).not.toContain(secret);
    expect(raw.secret).not.toContain(secret.slice(6, 20));
    expect(Buffer.from(raw.secret, 'base64').toString('latin1')).not.toContain(secret.slice(6, 20));
    expect(signingSecrets((await findSubscription(db, id))!, newOnly)).toEqual([secret]);
  });

  it('refuses a sealed secret copied into another subscription (bound to its row)', async () => {
    const { id: a } = await createSubscription(db, subscription('whsec_a-secret-for-a'), newOnly);
    const { id: b } = await createSubscription(db, subscription('whsec_b-secret-for-b'), newOnly);
    await sql`update webhook_subscriptions set secret = (select secret from webhook_subscriptions where id = ${a}) where id = ${b}`.execute(db);
    const copied = (await findSubscription(db, b))!;
    expect(() => signingSecrets(copied, newOnly)).toThrow();
  });

  it('still open under an old key once a new key is put first, and resealing moves every one to the newest key', async () => {
    const { id } = await createSubscription(db, subscription('whsec_first'), underOld);
    await rotateSubscriptionSecret(db, id, 'whsec_second', 3600, underOld);
    expect(await stored(id)).toMatchObject({ secret_key_id: oldKey.id, previous_secret_key_id: oldKey.id });

    expect(signingSecrets((await findSubscription(db, id))!, rotated)).toEqual(['whsec_second', 'whsec_first']);
    const underOldKey = (await findSubscription(db, id))!;
    expect(() => signingSecrets(underOldKey, newOnly)).toThrow(/key "k-2026-10", which is not in the key ring/);

    expect(await resealSubscriptionSecrets(db, rotated)).toBeGreaterThanOrEqual(1);
    expect(await stored(id)).toMatchObject({ secret_key_id: newKey.id, previous_secret_key_id: newKey.id });
    // The old key can leave the ring now.
    expect(signingSecrets((await findSubscription(db, id))!, newOnly)).toEqual(['whsec_second', 'whsec_first']);
    expect(await resealSubscriptionSecrets(db, rotated)).toBe(0);
  });

  it('stay clear without a key ring (key id null), and a reseal with a ring seals them', async () => {
    const { id } = await createSubscription(db, subscription('whsec_clear-for-now'), noRing);
    expect(await stored(id)).toMatchObject({ secret: 'whsec_clear-for-now', secret_key_id: null });
    expect(signingSecrets((await findSubscription(db, id))!, newOnly)).toEqual(['whsec_clear-for-now']);

    await resealSubscriptionSecrets(db, newOnly);
    const raw = await stored(id);
    expect(raw).toMatchObject({ secret_key_id: newKey.id });
    expect(raw.secret).not.toContain('clear-for-now');
  });
});

describe('the migration 2026-11-30-0200-webhook-secret-encryption', () => {
  it('seals the secrets already stored when it runs with a key ring', async () => {
    const scratch = await createTestDatabase(inject('databaseUrl'));
    const before = createDb(scratch.databaseUrl, { maxConnections: 1 });
    try {
      const migrator = new Migrator({ db: before, provider: { getMigrations: async () => migrationsFor({ codecKeys: [newKey] }) } });
      const { error } = await migrator.migrateTo('2026-11-25-0500-wall-clock-seconds');
      expect(error).toBeUndefined();
      const id = randomUUID();
      await sql`insert into webhook_subscriptions (id, url, events, secret, previous_secret, previous_secret_expires_at)
        values (${id}, 'https://hooks.example.com/old', ${['*']}, 'whsec_stored-in-clear', 'whsec_before-that', now() + interval '1 hour')`.execute(before);

      expect(await migrateToLatest(before, { codecKeys: [newKey] })).toContain('2026-11-30-0200-webhook-secret-encryption');

      const raw = await stored(id, before);
      expect(raw).toMatchObject({ secret_key_id: newKey.id, previous_secret_key_id: newKey.id });
      expect(`${raw.secret} ${raw.previous_secret}`).not.toMatch(/stored-in-clear|before-that/);
      expect(signingSecrets((await findSubscription(before, id))!, newOnly)).toEqual(['whsec_stored-in-clear', 'whsec_before-that']);
    } finally {
      await before.destroy();
      await scratch.stop();
    }
  });
});

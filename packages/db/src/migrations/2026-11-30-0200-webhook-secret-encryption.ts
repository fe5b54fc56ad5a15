import type { FieldCipher } from '@caseflow/codec';
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Db } from '../client';
import { resealSubscriptionSecrets } from '../queries/webhooks';

/**
 * Webhook signing secrets leave the clear: each is sealed with the codec's key ring and
 * its key id is kept beside it. Rows already there are sealed now when the migration runs
 * with CODEC_KEYS; without a ring they stay clear (key id null) until
 * `caseflow webhooks reseal-secrets` runs with one. Down opens them back into clear text,
 * which needs the same ring.
 */
export function webhookSecretEncryption(cipher: FieldCipher): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('webhook_subscriptions').addColumn('secret_key_id', 'text').addColumn('previous_secret_key_id', 'text').execute();
      await resealSubscriptionSecrets(db as Db, cipher);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      const typed = db as Db;
      const rows = await typed.selectFrom('webhook_subscriptions').select(['id', 'secret', 'secret_key_id', 'previous_secret', 'previous_secret_key_id']).execute();
      for (const row of rows) {
        const context = `caseflow.webhook-secret.${row.id}`;
        await typed
          .updateTable('webhook_subscriptions')
          .set({
            secret: cipher.open({ value: row.secret, keyId: row.secret_key_id }, context),
            previous_secret: row.previous_secret === null ? null : cipher.open({ value: row.previous_secret, keyId: row.previous_secret_key_id }, context),
          })
          .where('id', '=', row.id)
          .execute();
      }
      await sql`alter table webhook_subscriptions drop column secret_key_id, drop column previous_secret_key_id`.execute(db);
    },
  };
}

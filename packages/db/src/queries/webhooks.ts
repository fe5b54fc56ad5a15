import type { FieldCipher, SealedField } from '@caseflow/codec';
import { sql } from 'kysely';
import type { Db } from '../client';
import type { WebhookSubscriptionRow } from '../schema';

export interface NewSubscription {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  /** In clear: sealed here with the cipher, never stored as given. */
  secret: string;
  includeInternal?: boolean;
}

/**
 * Signing secrets are sealed with the codec's key ring (AES-256-GCM, key id in
 * `secret_key_id`), bound to the subscription's id; clear only when the ring is empty.
 */
const secretContext = (subscriptionId: string) => `caseflow.webhook-secret.${subscriptionId}`;

function sealSecret(cipher: FieldCipher, subscriptionId: string, secret: string): { secret: string; secret_key_id: string | null } {
  const sealed = cipher.seal(secret, secretContext(subscriptionId));
  return { secret: sealed.value, secret_key_id: sealed.keyId };
}

export async function createSubscription(db: Db, subscription: NewSubscription, cipher: FieldCipher): Promise<WebhookSubscriptionRow> {
  const { includeInternal, ...row } = subscription;
  return db
    .insertInto('webhook_subscriptions')
    .values({ ...row, include_internal: includeInternal ?? false, ...sealSecret(cipher, subscription.id, subscription.secret) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findSubscription(db: Db, id: string): Promise<WebhookSubscriptionRow | undefined> {
  return db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Oldest first, keyset-paginated by (created_at, id). */
export async function listSubscriptions(
  db: Db,
  { after, limit }: { after?: { createdAt: Date; id: string }; limit: number },
): Promise<WebhookSubscriptionRow[]> {
  let query = db.selectFrom('webhook_subscriptions').selectAll().orderBy('created_at').orderBy('id').limit(limit);
  if (after !== undefined) {
    query = query.where((eb) => eb.or([eb('created_at', '>', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]));
  }
  return query.execute();
}

export interface SubscriptionChange {
  url?: string;
  events?: string[];
  description?: string | null;
  active?: boolean;
  includeInternal?: boolean;
}

/** Re-activating a subscription forgets its failure streak, so it is not disabled again at once. */
export async function updateSubscription(db: Db, id: string, { includeInternal, ...change }: SubscriptionChange): Promise<WebhookSubscriptionRow | undefined> {
  return db
    .updateTable('webhook_subscriptions')
    .set({
      ...change,
      ...(includeInternal === undefined ? {} : { include_internal: includeInternal }),
      ...(change.active === true ? { failing_since: null, disabled_at: null, disabled_reason: null } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteSubscription(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhook_subscriptions').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The new secret signs from now on; the old one keeps signing too until the grace period ends. */
export async function rotateSubscriptionSecret(db: Db, id: string, secret: string, graceSeconds: number, cipher: FieldCipher): Promise<WebhookSubscriptionRow | undefined> {
  return db
    .updateTable('webhook_subscriptions')
    .set({
      previous_secret: sql`secret`,
      previous_secret_key_id: sql`secret_key_id`,
      previous_secret_expires_at: sql`now() + make_interval(secs => ${graceSeconds})`,
      ...sealSecret(cipher, id, secret),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Active subscriptions that want this event type (or every event, `*`). An internal event
 * (a note) goes only to subscriptions that opted in with include_internal: `*` alone never
 * lets internal text out.
 */
export async function listSubscriptionsFor(db: Db, eventType: string, { internal = false }: { internal?: boolean } = {}): Promise<WebhookSubscriptionRow[]> {
  let query = db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('active', '=', true)
    .where(sql<boolean>`events && ${sql.val(['*', eventType])}::text[]`);
  if (internal) query = query.where('include_internal', '=', true);
  return query.orderBy('created_at').execute();
}

/** The secrets to sign with now, in clear: the current one, and the previous one while its grace lasts. */
export function signingSecrets(subscription: WebhookSubscriptionRow, cipher: FieldCipher, now: Date = new Date()): string[] {
  const context = secretContext(subscription.id);
  const current = cipher.open({ value: subscription.secret, keyId: subscription.secret_key_id }, context);
  const previous = subscription.previous_secret;
  const until = subscription.previous_secret_expires_at;
  if (previous === null || until === null || until.getTime() <= now.getTime()) return [current];
  return [current, cipher.open({ value: previous, keyId: subscription.previous_secret_key_id }, context)];
}

/**
 * Seals every signing secret not yet under the ring's newest key — clear ones (written
 * without CODEC_KEYS, or before encryption existed) and ones under an older key — so an
 * old key can leave the ring. Each row is rewritten only if unchanged since it was read
 * (a rotation meanwhile wins). Returns how many rows were moved; a second run moves none.
 */
export async function resealSubscriptionSecrets(db: Db, cipher: FieldCipher): Promise<number> {
  const active = cipher.activeKeyId;
  if (active === null) return 0;
  const rows = await db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'secret', 'secret_key_id', 'previous_secret', 'previous_secret_key_id'])
    .where((eb) => eb.or([eb('secret_key_id', 'is', null), eb('secret_key_id', '!=', active), eb.and([eb('previous_secret', 'is not', null), eb.or([eb('previous_secret_key_id', 'is', null), eb('previous_secret_key_id', '!=', active)])])]))
    .execute();
  let moved = 0;
  for (const row of rows) {
    const context = secretContext(row.id);
    const reseal = (field: SealedField) => (cipher.isStale(field) ? cipher.seal(cipher.open(field, context), context) : field);
    const secret = reseal({ value: row.secret, keyId: row.secret_key_id });
    const previous = row.previous_secret === null ? null : reseal({ value: row.previous_secret, keyId: row.previous_secret_key_id });
    const updated = await db
      .updateTable('webhook_subscriptions')
      .set({ secret: secret.value, secret_key_id: secret.keyId, previous_secret: previous?.value ?? null, previous_secret_key_id: previous?.keyId ?? null })
      .where('id', '=', row.id)
      .where('secret', '=', row.secret)
      .where(sql<boolean>`previous_secret is not distinct from ${row.previous_secret}`)
      .executeTakeFirst();
    moved += Number(updated.numUpdatedRows);
  }
  return moved;
}

export async function recordSubscriptionSuccess(db: Db, id: string): Promise<void> {
  await db.updateTable('webhook_subscriptions').set({ failing_since: null }).where('id', '=', id).where('failing_since', 'is not', null).execute();
}

/**
 * Notes a failed attempt; when the subscription has been failing without a single success
 * for `disableAfterSeconds`, disables it. True only for the call that disabled it, so
 * exactly one caller announces it.
 */
export async function recordSubscriptionFailure(db: Db, id: string, disableAfterSeconds: number, reason: string): Promise<boolean> {
  await db.updateTable('webhook_subscriptions').set({ failing_since: sql`now()` }).where('id', '=', id).where('failing_since', 'is', null).execute();
  const disabled = await db
    .updateTable('webhook_subscriptions')
    .set({ active: false, disabled_at: sql`now()`, disabled_reason: reason, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('active', '=', true)
    .where(sql<boolean>`failing_since <= now() - make_interval(secs => ${disableAfterSeconds})`)
    .returning('id')
    .executeTakeFirst();
  return disabled !== undefined;
}

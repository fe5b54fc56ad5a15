import { sql } from 'kysely';
import type { Db } from '../client';
import type { WebhookSubscriptionRow } from '../schema';

export interface NewSubscription {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  secret: string;
}

export async function createSubscription(db: Db, subscription: NewSubscription): Promise<WebhookSubscriptionRow> {
  return db.insertInto('webhook_subscriptions').values(subscription).returningAll().executeTakeFirstOrThrow();
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
}

/** Re-activating a subscription forgets its failure streak, so it is not disabled again at once. */
export async function updateSubscription(db: Db, id: string, change: SubscriptionChange): Promise<WebhookSubscriptionRow | undefined> {
  return db
    .updateTable('webhook_subscriptions')
    .set({
      ...change,
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
export async function rotateSubscriptionSecret(db: Db, id: string, secret: string, graceSeconds: number): Promise<WebhookSubscriptionRow | undefined> {
  return db
    .updateTable('webhook_subscriptions')
    .set({
      previous_secret: sql`secret`,
      previous_secret_expires_at: sql`now() + make_interval(secs => ${graceSeconds})`,
      secret,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Active subscriptions that want this event type (or every event, `*`). */
export async function listSubscriptionsFor(db: Db, eventType: string): Promise<WebhookSubscriptionRow[]> {
  return db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('active', '=', true)
    .where(sql<boolean>`events && ${sql.val(['*', eventType])}::text[]`)
    .orderBy('created_at')
    .execute();
}

/** The secrets to sign with now: the current one, and the previous one while its grace lasts. */
export function signingSecrets(subscription: WebhookSubscriptionRow, now: Date = new Date()): string[] {
  const previous = subscription.previous_secret;
  const until = subscription.previous_secret_expires_at;
  return previous !== null && until !== null && until.getTime() > now.getTime() ? [subscription.secret, previous] : [subscription.secret];
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

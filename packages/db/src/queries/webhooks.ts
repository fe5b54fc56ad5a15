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
  includeInternal?: boolean;
}

export async function createSubscription(db: Db, subscription: NewSubscription): Promise<WebhookSubscriptionRow> {
  const { includeInternal, ...row } = subscription;
  return db
    .insertInto('webhook_subscriptions')
    .values({ ...row, include_internal: includeInternal ?? false })
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

import type { DeliveryPolicy, NotificationActivities, NotificationPayload, PlannedWebhookDelivery } from '@caseflow/contracts';
import { ActivityFailure, ApplicationFailure, log, patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';

/** Bookkeeping activities: quick database work, retried until PostgreSQL answers. */
const bookkeepingOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
} as const;
const bookkeeping = proxyActivities<NotificationActivities>(bookkeepingOptions);
/**
 * Planning runs in every event's first workflow task, so as a local activity it saves a
 * task-queue round trip per event (an event nobody subscribed to then costs one workflow
 * task). Idempotent: one delivery row per (subscription, event). Histories from before
 * replay with the activity they scheduled.
 */
const localBookkeeping = proxyLocalActivities<NotificationActivities>(bookkeepingOptions);
const planDeliveries = (payload: NotificationPayload) => (patched('plan-deliveries-locally') ? localBookkeeping : bookkeeping).planDeliveries(payload);

export type DeliveryEnd = 'delivered' | 'dead' | 'skipped';

export interface EventDeliverySummary {
  webhooks: Record<string, DeliveryEnd>;
  emails: 'sent' | 'failed' | 'off';
}

/**
 * Delivers one event (workflow id `event-<event id>`): plans one delivery per subscribed
 * webhook, runs each as its own retried activity, and sends the e-mails. Activities run on
 * this workflow's own task queue (the notification worker's), so killing that worker at
 * any point loses nothing: Temporal resumes the workflow and retries the attempt.
 */
export async function deliverEvent(payload: NotificationPayload): Promise<EventDeliverySummary> {
  const { deliveries, policy } = await planDeliveries(payload);
  const [webhooks, emails] = await Promise.all([
    Promise.all(deliveries.map(async (delivery) => [delivery.deliveryId, await deliverWithinBudget(delivery, policy)] as const)),
    policy.emailEnabled ? sendEmailWithinBudget(payload, policy) : Promise.resolve('off' as const),
  ]);
  return { webhooks: Object.fromEntries(webhooks), emails };
}

/** Re-sends one dead or failed delivery, same event id and body, with a fresh retry budget. */
export async function replayDelivery(input: { deliveryId: string; subscriptionId: string }): Promise<DeliveryEnd | 'not_replayable'> {
  const policy = await bookkeeping.prepareReplay({ deliveryId: input.deliveryId });
  if (policy === null) return 'not_replayable';
  return deliverWithinBudget(input, policy);
}

/**
 * Temporal's retry policy does the backoff; the schedule-to-close timeout is the budget.
 * When the activity finally fails (budget spent, a permanent answer such as 410, or the
 * subscription disabled) the delivery is dead and can be replayed.
 */
async function deliverWithinBudget({ deliveryId, subscriptionId }: PlannedWebhookDelivery, policy: DeliveryPolicy): Promise<DeliveryEnd> {
  const { deliverWebhook } = proxyActivities<NotificationActivities>({
    startToCloseTimeout: policy.attemptTimeoutMs + 5_000,
    scheduleToCloseTimeout: policy.budgetMs,
    retry: { initialInterval: policy.initialRetryMs, backoffCoefficient: 2, maximumInterval: policy.maxRetryMs },
  });
  try {
    const result = await deliverWebhook({ deliveryId });
    return result === 'subscription_deleted' ? 'skipped' : 'delivered';
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    const cause = error.cause;
    const reason = cause instanceof ApplicationFailure ? `${cause.type ?? 'failure'}: ${cause.message}` : (cause?.message ?? error.message);
    log.warn('webhook delivery is dead', { deliveryId, subscriptionId, reason });
    await bookkeeping.markDeliveryDead({ deliveryId, reason });
    if (cause instanceof ApplicationFailure && cause.type === 'SubscriptionDisabled') {
      await bookkeeping.announceSubscriptionDisabled({ subscriptionId });
    }
    return 'dead';
  }
}

async function sendEmailWithinBudget(payload: NotificationPayload, policy: DeliveryPolicy): Promise<'sent' | 'failed'> {
  const { sendEmail } = proxyActivities<NotificationActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: policy.budgetMs,
    retry: { initialInterval: policy.initialRetryMs, backoffCoefficient: 2, maximumInterval: policy.maxRetryMs },
  });
  try {
    await sendEmail(payload);
    return 'sent';
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    log.warn('e-mail for an event gave up after its retry budget', { eventId: payload.id, error: error.cause?.message ?? error.message });
    return 'failed';
  }
}

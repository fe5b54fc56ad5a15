import type { FieldCipher } from '@caseflow/codec';
import { type DeliveryPlan, type DeliveryPolicy, type NotificationActivities, type NotificationPayload, type WebhookDeliveryResult } from '@caseflow/contracts';
import {
  type Db,
  findDelivery,
  findSubscription,
  markDeliveryDead,
  recordDeliveryAttempt,
  recordSubscriptionFailure,
  recordSubscriptionSuccess,
  reopenDeliveryForReplay,
  signingSecrets,
  type CustomerVault,
} from '@caseflow/db';
import type { Logger } from '@caseflow/logging';
import type { AddressPolicy, Resolver } from '@caseflow/net-guard';
import { ApplicationFailure, type MetricMeter, noopMetricMeter } from '@temporalio/common';
import { planWebhookDeliveries } from './plan';
import { postEvent } from './post';

export interface WebhookSettings {
  policy: DeliveryPolicy;
  autoDisableAfterSeconds: number;
  /** Which addresses a delivery may connect to (WEBHOOK_ALLOW_PRIVATE); checked at every attempt. */
  destinations: AddressPolicy;
  /** Resolves subscribers' host names at delivery time (the system resolver unless a test injects one). */
  resolve?: Resolver;
  /** Opens the sealed signing secrets (the codec key ring), only here, to sign a delivery. */
  secrets: FieldCipher;
}

type WebhookActivities = Pick<NotificationActivities, 'planDeliveries' | 'deliverWebhook' | 'markDeliveryDead' | 'prepareReplay'>;

/**
 * The webhook half of the notification activities. Each delivery attempt is one activity
 * attempt: it throws on failure and Temporal's retry policy (set by the delivery workflow
 * from `policy`) decides when to try again, so there is no retry loop here.
 *
 * `caseflow_webhook_deliveries` counts what happened, by outcome: an attempt `delivered`,
 * `failed` (Temporal retries it while the budget lasts), was `refused` for good (4xx, or a
 * destination address the policy refuses — never retried, the delivery goes dead) or
 * `disabled` its subscription; and a delivery that went `dead` (replayable) — one per
 * dead delivery, whatever the cause.
 */
/** Bucket bounds of `caseflow_webhook_attempt_duration` (ms): a loopback answer to a subscriber's whole timeout. */
export const webhookAttemptBucketsMs = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000];

export function createWebhookActivities(db: Db, vault: CustomerVault, settings: WebhookSettings, logger: Logger, meter: MetricMeter = noopMetricMeter): WebhookActivities {
  const outcomes = meter.createCounter('caseflow_webhook_deliveries', '', 'Webhook attempts by outcome (delivered, failed, refused, disabled) and deliveries that went dead');
  // Deliveries run in the outbox dispatcher, outside Temporal's activity metrics: their time is counted here.
  const attemptDuration = meter.createHistogram('caseflow_webhook_attempt_duration', 'int', 'ms', 'Milliseconds one webhook attempt took, from sending to the answer or the failure, by outcome (delivered, failed)');
  return {
    async planDeliveries(payload: NotificationPayload): Promise<DeliveryPlan> {
      return { deliveries: await planWebhookDeliveries(db, vault, payload, { scheduled: false, requestId: payload.data.request.requestId }), policy: settings.policy };
    },

    async deliverWebhook({ deliveryId }): Promise<WebhookDeliveryResult> {
      const delivery = await findDelivery(db, deliveryId);
      if (delivery === undefined) return 'subscription_deleted';
      // A replay or an attempt whose answer was lost to a crash may already have landed it.
      if (delivery.status === 'delivered') return 'already_delivered';
      const subscription = await findSubscription(db, delivery.subscription_id);
      if (subscription === undefined) return 'subscription_deleted';
      if (!subscription.active) {
        throw ApplicationFailure.create({
          type: 'SubscriptionInactive',
          message: `subscription ${subscription.id} is not active${subscription.disabled_reason ? `: ${subscription.disabled_reason}` : ''}`,
          nonRetryable: true,
        });
      }
      const result = await postEvent({
        url: subscription.url,
        body: delivery.payload,
        eventType: delivery.event_type,
        eventId: delivery.event_id,
        secrets: signingSecrets(subscription, settings.secrets),
        timeoutMs: settings.policy.attemptTimeoutMs,
        destinations: settings.destinations,
        ...(settings.resolve === undefined ? {} : { resolve: settings.resolve }),
      });
      await recordDeliveryAttempt(db, {
        deliveryId,
        target: subscription.url,
        outcome: result.ok ? 'delivered' : 'failed',
        statusCode: result.statusCode,
        error: result.error,
        latencyMs: result.latencyMs,
      });
      attemptDuration.record(Math.round(result.latencyMs), { outcome: result.ok ? 'delivered' : 'failed' });
      if (result.ok) {
        // Most subscriptions are not failing: no statement for those.
        if (subscription.failing_since !== null) await recordSubscriptionSuccess(db, subscription.id);
        outcomes.add(1, { outcome: 'delivered' });
        return 'delivered';
      }
      const reason = `failing since the first failed attempt for over ${settings.autoDisableAfterSeconds} s; last: ${result.error}`;
      if (await recordSubscriptionFailure(db, subscription.id, settings.autoDisableAfterSeconds, reason)) {
        logger.warn({ subscriptionId: subscription.id, url: subscription.url }, 'webhook subscription disabled after failing continuously');
        outcomes.add(1, { outcome: 'disabled' });
        throw ApplicationFailure.create({
          type: 'SubscriptionDisabled',
          message: `subscription ${subscription.id} disabled: ${reason}`,
          nonRetryable: true,
          details: [{ subscriptionId: subscription.id }],
        });
      }
      outcomes.add(1, { outcome: result.retryable ? 'failed' : 'refused' });
      throw ApplicationFailure.create({
        type: result.retryable ? 'WebhookDeliveryFailed' : 'WebhookDeliveryRefused',
        message: `${subscription.url}: ${result.error}`,
        nonRetryable: !result.retryable,
        ...(result.retryAfterMs === null ? {} : { nextRetryDelay: result.retryAfterMs }),
      });
    },

    async markDeliveryDead({ deliveryId, reason }): Promise<void> {
      await markDeliveryDead(db, deliveryId, reason);
      outcomes.add(1, { outcome: 'dead' });
    },

    async prepareReplay({ deliveryId }): Promise<DeliveryPolicy | null> {
      const reopened = await reopenDeliveryForReplay(db, deliveryId);
      if (reopened !== undefined) return settings.policy;
      // A retried prepareReplay finds its own earlier reopening: still a replay to run.
      const delivery = await findDelivery(db, deliveryId);
      return delivery?.status === 'pending' ? settings.policy : null;
    },
  };
}

import type { DeliveryOutcome, NotificationActivities, NotificationPayload } from '@caseflow/contracts';
import { type Db, listDeliveriesForEvent, logDeliveryAttempt } from '@caseflow/db';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { deliver } from './deliver';

export interface WebhookSettings {
  urls: readonly string[];
  secret: string;
  timeoutMs: number;
}

/**
 * Sends an event to every subscriber, logging each attempt. A retry (Temporal's policy
 * decides when) only re-sends to subscribers that have not acknowledged this event yet,
 * and the delivery id stays the event id, so receivers can de-duplicate.
 */
export function createNotificationActivities(db: Db, settings: WebhookSettings): NotificationActivities {
  return {
    async notify(payload: NotificationPayload): Promise<DeliveryOutcome[]> {
      const body = JSON.stringify(payload);
      const attempt = Context.current().info.attempt;
      const delivered = new Set(
        (await listDeliveriesForEvent(db, payload.id)).filter((row) => row.outcome === 'delivered').map((row) => row.target),
      );
      const pending = settings.urls.filter((url) => !delivered.has(url));
      const results = await Promise.all(
        pending.map((target) =>
          deliver({ target, body, eventType: payload.type, eventId: payload.id, secret: settings.secret, timeoutMs: settings.timeoutMs }),
        ),
      );
      for (const result of results) {
        await logDeliveryAttempt(db, {
          eventId: payload.id,
          eventType: payload.type,
          requestId: payload.data.request.requestId,
          target: result.target,
          attempt,
          outcome: result.ok ? 'delivered' : 'failed',
          statusCode: result.statusCode,
          error: result.error,
          latencyMs: result.latencyMs,
        });
      }
      const failed = results.filter((result) => !result.ok);
      if (failed.length > 0) {
        const summary = failed.map((result) => `${result.target}: ${result.error}`).join('; ');
        throw ApplicationFailure.create({
          type: 'WebhookDeliveryFailed',
          message: `webhook delivery failed for ${failed.length} of ${pending.length} subscribers: ${summary}`,
          nonRetryable: failed.every((result) => !result.retryable),
        });
      }
      return results.map((result) => ({ target: result.target, statusCode: result.statusCode ?? 0 }));
    },
  };
}

import { type IncidentNotice, isInternalEvent, type NotificationPayload, type PlannedWebhookDelivery } from '@caseflow/contracts';
import { type CustomerVault, type Db, listSubscriptionsFor, planDelivery } from '@caseflow/db';

/**
 * One delivery row per subscription that wants the event, idempotent by (subscription,
 * event). `scheduled`: planned from the outbox, so the service's own schedule delivers it
 * (outbox/dispatcher.ts) instead of a `deliverEvent` workflow. `requestId`: whose words the
 * body carries, so erasing that request blanks the delivery (a request event's own request,
 * an incident's first request).
 */
export async function planWebhookDeliveries(
  db: Db,
  vault: CustomerVault,
  payload: NotificationPayload | IncidentNotice,
  { scheduled, requestId }: { scheduled: boolean; requestId: string },
): Promise<PlannedWebhookDelivery[]> {
  const subscriptions = await listSubscriptionsFor(db, payload.type, { internal: isInternalEvent(payload.type) });
  if (subscriptions.length === 0) return [];
  // Subscribers get the words in clear: the workflow carried the customer's sealed.
  const body = JSON.stringify(await vault.unsealDeep(payload));
  const deliveries: PlannedWebhookDelivery[] = [];
  for (const subscription of subscriptions) {
    const deliveryId = await planDelivery(db, {
      subscriptionId: subscription.id,
      eventId: payload.id,
      eventType: payload.type,
      requestId,
      payload: body,
      scheduled,
    });
    deliveries.push({ deliveryId, subscriptionId: subscription.id });
  }
  return deliveries;
}

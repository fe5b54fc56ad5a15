import type { Db } from '../client';

export interface DeliveryAttempt {
  eventId: string;
  eventType: string;
  requestId: string | null;
  target: string;
  attempt: number;
  outcome: 'delivered' | 'failed';
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
}

export async function logDeliveryAttempt(db: Db, attempt: DeliveryAttempt): Promise<void> {
  await db
    .insertInto('webhook_deliveries')
    .values({
      event_id: attempt.eventId,
      event_type: attempt.eventType,
      request_id: attempt.requestId,
      target: attempt.target,
      attempt: attempt.attempt,
      outcome: attempt.outcome,
      status_code: attempt.statusCode,
      error: attempt.error,
      latency_ms: Math.round(attempt.latencyMs),
    })
    .execute();
}

export async function listDeliveriesForEvent(db: Db, eventId: string) {
  return db.selectFrom('webhook_deliveries').selectAll().where('event_id', '=', eventId).orderBy('id').execute();
}

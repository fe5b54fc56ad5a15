import { initialSla } from '@caseflow/sla';
import { randomUUID } from 'node:crypto';
import { FieldCipher } from '@caseflow/codec';
import { requestLanguage } from '@caseflow/classifier/language';
import type { NotificationPayload } from '@caseflow/contracts';
import { createRequest, createSubscription, type Db } from '@caseflow/db';

/** A request in the read model (with its customer's e-mail) and an event about it. */
export async function requestWithEvent(
  db: Db,
  { type = 'request.created', subject = 'Card not arrived', body = 'My new card has not arrived after two weeks.', email = null as string | null, queue = 'cards', metadata = {} as Record<string, unknown> } = {},
): Promise<NotificationPayload> {
  const id = randomUUID();
  const customerId = `cust-${id.slice(0, 8)}`;
  const now = new Date().toISOString();
  await createRequest(db, {
    id,
    customer_id: customerId,
    subject,
    body,
    type: 'inquiry',
    channel: 'web',
    metadata: JSON.stringify(metadata),
    language: requestLanguage({ subject, body, metadata }),
    status: 'pending',
    idempotency_key: null,
    request_hash: 'test',
    workflow_id: `request-${id}`,
    created_at: now,
    updated_at: now,
  });
  if (email !== null) await db.updateTable('customers').set({ email }).where('id', '=', customerId).execute();
  return {
    id: `${id}.1`,
    type: type as NotificationPayload['type'],
    createdAt: now,
    data: {
      request: {
        requestId: id,
        customerId,
        status: 'classified',
        seq: 1,
        classification: { category: 'card_arrival', queue, priority: 'normal', confidence: 0.9, modelVersion: 'test', alternatives: [] },
        assignee: null,
        resolution: null,
        escalationLevel: 0,
        createdAt: now,
        updatedAt: now,
        resolvedAt: null,
        closedAt: null,
        sla: initialSla(now),
        slaDueAt: null,
        slaBreached: false,
        firstRespondedAt: null,
        waitingReason: null,
        feedback: null,
      },
    },
  };
}

export async function subscribe(db: Db, url: string, events: string[] = ['*'], secrets: FieldCipher = new FieldCipher([])) {
  const secret = `whsec_${randomUUID()}`;
  const row = await createSubscription(db, { id: randomUUID(), url, events, description: null, active: true, secret }, secrets);
  return { id: row.id, secret };
}

import { randomUUID } from 'node:crypto';
import { type IncidentNotice, type NotificationPayload, replayDeliveryWorkflowType } from '@caseflow/contracts';
import { claimEventsToPlan, type Db, deleteSubscription, enqueueEvent, listDeliveryAttempts, type WebhookDeliveryRow } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { eventually } from '@caseflow/test-harness';
import type { SmtpMailbox } from '@caseflow/test-harness/smtp';
import { verifyDelivery } from '@caseflow/webhook-signature';
import type { Client } from '@temporalio/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requestWithEvent } from '../testing/fixtures';
import { NotificationTestBed } from '../testing/test-bed';
import { createOutboxDispatcher } from '../worker';
import type { OutboxDispatcher } from './dispatcher';

// Short intervals keep retries to seconds; assertions poll the rows, never sleep a fixed time.
const policy = { attemptTimeoutMs: 1_000, initialRetryMs: 100, maxRetryMs: 400, budgetMs: 6_000, emailEnabled: true };
const bed = new NotificationTestBed({ name: 'outbox-test', policy, autoDisableAfterSeconds: 3600 });
const { taskQueue } = bed;

let db: Db;
let client: Client;
let smtp: SmtpMailbox;
const dispatchers: OutboxDispatcher[] = [];

beforeAll(async () => {
  await bed.start();
  ({ db, client, smtp } = bed);
});
afterEach(async () => {
  await Promise.all(dispatchers.splice(0).map((dispatcher) => dispatcher.stop()));
  await bed.cleanUp();
});
afterAll(() => bed.stop());

function dispatching(prune: { keepFinishedMs?: number; pruneEveryMs?: number } = {}): OutboxDispatcher {
  const dispatcher = createOutboxDispatcher({ db, databaseUrl: bed.databaseUrl, vault: bed.vault(), logger: createLogger('outbox-test', 'silent'), pollMs: 500, ...prune, ...bed.settings() });
  dispatcher.start();
  dispatchers.push(dispatcher);
  return dispatcher;
}

const receiver = () => bed.receiver();
const subscribed = (url: string) => bed.subscribed(url, ['*']);

/** What the request workflow's record activity does in the event's own transaction. */
async function queued(payload: NotificationPayload, deliverAfter = new Date()): Promise<NotificationPayload> {
  await enqueueEvent(db, { requestId: payload.data.request.requestId, eventId: payload.id, eventType: payload.type, payload: JSON.stringify(payload), deliverAfter: deliverAfter.toISOString() });
  return payload;
}

async function settled(subscriptionId: string, eventId: string, status: WebhookDeliveryRow['status']): Promise<WebhookDeliveryRow> {
  return eventually(`delivery of ${eventId} ${status}`, async () => {
    const row = await db.selectFrom('webhook_deliveries').selectAll().where('subscription_id', '=', subscriptionId).where('event_id', '=', eventId).executeTakeFirst();
    return row?.status === status && row.next_attempt_at === null && row.lease_until === null ? row : undefined;
  }, 15_000);
}

describe('outbox delivery', () => {
  it('delivers incident.detected signed, with the incident as its body, to webhooks only, its delivery tied to the first request', async () => {
    dispatching();
    const hooks = await receiver();
    const { id, secret } = await subscribed(hooks.url);
    const first = (await requestWithEvent(db)).data.request.requestId;
    const incidentId = randomUUID();
    const notice: IncidentNotice = {
      id: `incident.detected-${incidentId}`,
      type: 'incident.detected',
      createdAt: new Date().toISOString(),
      data: { incident: { id: incidentId, status: 'open', size: 10, requests: 10, firstAt: new Date().toISOString(), lastAt: new Date().toISOString(), category: 'card_arrival', subject: 'Card not arrived', detectedAt: new Date().toISOString() } },
    };
    const mailsBefore = smtp.received.length;
    await enqueueEvent(db, { requestId: first, eventId: notice.id, eventType: notice.type, payload: JSON.stringify(notice), deliverAfter: new Date().toISOString() });

    const delivery = await settled(id, notice.id, 'delivered');
    expect(delivery).toMatchObject({ request_id: first, event_type: 'incident.detected' });
    const [receipt] = hooks.receipts;
    expect(verifyDelivery(receipt!.headers, receipt!.body, secret)).toMatchObject({ ok: true, deliveryId: notice.id });
    expect(JSON.parse(receipt!.body)).toEqual(notice);
    const event = await db.selectFrom('event_outbox').select(['planned_at', 'email_status']).where('event_id', '=', notice.id).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ planned_at: expect.any(Date), email_status: 'off' });
    expect(smtp.received.length).toBe(mailsBefore);
  });

  it('delivers a queued event signed, retrying a failing receiver with backoff until it answers', async () => {
    dispatching();
    const hooks = await receiver();
    hooks.script.push({ status: 503 }, { status: 500 });
    const { id, secret } = await subscribed(hooks.url);
    const payload = await queued(await requestWithEvent(db));

    const delivery = await settled(id, payload.id, 'delivered');

    expect(delivery.attempts).toBe(3);
    expect(hooks.receipts.map((receipt) => receipt.status)).toEqual([503, 500, 204]);
    for (const receipt of hooks.receipts) expect(verifyDelivery(receipt.headers, receipt.body, secret)).toMatchObject({ ok: true, deliveryId: payload.id });
    const [first, second, third] = hooks.receipts;
    // Backoff 2 from 100 ms: the second wait is at least twice the first's interval.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(90);
    expect(third!.at - second!.at).toBeGreaterThanOrEqual(190);
  });

  it('keeps a dead receiver\'s backlog as rows waiting for their next attempt, and drains it once the receiver is back', async () => {
    dispatching();
    const hooks = await receiver();
    const { id } = await subscribed(hooks.url);
    await hooks.stop();
    const events = await Promise.all(Array.from({ length: 5 }, async () => queued(await requestWithEvent(db))));

    await eventually('every event failed twice', async () => {
      const rows = await db.selectFrom('webhook_deliveries').select(['status', 'attempts', 'next_attempt_at']).where('subscription_id', '=', id).execute();
      return rows.length === events.length && rows.every((row) => row.status === 'failed' && row.attempts >= 2 && row.next_attempt_at !== null) ? rows : undefined;
    });
    await hooks.start();

    for (const event of events) await settled(id, event.id, 'delivered');
    expect(new Set(hooks.acknowledged.map((receipt) => receipt.headers['x-caseflow-delivery']))).toEqual(new Set(events.map((event) => event.id)));
  });

  it('gives up at once on 410, and a manual replay re-sends the dead delivery with the same event id', async () => {
    dispatching();
    const hooks = await receiver();
    hooks.script.push({ status: 410 });
    const { id } = await subscribed(hooks.url);
    const payload = await queued(await requestWithEvent(db));

    const dead = await settled(id, payload.id, 'dead');
    expect(dead).toMatchObject({ attempts: 1, last_status_code: 410 });

    const replayed = await client.workflow.execute(replayDeliveryWorkflowType, { taskQueue, workflowId: `replay-${dead.id}`, args: [{ deliveryId: dead.id, subscriptionId: id }] });
    expect(replayed).toBe('delivered');
    expect(hooks.receipts.map((receipt) => [receipt.status, receipt.headers['x-caseflow-delivery']])).toEqual([[410, payload.id], [204, payload.id]]);
    expect(await settled(id, payload.id, 'delivered')).toMatchObject({ attempts: 2, replays: 1 });
  });

  it('marks a delivery dead when its retry budget runs out on a receiver that stays down', async () => {
    dispatching();
    const hooks = await receiver();
    const { id } = await subscribed(hooks.url);
    await hooks.stop();
    const payload = await queued(await requestWithEvent(db));

    const dead = await settled(id, payload.id, 'dead');
    expect(dead.attempts).toBeGreaterThan(3);
    expect(dead.dead_at!.getTime() - dead.created_at.getTime()).toBeLessThanOrEqual(policy.budgetMs + 1_000);
    expect(dead.last_error).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it('holds a notice until its time (the business-hours opening) before planning it', async () => {
    dispatching();
    const hooks = await receiver();
    await subscribed(hooks.url);
    const releaseAt = new Date(Date.now() + 2_000);
    const payload = await queued(await requestWithEvent(db), releaseAt);

    const receipt = await eventually('the held notice', async () => hooks.acknowledged.find((r) => r.headers['x-caseflow-delivery'] === payload.id), 10_000);
    expect(receipt.at).toBeGreaterThanOrEqual(releaseAt.getTime() - 50);
  });

  it('sends the e-mails of a queued event once', async () => {
    dispatching();
    const payload = await queued(await requestWithEvent(db, { email: 'outbox@example.com', type: 'request.classified' }));

    await eventually('the e-mails sent', async () => {
      const row = await db.selectFrom('event_outbox').select(['email_status', 'email_next_at']).where('event_id', '=', payload.id).executeTakeFirst();
      return row?.email_status === 'sent' && row.email_next_at === null ? row : undefined;
    });
    expect(smtp.to('cards-team@example.com').filter((m) => m.mail.subject?.includes(payload.data.request.requestId))).toHaveLength(1);
  });

  it('deletes an event whose work is over once its keeping time has passed; one with an attempt still due or not yet planned stays', async () => {
    const live = await receiver();
    const down = await receiver();
    const { id: liveId } = await subscribed(live.url);
    const { id: downId } = await subscribed(down.url);
    await down.stop();
    const finished = await queued(await requestWithEvent(db));
    const held = await queued(await requestWithEvent(db), new Date(Date.now() + 60_000));
    dispatching({ keepFinishedMs: 500, pruneEveryMs: 200 });
    await settled(liveId, finished.id, 'delivered');
    // The dead receiver keeps the event's work going: it stays while an attempt is due.
    await eventually('the dead receiver failed once', async () => {
      const row = await db.selectFrom('webhook_deliveries').select(['attempts', 'next_attempt_at']).where('subscription_id', '=', downId).where('event_id', '=', finished.id).executeTakeFirst();
      return row !== undefined && row.attempts >= 1 && row.next_attempt_at !== null ? row : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const outbox = async () => (await db.selectFrom('event_outbox').select('event_id').where('event_id', 'in', [finished.id, held.id]).execute()).map((row) => row.event_id).sort();
    expect(await outbox()).toEqual([finished.id, held.id].sort());

    await deleteSubscription(db, downId);
    bed.forget(downId);
    await db.updateTable('webhook_deliveries').set({ next_attempt_at: null }).where('subscription_id', '=', downId).execute();
    await eventually('the finished event deleted', async () => ((await outbox()).includes(finished.id) ? undefined : true), 5_000);
    expect(await outbox()).toEqual([held.id]);
    // The delivery log and the event itself stay.
    expect(await db.selectFrom('webhook_deliveries').select('id').where('subscription_id', '=', liveId).where('event_id', '=', finished.id).execute()).toHaveLength(1);
  });

  it('two copies share the queue, each event delivered once; a claim left by a copy that died comes back when its lease lapses', async () => {
    const hooks = await receiver();
    const { id } = await subscribed(hooks.url);
    const events = await Promise.all(Array.from({ length: 20 }, async () => queued(await requestWithEvent(db))));
    // A copy claimed the first events and was killed before planning them.
    const orphaned = await claimEventsToPlan(db, { limit: 5, leaseMs: 1_500 });
    expect(orphaned).toHaveLength(5);
    dispatching();
    dispatching();

    for (const event of events) await settled(id, event.id, 'delivered');
    const ids = hooks.receipts.map((receipt) => receipt.headers['x-caseflow-delivery']);
    expect(ids).toHaveLength(events.length);
    expect(new Set(ids).size).toBe(events.length);
    const rows = await db.selectFrom('webhook_deliveries').select('id').where('subscription_id', '=', id).execute();
    for (const row of rows) expect(await listDeliveryAttempts(db, row.id)).toHaveLength(1);
  });
});

import { randomUUID } from 'node:crypto';
import { connectClient } from '@caseflow/temporal';
import type { RunningPostgres } from '@caseflow/test-harness';
import { verifyDelivery } from '@caseflow/webhook-signature';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually } from '@caseflow/test-harness';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import type { RunningSystem } from './system';
import { type ReceivedWebhook, WebhookReceiver } from './webhook-receiver';

// A namespace and database of its own: this file kills its notification worker, and no other
// file's workers may quietly do the work instead.
let system: RunningSystem;
let namespace: string;
let database: RunningPostgres;
const receivers: WebhookReceiver[] = [];
const subscriptions: string[] = [];

beforeAll(async () => {
  ({ system, database, namespace } = await startOwnSystem({
    autoCloseAfterSeconds: 600,
    notificationEnv: { WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_RETRY_INITIAL_MS: '200', WEBHOOK_RETRY_MAX_MS: '1000' },
  }));
});

afterEach(async () => {
  await Promise.all(subscriptions.splice(0).map((id) => system.call('DELETE', `/v1/webhooks/${id}`)));
  await Promise.all(receivers.splice(0).map((receiver) => receiver.stop()));
});

printOutputsOnFailure(() => system && [system.intake, system.workflows, system.notification]);

afterAll(async () => {
  await system?.stop();
  await database?.stop();
});

async function subscribedReceiver() {
  const receiver = new WebhookReceiver();
  await receiver.start();
  receivers.push(receiver);
  const created = await system.call('POST', '/v1/webhooks', { url: receiver.url, events: ['*'], description: 'e2e' });
  expect(created.status).toBe(201);
  subscriptions.push(created.body['id']);
  return { receiver, id: created.body['id'] as string, secret: created.body['secret'] as string };
}

async function postRequest(): Promise<string> {
  const accepted = await system.call('POST', '/v1/requests', {
    customerId: `cust-${randomUUID()}`,
    subject: 'Card not arrived',
    body: 'I ordered a new card two weeks ago and it still has not arrived.',
  });
  expect(accepted.status).toBe(202);
  return accepted.body['id'] as string;
}

async function classified(requestId: string): Promise<void> {
  await eventually(`request ${requestId} to be classified`, async () => ((await system.call('GET', `/v1/requests/${requestId}`)).body['status'] === 'classified' ? true : undefined));
}

const forRequest = (requestId: string) => (hook: ReceivedWebhook) => JSON.parse(hook.body).data.request.requestId === requestId;

async function acknowledged(receiver: WebhookReceiver, requestId: string, types: string[]): Promise<ReceivedWebhook[]> {
  return eventually(`${types.join(', ')} for ${requestId}`, async () => {
    const hooks = receiver.received.filter(forRequest(requestId));
    const seen = new Set(hooks.map((hook) => hook.headers['x-caseflow-event']));
    return types.every((type) => seen.has(type)) ? hooks : undefined;
  });
}

describe('webhooks over the real processes', () => {
  it('delivers every event of a request to a subscriber added over the API, signed, and lists each in the delivery log', async () => {
    const { receiver, id, secret } = await subscribedReceiver();
    expect((await system.call('GET', `/v1/webhooks/${id}`)).body).not.toHaveProperty('secret');
    const requestId = await postRequest();
    await classified(requestId);
    expect((await system.call('POST', `/v1/requests/${requestId}/resolve`, { resolution: 'sent again' })).status).toBe(200);

    const hooks = await acknowledged(receiver, requestId, ['request.created', 'request.classified', 'request.resolved']);
    for (const hook of hooks) {
      const verified = verifyDelivery(hook.headers, hook.body, secret);
      expect(verified).toMatchObject({ ok: true, deliveryId: JSON.parse(hook.body).id });
    }

    const log = await eventually('three delivered deliveries', async () => {
      const page = await system.call('GET', `/v1/webhooks/${id}/deliveries?status=delivered`);
      const mine = page.body['items'].filter((item: any) => item.requestId === requestId);
      return mine.length === 3 ? mine : undefined;
    });
    expect(log.map((item: any) => item.eventType).sort()).toEqual(['request.classified', 'request.created', 'request.resolved']);
    const detail = await system.call('GET', `/v1/deliveries/${log[0].id}`);
    expect(detail.body['attemptLog'].at(-1)).toMatchObject({ outcome: 'delivered', statusCode: 204 });
  });

  it('lets the lifecycle go on while a receiver is down, its backlog costing no running workflow, and delivers everything once it is back', async () => {
    const { receiver, id } = await subscribedReceiver();
    await receiver.stop();
    const requestIds = await Promise.all([postRequest(), postRequest(), postRequest()]);

    for (const requestId of requestIds) await classified(requestId);
    await eventually('failed attempts of every event in the log', async () => {
      const page = await system.call('GET', `/v1/webhooks/${id}/deliveries?status=failed`);
      const failing = page.body['items'].filter((item: any) => requestIds.includes(item.requestId) && item.attempts > 1);
      return failing.length === 2 * requestIds.length ? true : undefined;
    });
    // The backlog is rows waiting for their next attempt: no delivery workflow runs, none was started.
    const temporal = await connectClient({ address: inject('temporalAddress'), namespace });
    try {
      expect((await temporal.workflow.count('WorkflowType = "deliverEvent"')).count).toBe(0);
      expect((await temporal.workflow.count('ExecutionStatus = "Running" AND WorkflowType != "serviceRequest"')).count).toBe(0);
    } finally {
      await temporal.connection.close();
    }

    await receiver.start();
    for (const requestId of requestIds) await acknowledged(receiver, requestId, ['request.created', 'request.classified']);
  });

  it('replays a dead delivery over the API with the same event id', async () => {
    const { receiver, id, secret } = await subscribedReceiver();
    receiver.status = 410;
    const requestId = await postRequest();
    const dead = await eventually('a dead delivery', async () => {
      const page = await system.call('GET', `/v1/webhooks/${id}/deliveries?status=dead`);
      return page.body['items'].find((item: any) => item.requestId === requestId && item.eventType === 'request.created');
    });
    expect(dead).toMatchObject({ attempts: 1, lastStatusCode: 410 });

    receiver.status = 204;
    const replay = await system.call('POST', `/v1/deliveries/${dead.id}/replay`);
    expect(replay.status).toBe(202);

    // The classified event may arrive too (it was in flight when the receiver recovered): take the replayed one.
    const hook = (await acknowledged(receiver, requestId, ['request.created'])).find((h) => h.headers['x-caseflow-event'] === 'request.created');
    expect(verifyDelivery(hook!.headers, hook!.body, secret)).toMatchObject({ ok: true, deliveryId: dead.eventId });
    await eventually('the replayed delivery to be delivered', async () => ((await system.call('GET', `/v1/deliveries/${dead.id}`)).body['status'] === 'delivered' ? true : undefined));
    const again = await system.call('POST', `/v1/deliveries/${dead.id}/replay`);
    expect(again.status).toBe(409);
    expect(again.body['error']['code']).toBe('not_replayable');
  });

  it('loses no event when the notification worker is killed mid-delivery; de-duplicated, each arrives once', async () => {
    const { receiver, secret } = await subscribedReceiver();
    receiver.delayMs = 4_000;
    const requestId = await postRequest();
    await eventually('a delivery in flight', async () => (receiver.arrivals > 0 ? true : undefined));

    await system.notification.crash();
    receiver.delayMs = 0;
    await system.notification.start();

    const hooks = await acknowledged(receiver, requestId, ['request.created', 'request.classified']);
    const byDelivery = new Map<string, string>();
    for (const hook of hooks) {
      expect(verifyDelivery(hook.headers, hook.body, secret).ok).toBe(true);
      const deliveryId = hook.headers['x-caseflow-delivery'] as string;
      // A duplicate, if any, is the same event: same id, same body.
      if (byDelivery.has(deliveryId)) expect(hook.body).toBe(byDelivery.get(deliveryId));
      byDelivery.set(deliveryId, hook.body);
    }
    expect([...byDelivery.keys()].sort()).toEqual([`${requestId}.1`, `${requestId}.2`]);
  });

  it('refuses a subscription to cloud metadata or a private address in any spelling, even where loopback is allowed', async () => {
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:a9fe:a9fe]/', 'http://0xa9fea9fe/', 'http://10.0.0.1/', 'http://0.0.0.0:5433/', 'http://[fd00::1]/']) {
      const refused = await system.call('POST', '/v1/webhooks', { url, events: ['*'] });
      expect(refused.status, url).toBe(400);
      expect(refused.body['error']).toMatchObject({ code: 'webhook_destination_refused', details: { rule: expect.any(String) } });
    }
  });
});

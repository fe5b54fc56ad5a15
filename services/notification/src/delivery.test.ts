import { deliverEventWorkflowType, eventDeliveryWorkflowId, type NotificationPayload, replayDeliveryWorkflowType } from '@caseflow/contracts';
import { type Db, findSubscription, listDeliveryAttempts, rotateSubscriptionSecret, type WebhookDeliveryRow } from '@caseflow/db';
import type { Resolver } from '@caseflow/net-guard';
import { eventually, metricTotal, type Sample, scrapeMetrics } from '@caseflow/test-harness';
import type { SmtpMailbox } from '@caseflow/test-harness/smtp';
import { verifyDelivery } from '@caseflow/webhook-signature';
import type { Client } from '@temporalio/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventDeliverySummary } from './workflows/event-delivery';
import { requestWithEvent } from './testing/fixtures';
import { NotificationTestBed } from './testing/test-bed';

/** Host names of this file's own, resolved by the test (the system resolver knows none of them). */
const names = new Map<string, string[]>();
let resolutions = 0;
const testResolver: Resolver = async (hostname) => {
  resolutions += 1;
  const addresses = names.get(hostname);
  if (addresses === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

// Short intervals keep retries to seconds; assertions poll or await workflow results, never sleep.
const policy = { attemptTimeoutMs: 1_000, initialRetryMs: 100, maxRetryMs: 400, budgetMs: 2_500, emailEnabled: true };
const autoDisableAfterSeconds = 3;
const bed = new NotificationTestBed({ name: 'notification-test', policy, autoDisableAfterSeconds, resolve: testResolver, metrics: true });
const { taskQueue, secrets } = bed;

let db: Db;
let client: Client;
let smtp: SmtpMailbox;
let metricsUrl: string;

beforeAll(async () => {
  await bed.start();
  ({ db, client, smtp } = bed);
  metricsUrl = bed.metricsUrl!;
});
afterEach(() => bed.cleanUp());
afterAll(() => bed.stop());

const receiver = () => bed.receiver();
const subscribed = (url: string, events?: string[]) => bed.subscribed(url, events);

async function deliver(payload: NotificationPayload): Promise<EventDeliverySummary> {
  return client.workflow.execute(deliverEventWorkflowType, { taskQueue, workflowId: eventDeliveryWorkflowId(payload.id), args: [payload] });
}

async function deliveryFor(subscriptionId: string, eventId: string): Promise<WebhookDeliveryRow> {
  return db.selectFrom('webhook_deliveries').selectAll().where('subscription_id', '=', subscriptionId).where('event_id', '=', eventId).executeTakeFirstOrThrow();
}

describe('webhook delivery', () => {
  it('retries a failing receiver with backoff until it answers, with the same signed delivery id each time', async () => {
    const hooks = await receiver();
    hooks.script.push({ status: 503 }, { status: 500 });
    const { id, secret } = await subscribed(hooks.url);
    const payload = await requestWithEvent(db);

    const summary = await deliver(payload);

    expect(Object.values(summary.webhooks)).toEqual(['delivered']);
    expect(hooks.receipts.map((receipt) => receipt.status)).toEqual([503, 500, 204]);
    for (const receipt of hooks.receipts) {
      expect(verifyDelivery(receipt.headers, receipt.body, secret)).toMatchObject({ ok: true, deliveryId: payload.id, eventType: 'request.created' });
      expect(JSON.parse(receipt.body)).toEqual(payload);
      expect(receipt.headers['x-caseflow-webhook-version']).toBe('1');
    }
    const delivery = await deliveryFor(id, payload.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, last_status_code: 204 });
    const attempts = await listDeliveryAttempts(db, delivery.id);
    expect(attempts.map((attempt) => [attempt.attempt, attempt.outcome, attempt.status_code])).toEqual([
      [1, 'failed', 503],
      [2, 'failed', 500],
      [3, 'delivered', 204],
    ]);
    expect(attempts.every((attempt) => attempt.latency_ms >= 0)).toBe(true);
  });

  it('retries an answer slower than the timeout', async () => {
    const hooks = await receiver();
    hooks.script.push({ status: 204, delayMs: 2_500 });
    const { id } = await subscribed(hooks.url);
    const payload = await requestWithEvent(db);

    expect(Object.values((await deliver(payload)).webhooks)).toEqual(['delivered']);
    const attempts = await listDeliveryAttempts(db, (await deliveryFor(id, payload.id)).id);
    expect(attempts[0]).toMatchObject({ outcome: 'failed', status_code: null });
    expect(attempts[0]?.error).toMatch(/abort|timeout/i);
    expect(attempts.at(-1)).toMatchObject({ outcome: 'delivered', status_code: 204 });
  });

  it('waits as long as Retry-After asks before the next attempt', async () => {
    const hooks = await receiver();
    hooks.script.push({ status: 429, headers: { 'retry-after': '2' } });
    await subscribed(hooks.url);

    await deliver(await requestWithEvent(db));

    const [first, second] = hooks.receipts;
    expect(hooks.receipts.map((receipt) => receipt.status)).toEqual([429, 204]);
    // Without Retry-After the policy would retry after 100 ms.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1_900);
  });

  it('gives up at once on 410: the delivery is dead, and a replay re-sends it with the same event id', async () => {
    const hooks = await receiver();
    hooks.script.push({ status: 410 });
    const { id, secret } = await subscribed(hooks.url);
    const payload = await requestWithEvent(db);

    expect(Object.values((await deliver(payload)).webhooks)).toEqual(['dead']);
    const dead = await deliveryFor(id, payload.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: 1, last_status_code: 410 });
    expect(dead.dead_at).toBeInstanceOf(Date);

    const replayed = await client.workflow.execute(replayDeliveryWorkflowType, {
      taskQueue,
      workflowId: `replay-${dead.id}`,
      args: [{ deliveryId: dead.id, subscriptionId: id }],
    });

    expect(replayed).toBe('delivered');
    expect(hooks.receipts.map((receipt) => receipt.status)).toEqual([410, 204]);
    const resent = hooks.receipts[1]!;
    expect(verifyDelivery(resent.headers, resent.body, secret)).toMatchObject({ ok: true, deliveryId: payload.id });
    expect(resent.body).toBe(hooks.receipts[0]!.body);
    expect(await deliveryFor(id, payload.id)).toMatchObject({ status: 'delivered', attempts: 2, replays: 1, dead_at: null });
  });

  it('marks a delivery dead when its retry budget runs out on a receiver that is down', async () => {
    const hooks = await receiver();
    const { id } = await subscribed(hooks.url);
    await hooks.stop();
    const payload = await requestWithEvent(db);

    expect(Object.values((await deliver(payload)).webhooks)).toEqual(['dead']);
    const dead = await deliveryFor(id, payload.id);
    expect(dead.status).toBe('dead');
    expect(dead.attempts).toBeGreaterThan(1);
    expect(await findSubscription(db, id)).toMatchObject({ active: true });
    expect(dead.last_error).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it('signs with both secrets during a rotation grace period, and only with the new one after it', async () => {
    const hooks = await receiver();
    const { id, secret: original } = await subscribed(hooks.url);
    await rotateSubscriptionSecret(db, id, 'whsec_rotated-once', 3600, secrets);
    await deliver(await requestWithEvent(db));
    const during = hooks.receipts.at(-1)!;
    expect(verifyDelivery(during.headers, during.body, original).ok).toBe(true);
    expect(verifyDelivery(during.headers, during.body, 'whsec_rotated-once').ok).toBe(true);

    await rotateSubscriptionSecret(db, id, 'whsec_rotated-twice', 0, secrets);
    await deliver(await requestWithEvent(db));
    const after = hooks.receipts.at(-1)!;
    expect(verifyDelivery(after.headers, after.body, 'whsec_rotated-twice').ok).toBe(true);
    expect(verifyDelivery(after.headers, after.body, 'whsec_rotated-once')).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('delivers to a host name through the address it vetted, resolving the name once per attempt', async () => {
    const hooks = await receiver();
    names.set('hooks.caseflow.test', ['127.0.0.1']);
    const { id } = await subscribed(hooks.url.replace('127.0.0.1', 'hooks.caseflow.test'));
    const payload = await requestWithEvent(db);
    const before = resolutions;

    expect(Object.values((await deliver(payload)).webhooks)).toEqual(['delivered']);
    // The socket took the vetted address: a second lookup (the system's) would not know the name.
    expect(resolutions - before).toBe(1);
    expect(hooks.receipts.map((receipt) => receipt.headers.host)).toEqual([`hooks.caseflow.test:${new URL(hooks.url).port}`]);
    expect(await deliveryFor(id, payload.id)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('refuses at delivery a host name that resolves to a refused loopback address: dead after one attempt, the reason logged', async () => {
    const hooks = await receiver();
    names.set('internal.caseflow.test', ['127.0.0.2', '::1']);
    const { id } = await subscribed(hooks.url.replace('127.0.0.1', 'internal.caseflow.test'));
    const payload = await requestWithEvent(db);

    expect(Object.values((await deliver(payload)).webhooks)).toEqual(['dead']);

    const dead = await deliveryFor(id, payload.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: 1, last_status_code: null });
    expect(dead.last_error).toBe(
      'destination refused: internal.caseflow.test resolves to 127.0.0.2 is a loopback address; webhooks may reach only public addresses unless WEBHOOK_ALLOW_PRIVATE allows it',
    );
    expect(await listDeliveryAttempts(db, dead.id)).toMatchObject([{ attempt: 1, outcome: 'failed', status_code: null, error: dead.last_error }]);
    expect(hooks.receipts).toEqual([]);
  });

  it('refuses a literal address outside the allow-list at delivery, even on a subscription stored before the rule', async () => {
    const hooks = await receiver();
    const { id } = await subscribed('http://169.254.169.254/latest/meta-data/');
    const payload = await requestWithEvent(db);

    expect(Object.values((await deliver(payload)).webhooks)).toEqual(['dead']);
    expect(await deliveryFor(id, payload.id)).toMatchObject({ status: 'dead', attempts: 1, last_error: expect.stringContaining('169.254.169.254 is a link-local address') });
    expect(hooks.receipts).toEqual([]);
  });

  it('delivers only the event types a subscription asked for', async () => {
    const hooks = await receiver();
    await subscribed(hooks.url, ['request.resolved']);
    expect((await deliver(await requestWithEvent(db, { type: 'request.created' }))).webhooks).toEqual({});
    const resolved = await requestWithEvent(db, { type: 'request.resolved' });
    expect(Object.values((await deliver(resolved)).webhooks)).toEqual(['delivered']);
    expect(hooks.acknowledged.map((receipt) => receipt.headers['x-caseflow-delivery'])).toEqual([resolved.id]);
  });

  it('disables a subscription that fails continuously for the configured time, and tells the administrators', async () => {
    const hooks = await receiver();
    hooks.otherwise = { status: 503 };
    const { id } = await subscribed(hooks.url);

    // The first event's budget (2.5 s) ends before the subscription has failed for 3 s…
    const first = await requestWithEvent(db);
    expect(Object.values((await deliver(first)).webhooks)).toEqual(['dead']);
    expect(await findSubscription(db, id)).toMatchObject({ active: true, failing_since: expect.any(Date) });

    // …and the next one's failures cross it.
    const second = await requestWithEvent(db);
    expect(Object.values((await deliver(second)).webhooks)).toEqual(['dead']);
    const subscription = await findSubscription(db, id);
    expect(subscription).toMatchObject({ active: false, disabled_at: expect.any(Date) });
    expect(subscription?.disabled_reason).toMatch(/failing .* over 3 s; last: HTTP 503/);
    expect((await deliveryFor(id, second.id)).last_error).toMatch(/HTTP 503/);
    const notice = await eventually('the disabled notice', async () => smtp.to('ops@example.com').find((m) => m.mail.subject?.includes(id)));
    expect(notice.mail.text).toContain(hooks.url);
    // The only subscription any test of this file disables.
    expect(metricTotal(await scrapeMetrics(metricsUrl), 'caseflow_webhook_deliveries', { outcome: 'disabled' })).toBe(1);

    // A disabled subscription is not planned for later events.
    expect((await deliver(await requestWithEvent(db))).webhooks).toEqual({});
  });
});

describe('e-mail', () => {
  it('writes to an English-speaking customer in English, with the request id in the subject and the link in both parts', async () => {
    const payload = await requestWithEvent(db, { email: 'alice@example.com' });
    const requestId = payload.data.request.requestId;

    expect((await deliver(payload)).emails).toBe('sent');

    const [received] = smtp.to('alice@example.com');
    expect(received?.mail.subject).toBe(`[caseflow #${requestId}] Request received: Card not arrived`);
    expect(received?.mail.text).toContain('We have received your request');
    expect(received?.mail.text).toContain(`https://help.example.com/requests/${requestId}`);
    expect(received?.mail.html).toContain(`href="https://help.example.com/requests/${requestId}"`);
    expect(received?.mail.references).toContain(`<request-${requestId}@support.example.com>`);
  });

  it('writes to a Chinese-speaking customer in Chinese', async () => {
    const payload = await requestWithEvent(db, { email: 'wang@example.com', subject: '银行卡还没收到', body: '我两周前申请的新银行卡到现在还没有收到，请问什么时候能寄到？' });

    await deliver(payload);

    const [received] = smtp.to('wang@example.com');
    expect(received?.mail.subject).toBe(`[caseflow #${payload.data.request.requestId}] 已收到您的请求：银行卡还没收到`);
    expect(received?.mail.text).toContain('我们已收到您的请求');
    expect(received?.mail.html).toContain('lang="zh-CN"');
    const [logged] = await db.selectFrom('email_deliveries').selectAll().where('event_id', '=', payload.id).execute();
    expect(logged).toMatchObject({ recipient: 'wang@example.com', audience: 'customer', language: 'zh', status: 'sent' });
  });

  it('writes in the language the request recorded, not in that of its words: Chinese when the posting service stated zh', async () => {
    const payload = await requestWithEvent(db, { email: 'li@example.com', subject: 'Card PIN', body: 'Please reset the PIN of my card.', metadata: { language: 'zh' } });

    await deliver(payload);

    const [received] = smtp.to('li@example.com');
    expect(received?.mail.subject).toBe(`[caseflow #${payload.data.request.requestId}] 已收到您的请求：Card PIN`);
    expect(received?.mail.text).toContain('我们已收到您的请求');
  });

  it('tells the queue about a request routed to it, once per event even when delivered again', async () => {
    const payload = await requestWithEvent(db, { type: 'request.classified', queue: 'cards' });

    await deliver(payload);
    await client.workflow.execute(deliverEventWorkflowType, { taskQueue, workflowId: `again-${payload.id}`, args: [payload] });

    const mails = smtp.to('cards-team@example.com').filter((m) => m.mail.subject?.includes(payload.data.request.requestId));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.mail.subject).toContain('New request in cards');
  });
});

describe('metrics', () => {
  it('counts each webhook outcome and each e-mail on the worker\'s Prometheus endpoint, beside the SDK\'s metrics', async () => {
    const before = await scrapeMetrics(metricsUrl);
    const flaky = await receiver();
    flaky.script.push({ status: 503 });
    const gone = await receiver();
    gone.script.push({ status: 410 });
    await subscribed(flaky.url);
    await subscribed(gone.url);
    const payload = await requestWithEvent(db, { email: 'metrics@example.com' });

    expect(Object.values((await deliver(payload)).webhooks).sort()).toEqual(['dead', 'delivered']);

    const ours = { task_queue: taskQueue, workflow_type: deliverEventWorkflowType };
    const added = (after: Sample[], name: string, labels: Record<string, string>) => metricTotal(after, name, labels) - metricTotal(before, name, labels);
    const after = await eventually('the completed workflow in the metrics', async () => {
      const samples = await scrapeMetrics(metricsUrl);
      return added(samples, 'temporal_workflow_completed', ours) > 0 ? samples : undefined;
    });
    expect(added(after, 'temporal_workflow_completed', ours)).toBe(1);
    expect(added(after, 'temporal_activity_execution_failed', { ...ours, activity_type: 'deliverWebhook' })).toBe(2);
    const outcomes = Object.fromEntries(['delivered', 'failed', 'refused', 'disabled', 'dead'].map((outcome) => [outcome, added(after, 'caseflow_webhook_deliveries', { outcome })]));
    expect(outcomes).toEqual({ delivered: 1, failed: 1, refused: 1, disabled: 0, dead: 1 });
    expect(added(after, 'caseflow_emails', { outcome: 'sent' })).toBe(1);
    expect(added(after, 'caseflow_emails', { outcome: 'failed' })).toBe(0);
  });
});

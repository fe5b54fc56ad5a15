import { randomUUID } from 'node:crypto';
import { eventually, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import type { Json, RunningSystem } from './system';
import { WebhookReceiver } from './webhook-receiver';

// Duplicates and merge through every process: the real classification service finds the
// duplicate, intake merges, the workflow ends merged, the notification service delivers.
let system: RunningSystem;
let database: RunningPostgres;
const receiver = new WebhookReceiver();
const started = new Date(Date.now() - 60_000).toISOString();

beforeAll(async () => {
  ({ system, database } = await startOwnSystem({ autoCloseAfterSeconds: 600, notificationEnv: { WEBHOOK_RETRY_INITIAL_MS: '200', WEBHOOK_RETRY_MAX_MS: '1000' } }));
  await receiver.start();
  expect((await system.call('POST', '/v1/webhooks', { url: receiver.url, events: ['*'], description: 'merge e2e' })).status).toBe(201);
}, 900_000);

printOutputsOnFailure(() => system && [system.intake, system.workflows, system.classification, system.notification]);

afterAll(async () => {
  await receiver.stop();
  await system?.stop();
  await database?.stop();
});

const text = 'My new card was ordered two weeks ago and it still has not arrived. Can you check where it is?';

async function post(externalId: string, body: string): Promise<string> {
  const accepted = await system.call('POST', '/v1/requests', { customer: { externalId, name: 'Ada' }, subject: 'Card not arrived', body });
  expect(accepted.status).toBe(202);
  return accepted.body['id'] as string;
}

/** The request once classified, and once its duplicate check (part of classification) is recorded. */
const classified = (id: string) =>
  eventually(`request ${id} classified`, async () => {
    const answer = await system.call('GET', `/v1/requests/${id}`);
    const events = (await system.call('GET', `/v1/requests/${id}/events`)).body['items'] as Json[];
    return answer.body['status'] === 'classified' && events.some((event) => event['type'] === 'request.classified') ? answer.body : undefined;
  });

const merge = (id: string, into: unknown) => system.call('POST', `/v1/requests/${id}/merge`, { into });
const volume = async (to: string) => (await system.call('GET', `/v1/analytics/volume?from=${started}&to=${to}&interval=hour`)).body['total'] as number;

describe('a customer who writes twice gets one request', () => {
  it('links the retry to the first request, merges it there (thread, status, webhook, analytics), and refuses every other merge', { timeout: 600_000 }, async () => {
    const customer = `crm-${randomUUID()}`;
    const first = await post(customer, text);
    await classified(first);
    const retry = await post(customer, `Sending this again as I got no answer: ${text}`);
    const other = await post(`crm-${randomUUID()}`, text);
    const retried = await eventually('the retry linked', async () => {
      const body = (await system.call('GET', `/v1/requests/${retry}`)).body;
      return body['duplicateOf'] === null ? undefined : body;
    });
    expect(retried['duplicateOf']).toMatchObject({ requestId: first });
    expect(retried['duplicateOf'].similarity).toBeGreaterThan(0.5);
    // Another customer's identical words are never a duplicate of this one's.
    expect((await classified(other))['duplicateOf']).toBeNull();
    expect((await classified(first))['duplicateOf']).toBeNull();
    await eventually('request.duplicate_detected delivered', async () => (receiver.received.some((hook) => hook.headers['x-caseflow-event'] === 'request.duplicate_detected' && JSON.parse(hook.body).data.request.requestId === retry) ? true : undefined));

    const beforeMerge = new Date(Date.now() + 3_600_000).toISOString();
    expect(await volume(beforeMerge)).toBe(3);

    const merged = await merge(retry, first);
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ id: retry, status: 'merged' });
    const again = await merge(retry, first);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(merged.body);

    expect((await system.call('GET', `/v1/requests/${retry}`)).body).toMatchObject({ status: 'merged', mergedInto: first });
    const thread = (await system.call('GET', `/v1/requests/${first}/messages`)).body['items'] as Json[];
    expect(thread.map((message) => [message['requestId'], message['mergedFrom']])).toEqual([
      [first, null],
      [retry, retry],
    ]);
    const hook = await eventually('request.merged delivered', async () => receiver.received.find((h) => h.headers['x-caseflow-event'] === 'request.merged' && JSON.parse(h.body).data.request.requestId === retry));
    expect(JSON.parse(hook.body).data.request).toMatchObject({ status: 'merged', merged: { into: first } });
    const targetEvents = await eventually('request.merged_in on the target', async () => {
      const items = (await system.call('GET', `/v1/requests/${first}/events`)).body['items'] as Json[];
      return items.find((event) => event['type'] === 'request.merged_in');
    });
    expect(targetEvents['data']).toEqual({ from: retry });
    // Counted once: the merged request is gone from the totals (another `to`, so no cached answer).
    expect(await volume(new Date(Date.now() + 7_200_000).toISOString())).toBe(2);

    expect(await merge(retry, other)).toMatchObject({ status: 409, body: { error: { code: 'merge_conflict' } } });
    expect(await merge(first, first)).toMatchObject({ status: 409, body: { error: { code: 'merge_conflict' } } });
    expect(await merge(first, retry)).toMatchObject({ status: 409, body: { error: { code: 'merge_conflict' } } });
    expect(await merge(other, first)).toMatchObject({ status: 409, body: { error: { code: 'merge_conflict' } } });
    expect(await system.call('POST', `/v1/requests/${retry}/resolve`, { resolution: 'done' })).toMatchObject({ status: 409, body: { error: { code: 'invalid_transition' } } });
    expect(await merge(randomUUID(), first)).toMatchObject({ status: 404 });
    expect(await merge(first, randomUUID())).toMatchObject({ status: 404 });
    expect(await merge(first, 'not-a-uuid')).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect((await system.call('GET', `/v1/requests/${first}`)).body['status']).toBe('classified');
  });
});

import { randomBytes, randomUUID } from 'node:crypto';
import { eventually, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedSpan, OtlpReceiver } from './otlp-receiver';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import type { RunningSystem } from './system';
import { WebhookReceiver } from './webhook-receiver';

// One system, traced (the collector's URL in OTEL_EXPORTER_OTLP_ENDPOINT), then restarted
// untraced: it must send the collector nothing.
let database: RunningPostgres;
let system: RunningSystem;
const collector = new OtlpReceiver();
const subscriber = new WebhookReceiver();

beforeAll(async () => {
  await Promise.all([collector.start(), subscriber.start()]);
  // autoClose 1 s: the request's workflow completes soon after its resolve, and its RunWorkflow span ends with it.
  ({ system, database } = await startOwnSystem({ autoCloseAfterSeconds: 1, env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url } }));
  expect((await system.call('POST', '/v1/webhooks', { url: subscriber.url, events: ['request.created'] })).status).toBe(201);
}, 400_000);

printOutputsOnFailure(() => system && [system.intake, system.workflows, system.classification, system.notification]);

afterEach((context) => {
  if (context.task.result?.state !== 'fail') return;
  console.error(collector.spans.map((span) => `${span.traceId} ${span.spanId} <- ${span.parentSpanId ?? 'root'} ${span.name} ${span.service} ${span.attributes['caseflow.request_id'] ?? ''}`).join('\n'));
});

afterAll(async () => {
  await system?.stop();
  await Promise.all([collector.stop(), subscriber.stop()]);
  await database?.stop();
});

const processes = () => [system.intake, system.workflows, system.classification, system.notification];

/** Posts a request, waits for its classification and its created event's webhook, and resolves it. */
async function requestThroughDelivery(running: RunningSystem, headers: Record<string, string> = {}, customerId = `trace-${randomUUID()}`): Promise<string> {
  const body = { customerId, subject: 'Card not arrived', body: 'I ordered a new card two weeks ago and it still has not arrived.' };
  const accepted = await running.call('POST', '/v1/requests', body, headers);
  expect(accepted.status).toBe(202);
  const id = accepted.body['id'] as string;
  await eventually('the request to be classified', async () => ((await running.call('GET', `/v1/requests/${id}`)).body['status'] === 'classified' ? true : undefined));
  await eventually('its created event at the subscriber', async () => (subscriber.received.some((hook) => JSON.parse(hook.body).data.request.requestId === id) ? true : undefined));
  expect((await running.call('POST', `/v1/requests/${id}/resolve`, { resolution: 'Card re-sent' })).status).toBe(200);
  return id;
}

/** The caller's span, which intake's HTTP span continues (W3C `traceparent`). */
const caller = { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };

/** Names from a span up to the caller's span, or undefined while an ancestor is not exported yet. */
function pathToRoot(span: ReceivedSpan, byId: Map<string, ReceivedSpan>): string[] | undefined {
  const names = [span.name];
  for (let parent = span.parentSpanId; parent !== caller.spanId; parent = byId.get(parent)?.parentSpanId) {
    if (parent === undefined) return undefined;
    const next = byId.get(parent);
    if (next === undefined) return undefined;
    names.push(next.name);
  }
  return names;
}

describe('tracing', () => {
  it('one POST /v1/requests yields one trace: intake → StartWorkflow → RunWorkflow → classify, and the event recorded → its webhook delivered from the outbox', async () => {
    const customerId = `trace-${randomUUID()}`;
    const id = await requestThroughDelivery(system, { traceparent: `00-${caller.traceId}-${caller.spanId}-01` }, customerId);

    // The HTTP span of the POST names the request and continues the caller's trace.
    const posted = await eventually('the HTTP span of the POST', async () =>
      collector.spans.find((span) => span.kind === 2 && span.attributes['http.route'] === '/v1/requests' && span.attributes['caseflow.request_id'] === id),
    );
    expect([posted.traceId, posted.parentSpanId]).toEqual([caller.traceId, caller.spanId]);
    expect(posted.service).toBe('caseflow-intake');
    const wanted = ['StartWorkflow:serviceRequest', 'RunWorkflow:serviceRequest', 'RunActivity:classify', 'deliverWebhook'];
    // Buffered spans leave each process within the SDK's batch delay (5 s); RunWorkflow only once the workflow completed.
    const trace = await eventually(
      'the whole trace, every parent exported',
      async () => {
        const spans = collector.spans.filter((span) => span.traceId === posted.traceId);
        const byId = new Map(spans.map((span) => [span.spanId, span]));
        const complete = wanted.every((name) => spans.some((span) => span.name === name)) && spans.every((span) => pathToRoot(span, byId) !== undefined);
        return complete ? { spans, byId } : undefined;
      },
      60_000,
      500,
    );
    const only = (name: string) => {
      const found = trace.spans.filter((span) => span.name === name);
      expect(found, name).toHaveLength(1);
      return found[0]!;
    };
    // One tree: a single root (the HTTP span, under the caller's); every hop the child of the one before.
    expect(trace.spans.filter((span) => span.parentSpanId === caller.spanId)).toEqual([posted]);
    // Up to intake's route handler span and its server span `request`, the root.
    const path = (name: string) => {
      const hops = pathToRoot(only(name), trace.byId)!;
      expect(hops.slice(-2), name).toEqual([expect.stringMatching(/^handler/), 'request']);
      return hops.slice(0, -2);
    };
    expect(path('RunActivity:classify')).toEqual(['RunActivity:classify', 'StartActivity:classify', 'RunWorkflow:serviceRequest', 'StartWorkflow:serviceRequest']);
    // The outbox row carried the recording activity's context: the delivery continues its trace.
    expect(path('deliverWebhook')).toEqual(['deliverWebhook', 'RunActivity:recordTransition', 'StartActivity:recordTransition', 'RunWorkflow:serviceRequest', 'StartWorkflow:serviceRequest']);
    for (const name of wanted) expect(only(name).attributes['caseflow.request_id'], name).toBe(id);
    // No delivery workflow any more: events reach the notification service through the outbox.
    expect(trace.spans.filter((span) => span.name.endsWith(':deliverEvent'))).toEqual([]);
    // An operator action on the request is a trace of its own, its HTTP span tagged too.
    const resolved = collector.spans.find((span) => span.kind === 2 && span.attributes['http.route'] === '/v1/requests/:id/resolve');
    expect(resolved?.attributes['caseflow.request_id']).toBe(id);
    expect(resolved?.traceId).not.toBe(posted.traceId);
    // Ids and names only: nothing of the customer (the workflow's search attributes name them).
    expect(JSON.stringify(trace.spans)).not.toContain(customerId);
    expect(Object.fromEntries(wanted.map((name) => [name, only(name).service]))).toEqual({
      'StartWorkflow:serviceRequest': 'caseflow-intake',
      'RunWorkflow:serviceRequest': 'caseflow-workflows',
      'RunActivity:classify': 'caseflow-classification',
      deliverWebhook: 'caseflow-notification',
    });
  }, 240_000);

  it('sends nothing anywhere when OTEL_EXPORTER_OTLP_ENDPOINT is unset', async () => {
    // Stopping flushes what the traced processes still buffer: counted before, not after.
    await Promise.all(processes().map((process) => process.stop()));
    const before = collector.hits;
    // Were the SDK loaded anyway, its exporter would read this standard variable and post here.
    for (const process of processes()) process.setEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: undefined, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.url}/v1/traces` });
    await Promise.all(processes().map((process) => process.start()));
    await requestThroughDelivery(system);
    await Promise.all(processes().map((process) => process.stop()));
    expect(collector.hits).toBe(before);
  }, 240_000);
});

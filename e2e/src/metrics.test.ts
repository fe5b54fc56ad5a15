import { randomUUID } from 'node:crypto';
import { defaultRoutingPath, loadRouting } from '@caseflow/classifier';
import { taskQueues } from '@caseflow/contracts';
import { eventually, metricTotal, type RunningPostgres, type Sample, scrapeMetrics } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import type { RunningSystem } from './system';
import { WebhookReceiver } from './webhook-receiver';

// A namespace and database of its own: every count scraped here comes from this file's requests.
let namespace: string;
let database: RunningPostgres;
let system: RunningSystem;
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = new WebhookReceiver();
  await receiver.start();
  ({ system, database, namespace } = await startOwnSystem({ autoCloseAfterSeconds: 1 }));
});

printOutputsOnFailure(() => system && [system.workflows, system.classification, system.notification]);

afterAll(async () => {
  await system?.stop();
  await receiver?.stop();
  await database?.stop();
});

async function call(method: string, path: string, body?: unknown): Promise<Record<string, any>> {
  const answer = await system.call(method, path, body);
  expect(answer.status, `${method} ${path}`).toBeLessThan(300);
  return answer.body;
}

/** Scrapes until `check` holds: the exporter serves what was recorded, but the request's last steps are asynchronous. */
async function scrapedWhen(url: string, what: string, check: (samples: Sample[]) => boolean): Promise<Sample[]> {
  return eventually(what, async () => {
    const samples = await scrapeMetrics(url);
    return check(samples) ? samples : undefined;
  }, 30_000, 250);
}

describe('worker metrics', () => {
  it('every worker serves the Temporal SDK metrics and its own for the requests it handled', async () => {
    await call('POST', '/v1/webhooks', { url: receiver.url, events: ['request.created'] });
    const { id } = await call('POST', '/v1/requests', {
      customerId: `cust-${randomUUID()}`,
      subject: 'Card not arrived',
      body: 'I ordered a new card two weeks ago and it still has not arrived.',
      type: 'inquiry',
      channel: 'web',
    });
    const classified = await eventually('the request to be classified', async () => {
      const request = await call('GET', `/v1/requests/${id}`);
      return request['status'] === 'classified' ? request : undefined;
    });
    await call('POST', `/v1/requests/${id}/resolve`, { resolution: 'Card re-sent' });
    const ours = { namespace };

    // The request's workflow ran on caseflow-requests, its read-model writes as local
    // activities inside its workflow tasks, and it completed once it auto-closed.
    const requests = { ...ours, task_queue: taskQueues.requests };
    const workflows = await scrapedWhen(system.metricsUrls.workflows, 'the request workflow to complete', (samples) =>
      metricTotal(samples, 'temporal_workflow_completed', { ...requests, workflow_type: 'serviceRequest' }) === 1,
    );
    expect(metricTotal(workflows, 'temporal_workflow_task_execution_latency_count', { ...requests, workflow_type: 'serviceRequest' })).toBeGreaterThan(0);
    expect(metricTotal(workflows, 'temporal_local_activity_execution_latency_count', { ...requests, workflow_type: 'serviceRequest', activity_type: 'recordTransition' })).toBeGreaterThan(0);
    expect(metricTotal(workflows, 'temporal_worker_task_slots_available', { ...requests, worker_type: 'WorkflowWorker' })).toBeGreaterThan(0);

    // The classify activity ran on caseflow-classification, and its prediction was counted
    // under the queue and model version the read model shows.
    const classification = await scrapeMetrics(system.metricsUrls.classification);
    expect(metricTotal(classification, 'temporal_activity_execution_latency_count', { ...ours, task_queue: taskQueues.classification, activity_type: 'classify' })).toBe(1);
    expect(
      metricTotal(classification, 'caseflow_classifications', {
        queue: classified['queue'],
        model_version: classified['modelVersion'],
        // The system runs with the default routing file, whose threshold is the model's own:
        // below it the request went to the triage queue (no banking77 category routes there).
        outcome: classified['queue'] === loadRouting(defaultRoutingPath).triageQueue ? 'triage' : 'routed',
      }),
    ).toBe(1);

    // The created event's webhook was counted as delivered on the notification service's
    // endpoint: delivered from the outbox, by no workflow of its own.
    const notifications = { ...ours, task_queue: taskQueues.notification };
    const notification = await scrapedWhen(system.metricsUrls.notification, 'the webhook delivery', (samples) =>
      metricTotal(samples, 'caseflow_webhook_deliveries', { outcome: 'delivered' }) === 1,
    );
    expect(metricTotal(notification, 'temporal_workflow_completed', { ...notifications, workflow_type: 'deliverEvent' })).toBe(0);
    expect(receiver.received).toHaveLength(1);
  });
});

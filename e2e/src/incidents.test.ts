import { randomUUID } from 'node:crypto';
import { payloadCodecsFor } from '@caseflow/codec';
import type { IncidentDetectionOutcome, IncidentNotice } from '@caseflow/contracts';
import { connectClient } from '@caseflow/temporal';
import { eventually, type RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { incidentDetector, outage } from './incident-detection';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import type { Json, RunningSystem } from './system';
import { WebhookReceiver } from './webhook-receiver';

// Incidents through every process: intake takes the requests, the classification service's
// Schedule finds the incident with the served model's vectors, intake's analytics show it and
// the notification service delivers incident.detected once to a real receiver.
let system: RunningSystem;
let database: RunningPostgres;
let temporal: Client;
let detectNow: () => Promise<IncidentDetectionOutcome>;
const receiver = new WebhookReceiver();

beforeAll(async () => {
  const own = await startOwnSystem({
    autoCloseAfterSeconds: 600,
    notificationEnv: { WEBHOOK_RETRY_INITIAL_MS: '200', WEBHOOK_RETRY_MAX_MS: '1000' },
    // Only the test's triggered runs: a run of the Schedule's own (every minute by default)
    // between posting and a trigger would take the outcome the test asserts on a slow machine.
    classificationEnv: { INCIDENT_DETECTION_INTERVAL_SECONDS: '3600' },
  });
  ({ system, database } = own);
  // The run's result is sealed with the processes' key ring like every payload.
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: own.namespace, payloadCodecs: payloadCodecsFor(system.codecKeys) });
  detectNow = incidentDetector(temporal);
  await receiver.start();
  expect((await system.call('POST', '/v1/webhooks', { url: receiver.url, events: ['incident.detected'], description: 'incidents e2e' })).status).toBe(201);
}, 900_000);

printOutputsOnFailure(() => system && [system.intake, system.workflows, system.classification, system.notification]);

afterAll(async () => {
  await receiver.stop();
  await temporal?.connection.close();
  await system?.stop();
  await database?.stop();
});

const transfer = (i: number) => ({ subject: 'Transfer missing', body: `My transfer to my landlord from last Friday has still not arrived (attempt ${i}).` });

async function post(externalId: string, words: { subject: string; body: string }): Promise<string> {
  const accepted = await system.call('POST', '/v1/requests', { customer: { externalId, name: 'Ada' }, ...words });
  expect(accepted.status).toBe(202);
  return accepted.body['id'] as string;
}

const classified = (ids: string[]) =>
  eventually(`${ids.length} requests classified`, async () => {
    for (const id of ids) {
      const events = (await system.call('GET', `/v1/requests/${id}/events`)).body['items'] as Json[];
      if (!events.some((event) => event['type'] === 'request.classified')) return undefined;
    }
    return true;
  }, 120_000, 500);

const incidents = async () => (await system.call('GET', '/v1/analytics/topics', undefined, { 'cache-control': 'no-cache' })).body['incidents'] as Json[];
const notices = () => receiver.received.map((hook) => JSON.parse(hook.body) as IncidentNotice);

describe('many customers asking the same thing', () => {
  it('is no incident from 9 customers or from one customer 10 times, and one incident with one incident.detected webhook from the 10th customer', { timeout: 600_000 }, async () => {
    const nine = [];
    for (let i = 0; i < 9; i++) nine.push(await post(`crm-${randomUUID()}`, outage(i)));
    const single = `crm-${randomUUID()}`;
    const once = [];
    for (let i = 0; i < 10; i++) once.push(await post(single, transfer(i)));
    await classified([...nine, ...once]);
    expect(await detectNow()).toMatchObject({ ran: true, created: 0 });
    expect(await incidents()).toEqual([]);

    const tenth = await post(`crm-${randomUUID()}`, outage(42));
    await classified([tenth]);
    expect(await detectNow()).toMatchObject({ created: 1 });
    const [incident, ...others] = await incidents();
    expect(others).toEqual([]);
    expect(incident).toMatchObject({ status: 'open', size: 10, requests: 10 });
    expect(incident!['subject']).toBe(outage(0).subject);
    expect(Date.parse(incident!['lastAt'])).toBeGreaterThan(Date.parse(incident!['firstAt']));

    const delivered = await eventually('incident.detected delivered', async () => (receiver.received.length > 0 ? receiver.received[0] : undefined), 60_000);
    expect(delivered.headers['x-caseflow-event']).toBe('incident.detected');
    expect(delivered.headers['x-caseflow-signature']).toBeDefined();
    expect(notices()[0]).toMatchObject({ type: 'incident.detected', data: { incident: { id: incident!['id'], size: 10, requests: 10 } } });

    // More runs, and an 11th customer who joins the incident: still one incident and one webhook.
    await post(`crm-${randomUUID()}`, outage(7)).then((id) => classified([id]));
    expect(await detectNow()).toMatchObject({ created: 0, grown: 1 });
    expect(await detectNow()).toMatchObject({ created: 0, grown: 0 });
    expect(await incidents()).toMatchObject([{ id: incident!['id'], size: 11, requests: 11 }]);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(notices().map((notice) => notice.data.incident.id)).toEqual([incident!['id']]);
  });
});

import { randomUUID } from 'node:crypto';
import { requestWorkflowId, scheduleIds, searchAttributes } from '@caseflow/contracts';
import { payloadCodecsFor } from '@caseflow/codec';
import { connectClient } from '@caseflow/temporal';
import type { RunningPostgres } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually } from '@caseflow/test-harness';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import type { RunningSystem } from './system';

// A system of its own (database and Temporal namespace), so its SLA policies and schedules
// never meet the other end-to-end file's requests.
let database: RunningPostgres;
let system: RunningSystem;
let temporal: Client;

beforeAll(async () => {
  const own = await startOwnSystem({ autoCloseAfterSeconds: 3_600, workflowsEnv: { ESCALATION_SWEEP_INTERVAL_SECONDS: '5' } });
  ({ system, database } = own);
  // Payloads are sealed with the system's codec keys: reading them takes the same ring.
  temporal = await connectClient({ address: inject('temporalAddress'), namespace: own.namespace, payloadCodecs: payloadCodecsFor(system.codecKeys) });
});

printOutputsOnFailure(() => system && [system.intake, system.workflows, system.classification, system.notification]);

afterAll(async () => {
  await system?.stop();
  await temporal?.connection.close();
  await database?.stop();
});

async function classifiedRequest() {
  const accepted = await system.call('POST', '/v1/requests', {
    customerId: `cust-${randomUUID().slice(0, 8)}`,
    subject: 'Card not arrived',
    body: 'I ordered a new card two weeks ago and it still has not arrived.',
  });
  expect(accepted.status).toBe(202);
  const id = accepted.body['id'] as string;
  return eventually(`request ${id} to be classified`, async () => {
    const { body } = await system.call('GET', `/v1/requests/${id}`);
    return body['status'] === 'classified' ? body : undefined;
  });
}

const calendar = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5, 6, 7], openTime: '00:00', closeTime: '24:00' };

describe('a request over HTTP', () => {
  it('walks through every state, and refuses what its state does not allow', async () => {
    const request = await classifiedRequest();
    const id = request['id'] as string;
    // Actions without fields are posted without a body, as with `curl -X POST`.
    const act = (action: string, body?: unknown) => system.call('POST', `/v1/requests/${id}/${action}`, body);
    const agent = (await system.call('POST', '/v1/agents', { name: 'Ana', email: `ana-${id}@example.com`, role: 'agent', languages: ['en'], queues: [] })).body;
    const steps: [string, unknown, string][] = [
      ['assign', { agentId: agent['id'] }, 'assigned'],
      ['start', undefined, 'in_progress'],
      ['wait', { reason: 'Asked for the delivery address' }, 'waiting_on_customer'],
      ['resume', undefined, 'in_progress'],
      ['comment', { author: 'ana', body: 'A new card is on its way.' }, 'in_progress'],
      ['reclassify', { category: 'lost_or_stolen_card' }, 'in_progress'],
      ['priority', { priority: 'urgent' }, 'in_progress'],
      ['resolve', { resolution: 'Card re-sent' }, 'resolved'],
      ['reopen', { reason: 'Still nothing' }, 'reopened'],
      ['start', {}, 'in_progress'],
      ['resolve', { resolution: 'Delivered by courier' }, 'resolved'],
      ['feedback', { score: 4, comment: 'Took a while' }, 'resolved'],
      ['close', undefined, 'closed'],
      ['feedback', { score: 5 }, 'closed'],
    ];
    for (const [action, body, status] of steps) {
      const answer = await act(action, body);
      expect([action, answer.status, answer.body['status']]).toEqual([action, 200, status]);
    }
    const closed = (await system.call('GET', `/v1/requests/${id}`)).body;
    expect(closed).toMatchObject({ status: 'closed', assignee: { id: agent['id'], name: 'Ana' }, category: 'lost_or_stolen_card', priority: 'urgent', resolution: 'Delivered by courier' });

    const refused = await act('start');
    expect(refused.status).toBe(409);
    expect(refused.body['error']).toMatchObject({ code: 'invalid_transition', details: { from: 'closed', action: 'start' } });
    expect((await act('feedback', { score: 9 })).status).toBe(400);
    expect((await system.call('POST', `/v1/requests/${randomUUID()}/assign`, { agentId: agent['id'] })).status).toBe(404);
    expect((await act('assign', { assignee: 'ana' })).body['error']['message']).toContain('agentId');

    const recorded: { type: string; actor: unknown }[] = (await system.call('GET', `/v1/requests/${id}/events`)).body['items'];
    const events = recorded.map((event) => event.type);
    // An operator's action names the API key that made it (id and name); caseflow's own steps are the system's.
    expect(recorded.slice(0, 3).map((event) => event.actor)).toEqual([{ kind: 'system' }, { kind: 'system' }, { kind: 'api_key', id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'CASEFLOW_ADMIN_KEY' }]);
    expect(events).toEqual([
      'request.created',
      'request.classified',
      'request.assigned',
      'request.status_changed',
      'request.status_changed',
      'request.status_changed',
      'request.replied', // a public comment is a reply to the customer now (the conversation)
      'request.reclassified',
      'request.priority_changed',
      'request.resolved',
      'request.reopened',
      'request.status_changed',
      'request.resolved',
      'request.feedback',
      'request.closed',
      'request.feedback',
    ]);
    const description = await temporal.workflow.getHandle(requestWorkflowId(id)).describe();
    expect(description.typedSearchAttributes.get(searchAttributes.assignee)).toBe(agent['id']);
    expect(description.typedSearchAttributes.get(searchAttributes.status)).toBe('closed');
  });
});

describe('SLA escalation', () => {
  it('escalates a request once a short policy applies, through the escalation sweep schedule', async () => {
    const schedule = await temporal.schedule.getHandle(scheduleIds.escalationSweep).describe();
    expect(schedule.spec.intervals?.[0]?.every).toBe(5_000);
    expect(schedule.policies.overlap).toBe('SKIP');
    await temporal.schedule.getHandle(scheduleIds.escalationDigest).describe();

    const request = await classifiedRequest();
    const id = request['id'] as string;
    expect(request['slaDueAt']).toBeNull();
    // The request is already under way when the policy appears: the sweep brings it to the request.
    const created = await system.call('POST', '/v1/sla-policies', {
      name: 'Demo: three-second first response',
      priority: request['priority'],
      firstResponseMinutes: 0.05,
      resolutionMinutes: 60,
      escalationAction: 'escalation_queue',
      escalationQueue: 'escalations',
      roundTheClock: true,
      calendar,
    });
    expect(created.status).toBe(201);

    const escalated = await eventually('the request to escalate', async () => {
      const { body } = await system.call('GET', `/v1/requests/${id}`);
      return body['escalationLevel'] === 1 ? body : undefined;
    }, 60_000);
    expect(escalated).toMatchObject({ slaBreached: true, queue: 'escalations' });
    expect(Date.parse(escalated['slaDueAt'])).toBeLessThan(Date.now());
    // The read model is written by a local activity inside the workflow task that upserts the
    // search attributes, so it can show the escalation a moment before Temporal does.
    const description = await eventually('the escalation in the search attributes', async () => {
      const described = await temporal.workflow.getHandle(requestWorkflowId(id)).describe();
      return described.typedSearchAttributes.get(searchAttributes.escalationLevel) === 1 ? described : undefined;
    }, 30_000);
    expect(description.typedSearchAttributes.get(searchAttributes.queue)).toBe('escalations');
    const events = (await system.call('GET', `/v1/requests/${id}/events`)).body['items'].map((event: { type: string }) => event.type);
    expect(events.filter((type: string) => type === 'request.escalated')).toHaveLength(1);
  });
});

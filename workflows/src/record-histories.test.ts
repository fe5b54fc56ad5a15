// Records the request histories that replay.test.ts replays (src/histories/current.*.json).
// Not part of the normal run (vitest.config.ts leaves it out): `pnpm --filter
// @caseflow/workflows record-histories` runs it on purpose, after a workflow change.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { actionUpdates, assignmentLineWorkflowId, customerMessageUpdate, type OperatorAction, type OperatorActionInputs, replyUpdate, requestWorkflowId, type ServiceRequestState, slaReviewSignal, stateQuery } from '@caseflow/contracts';
import { createSlaPolicy, type Db, insertAgent, listRequestEvents, setAgentAvailability, setQueueMode, type SlaPolicyInput, updateSlaPolicy } from '@caseflow/db';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startRequest, startTestbed, stateWhen, subjectFor, type Testbed } from './testing';

const historiesDir = new URL('./histories/', import.meta.url);
const minute = 60_000;
const hour = 60 * minute;
// Short windows, so each request runs to completion and its whole life is in the fixture.
const options = { autoCloseAfter: hour, feedbackWindow: hour };
const alwaysUtc = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5, 6, 7], openTime: '00:00', closeTime: '24:00', holidays: [] };
const normalPolicy: SlaPolicyInput = {
  name: 'normal',
  priority: 'normal',
  category: null,
  firstResponseMinutes: 30,
  resolutionMinutes: 120,
  nextReplyMinutes: 20,
  warnFraction: 0.5,
  escalationAction: 'notify',
  escalationQueue: null,
  roundTheClock: true,
  calendar: alwaysUtc,
};
const highPolicy: SlaPolicyInput = { ...normalPolicy, name: 'high', priority: 'high', resolutionMinutes: 60, escalationAction: 'escalation_queue', escalationQueue: 'escalations' };

let testbed: Testbed;
let env: TestWorkflowEnvironment;
let db: Db;
let highPolicyId: string;

beforeAll(async () => {
  // A scenario that now needs fewer runs must not leave the last recording's extra run behind.
  for (const file of await readdir(historiesDir)) if (file.startsWith('current.')) await rm(new URL(file, historiesDir));
  testbed = await startTestbed(inject('databaseUrl'));
  ({ env, db } = testbed);
  await createSlaPolicy(db, normalPolicy);
  highPolicyId = (await createSlaPolicy(db, highPolicy)).id;
});

afterAll(async () => {
  await testbed?.stop();
});

const actor = 'operator-1';
function act<A extends OperatorAction>(requestId: string, action: A, input: Omit<OperatorActionInputs[A], 'actor'>): Promise<ServiceRequestState> {
  const args = [{ actor, ...input } as OperatorActionInputs[A]] as [OperatorActionInputs[A]];
  return env.client.workflow.getHandle(requestWorkflowId(requestId)).executeUpdate(actionUpdates[action], { args });
}

/** Fixed ids: a re-recording differs from the last one only in times and run ids, so its diff stays readable. */
const requestIds = {
  fullPath: '00000000-0000-4000-8000-000000000001',
  slaBreach: '00000000-0000-4000-8000-000000000002',
  reclassify: '00000000-0000-4000-8000-000000000003',
  continued: '00000000-0000-4000-8000-000000000004',
  nextReply: '00000000-0000-4000-8000-000000000005',
  merged: '00000000-0000-4000-8000-000000000006',
  mergeTarget: '00000000-0000-4000-8000-000000000007',
  line: ['00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000012', '00000000-0000-4000-8000-000000000013'],
};

/**
 * Saves every run of a request (continue-as-new included), first to last: once the workflow
 * has completed, or with `open`, as soon as its history stops growing (the last run then
 * ends waiting on a timer, which replays just as well).
 */
async function save(scenario: string, started: WorkflowHandleWithFirstExecutionRunId, { open = false } = {}): Promise<string[]> {
  if (open) await historySettled(started.workflowId);
  else await started.result();
  const written: string[] = [];
  let runId: string | undefined = started.firstExecutionRunId;
  for (let run = 1; runId !== undefined; run += 1) {
    const history = await env.client.workflow.getHandle(started.workflowId, runId).fetchHistory();
    runId = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
    const name = runId === undefined && run === 1 ? `current.${scenario}.json` : `current.${scenario}.run-${run}.json`;
    await writeFile(new URL(name, historiesDir), `${historyToJSON(history)}\n`);
    written.push(name);
  }
  return written;
}

/** Child workflow starts and completions still arrive after the last Update; waits until they have. */
async function historySettled(workflowId: string): Promise<void> {
  const handle = env.client.workflow.getHandle(workflowId);
  let length = -1;
  for (let tries = 0; tries < 100; tries += 1) {
    const events = (await handle.fetchHistory()).events ?? [];
    if (events.length === length && events.at(-1)?.workflowTaskCompletedEventAttributes != null) return;
    length = events.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the history of ${workflowId} kept growing`);
}

/** A customer's message with a fixed id (the nth of the recording), as intake would send it. */
async function customerWrites(requestId: string, n: number, body: string): Promise<void> {
  const customer = { kind: 'customer' as const, id: `cust-${requestId.slice(0, 8)}` };
  const message = { id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`, requestId, direction: 'inbound' as const, visibility: 'public' as const, author: customer, body, html: null, attachments: [], channel: 'email' as const, externalId: null };
  await env.client.workflow.getHandle(requestWorkflowId(requestId)).executeUpdate(customerMessageUpdate, { args: [{ actor: customer, message, reopenWindowMs: 14 * 24 * hour }] });
}

async function eventTypes(requestId: string): Promise<string[]> {
  return (await listRequestEvents(db, requestId)).map((event) => event.type);
}

it('records a request through every operator step: assign, start, notes and first response, wait and resume, resolve, close, feedback', async () => {
  const id = requestIds.fullPath;
  const started = await startRequest(env, id, subjectFor('normal', 'card_arrival'), options);
  await stateWhen(env, id, (s) => s.status === 'classified');
  await act(id, 'assign', { agentId: 'ana', agentName: 'Ana', reason: 'manual' });
  await act(id, 'start', {});
  await act(id, 'comment', { author: 'ana', body: 'checking the card order', internal: true });
  await act(id, 'comment', { author: 'ana', body: 'We are on it.', internal: false });
  await act(id, 'wait', { reason: 'asked for the card number' });
  await act(id, 'resume', {});
  await act(id, 'resolve', { resolution: 'Card re-sent' });
  await act(id, 'close', {});
  await act(id, 'feedback', { score: 4, comment: 'quick' });
  expect(await save('full-path', started)).toEqual(['current.full-path.json']);
  expect(await eventTypes(id)).toEqual([
    'request.created',
    'request.classified',
    'request.assigned',
    'request.status_changed',
    'request.note_added',
    'request.replied',
    'request.status_changed',
    'request.status_changed',
    'request.resolved',
    'request.closed',
    'request.feedback',
  ]);
});

it('records an SLA warning and breach, a policy change the sweep signals, then auto-close after the quiet period', async () => {
  const id = requestIds.slaBreach;
  const started = await startRequest(env, id, subjectFor('high', 'card_arrival'), options);
  await stateWhen(env, id, (s) => s.status === 'classified' && s.sla.terms !== null);
  await env.sleep(31 * minute);
  await stateWhen(env, id, (s) => s.escalationLevel === 1);
  await updateSlaPolicy(db, highPolicyId, { ...highPolicy, resolutionMinutes: 90 });
  await env.client.workflow.getHandle(requestWorkflowId(id)).signal(slaReviewSignal);
  await stateWhen(env, id, (s) => s.sla.terms?.policyVersion === 2);
  await act(id, 'comment', { author: 'ana', body: 'Sorry for the wait.', internal: false });
  await act(id, 'resolve', { resolution: 'Card unblocked' });
  expect(await save('sla-breach', started)).toEqual(['current.sla-breach.json']);
  const types = await eventTypes(id);
  expect(types).toEqual(expect.arrayContaining(['request.sla_warning', 'request.escalated', 'request.sla_updated', 'request.closed']));
  expect(types.at(-1)).toBe('request.closed');
});

it('records a reclassification, a priority change and a reopened request', async () => {
  const id = requestIds.reclassify;
  const started = await startRequest(env, id, subjectFor('low', 'card_arrival'), options);
  await stateWhen(env, id, (s) => s.status === 'classified');
  const moved = await act(id, 'reclassify', { category: 'lost_or_stolen_card' });
  expect(moved.classification?.category).toBe('lost_or_stolen_card');
  await act(id, 'priority', { priority: 'normal' });
  await act(id, 'resolve', { resolution: 'Card blocked' });
  await act(id, 'reopen', { reason: 'A new card is needed too' });
  await act(id, 'resolve', { resolution: 'New card ordered' });
  await act(id, 'close', {});
  expect(await save('reclassify', started)).toEqual(['current.reclassify.json']);
  expect(await eventTypes(id)).toEqual([
    'request.created',
    'request.classified',
    'request.reclassified',
    'request.priority_changed',
    'request.resolved',
    'request.reopened',
    'request.resolved',
    'request.closed',
  ]);
});

it('records the next-reply clock: started by a customer message after the first reply, warned and escalated, stopped by a reply, paused while waiting', async () => {
  const id = requestIds.nextReply;
  const started = await startRequest(env, id, subjectFor('normal', 'card_arrival'), options);
  await stateWhen(env, id, (s) => s.status === 'classified' && s.sla.terms !== null);
  const reply = (body: string) => env.client.workflow.getHandle(requestWorkflowId(id)).executeUpdate(replyUpdate, { args: [{ actor, body }] });
  await reply('We are on it.');
  await customerWrites(id, 1, 'Is there any news?');
  await act(id, 'comment', { author: 'ana', body: 'courier asked', internal: true });
  await env.sleep(21 * minute);
  await stateWhen(env, id, (s) => s.escalationLevel === 1);
  await reply('Sorry for the wait: the card is on its way.');
  await act(id, 'assign', { agentId: 'ana', agentName: 'Ana', reason: 'manual' });
  await act(id, 'start', {});
  await customerWrites(id, 2, 'It has not arrived.');
  await act(id, 'wait', { reason: 'asked for the address' });
  await customerWrites(id, 3, 'It is 12 Baker Street.');
  await reply('Sent again.');
  await act(id, 'resolve', { resolution: 'Card re-sent' });
  await act(id, 'close', {});
  expect(await save('next-reply', started)).toEqual(['current.next-reply.json']);
  const types = await eventTypes(id);
  expect(types).toEqual(expect.arrayContaining(['request.message_received', 'request.sla_warning', 'request.escalated', 'request.replied', 'request.closed']));
  const escalations = (await listRequestEvents(db, id)).filter((event) => event.type === 'request.escalated').map((event) => event.data['clock']);
  expect(escalations).toEqual(['nextReply']);
});

it('records a duplicate merged into another request (terminal, completes after the window) and the target that takes the note', async () => {
  const [id, target] = [requestIds.merged, requestIds.mergeTarget];
  const targetStarted = await startRequest(env, target, subjectFor('normal', 'card_arrival'), options);
  const started = await startRequest(env, id, subjectFor('normal', 'card_arrival'), options);
  await stateWhen(env, target, (s) => s.status === 'classified');
  await stateWhen(env, id, (s) => s.status === 'classified');
  await act(id, 'merge', { into: target });
  await act(id, 'merge', { into: target });
  await stateWhen(env, target, (s) => s.seq >= 3);
  // The target first: waiting for the merged request to complete skips the test server's clock
  // by days, and the open target's SLA timers would then fire while it is being saved.
  expect(await save('merge-target', targetStarted, { open: true })).toEqual(['current.merge-target.json']);
  expect(await save('merged', started)).toEqual(['current.merged.json']);
  expect(await eventTypes(id)).toEqual(['request.created', 'request.classified', 'request.merged']);
  // The target keeps its own clocks (warned and escalated while the source's window ran out).
  expect((await eventTypes(target)).slice(0, 3)).toEqual(['request.created', 'request.classified', 'request.merged_in']);
});

it('records a request that continues as new and carries its state into the next run', async () => {
  const id = requestIds.continued;
  const started = await startRequest(env, id, subjectFor('normal', 'card_arrival'), { ...options, historyLimit: 60 });
  await stateWhen(env, id, (s) => s.status === 'classified');
  await act(id, 'assign', { agentId: 'ana', agentName: 'Ana', reason: 'manual' });
  await act(id, 'comment', { author: 'ana', body: 'We are on it.', internal: false });
  await act(id, 'start', {});
  await act(id, 'resolve', { resolution: 'Card re-sent' });
  await act(id, 'close', {});
  // Events go through the outbox (no child starts carried over and retried, on which the test
  // server stopped skipping time): the request runs to its end like the others.
  expect((await save('continued', started)).length).toBeGreaterThan(1);
});

// Last: it turns automatic assignment on for a queue, which no request scenario above must see.
it('records a queue\'s line and requests assigned on arrival: two assigned least loaded within capacity as they are classified, the third waits in the line until capacity frees', async () => {
  const category = 'cancel_transfer';
  // The stand-in classifier's queue for the category (testing.ts), no other scenario's.
  const queue = `${category}-queue`;
  await setQueueMode(db, queue, 'least_loaded');
  const agents: string[] = [];
  for (const name of ['ana', 'bo']) {
    const agent = await insertAgent(db, { name, email: `${name}@line.example.com`, role: 'agent', languages: ['en'], capacity: 1, queues: [{ queue, level: 1 }] });
    await setAgentAvailability(db, agent.id, 'available');
    agents.push(agent.id);
  }
  for (const id of requestIds.line) await startRequest(env, id, subjectFor('normal', category), options);
  const assignees = async () => Promise.all(requestIds.line.map(async (id) => (await env.client.workflow.getHandle(requestWorkflowId(id)).query(stateQuery)).assignee));
  await stateWhen(env, requestIds.line[1]!, (s) => s.status === 'classified' || s.status === 'assigned');
  for (let tries = 0; (await assignees()).filter((a) => a !== null).length < 2; tries += 1) {
    if (tries > 200) throw new Error(`two requests were not handed out: ${JSON.stringify(await assignees())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const handedOut = await assignees();
  expect(handedOut.filter((a) => a !== null).sort()).toEqual([...agents].sort());
  // The first agent's request resolved: capacity freed, the line hands the third to them.
  const firstIndex = handedOut.findIndex((a) => a !== null);
  const waitingIndex = handedOut.findIndex((a) => a === null);
  await act(requestIds.line[firstIndex]!, 'resolve', { resolution: 'Transfer cancelled' });
  const third = await stateWhen(env, requestIds.line[waitingIndex]!, (s) => s.assignee !== null);
  expect(third.assignee).toBe(handedOut[firstIndex]);
  // A request the line never had to hand out: its history holds the assignment made on arrival (no Update from a pick).
  const histories = await Promise.all(requestIds.line.map((id) => env.client.workflow.getHandle(requestWorkflowId(id)).fetchHistory()));
  const arrival = histories.find((history, i) => handedOut[i] !== null && !history.events?.some((event) => event.workflowExecutionUpdateAcceptedEventAttributes != null));
  expect(arrival).toBeDefined();
  await writeFile(new URL('current.arrival.json', historiesDir), `${historyToJSON(arrival!)}\n`);
  const workflowId = assignmentLineWorkflowId(queue);
  await historySettled(workflowId);
  await writeFile(new URL('current.line.json', historiesDir), `${historyToJSON(await env.client.workflow.getHandle(workflowId).fetchHistory())}\n`);
});

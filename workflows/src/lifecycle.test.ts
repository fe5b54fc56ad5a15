import { randomUUID } from 'node:crypto';
import { actionUpdates, type OperatorAction, type OperatorActionInputs, requestWorkflowId, type ServiceRequestState, stateQuery } from '@caseflow/contracts';
import { type Db, listRequestEvents } from '@caseflow/db';
import { nextStatus, type RequestStatus, requestStatuses, transitionTable } from '@caseflow/lifecycle';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type OtherServices, startRequest, startTestbed, stateWhen, subjectFor, type Testbed } from './testing';

let testbed: Testbed;
let env: TestWorkflowEnvironment;
let db: Db;
let services: OtherServices;

beforeAll(async () => {
  testbed = await startTestbed(inject('databaseUrl'));
  ({ env, db, services } = testbed);
});

afterAll(async () => {
  await testbed?.stop();
});

const hour = 3_600_000;
const options = { autoCloseAfter: 10 * hour };
const actor = { kind: 'api_key', id: 'key-1', name: 'operator-1' } as const;

const inputs: { [A in OperatorAction]: OperatorActionInputs[A] } = {
  assign: { actor, agentId: 'ana', agentName: 'Ana', reason: 'manual' },
  unassign: { actor, agent: { id: 'ana', name: 'Ana' }, reason: 'manual' },
  start: { actor },
  wait: { actor, reason: 'asked for the card number' },
  resume: { actor },
  comment: { actor, author: 'ana', body: 'We are on it.', internal: false },
  resolve: { actor, resolution: 'Card re-sent' },
  reopen: { actor, reason: 'Card did not arrive' },
  close: { actor },
  reclassify: { actor, category: 'lost_or_stolen_card' },
  'confirm-category': { actor },
  priority: { actor, priority: 'urgent' },
  feedback: { actor, score: 4, comment: null },
  merge: { actor, into: randomUUID() },
};

/** How to bring a classified request into each status. */
const pathTo: Record<RequestStatus, OperatorAction[]> = {
  pending: [],
  classified: [],
  assigned: ['assign'],
  in_progress: ['assign', 'start'],
  waiting_on_customer: ['assign', 'start', 'wait'],
  resolved: ['resolve'],
  reopened: ['resolve', 'reopen'],
  closed: ['resolve', 'close'],
  merged: ['merge'],
};

function update<A extends OperatorAction>(requestId: string, action: A, input: OperatorActionInputs[A] = inputs[action]): Promise<ServiceRequestState> {
  return env.client.workflow.getHandle(requestWorkflowId(requestId)).executeUpdate(actionUpdates[action], { args: [input] });
}

async function requestIn(status: RequestStatus): Promise<string> {
  const id = randomUUID();
  if (status === 'pending') services.holdClassification.add(id);
  await startRequest(env, id, subjectFor('normal', 'card_arrival'), options);
  const reached = await stateWhen(env, id, (s) => s.status === (status === 'pending' ? 'pending' : 'classified') && s.seq >= (status === 'pending' ? 1 : 2));
  // Merged into another target than the matrix's own merge names: that one is a second target, refused.
  for (const action of pathTo[status]) await update(id, action, action === 'merge' ? { actor, into: randomUUID() } : inputs[action]);
  // An Update answers once its event is recorded; the start-up events may still be on their way.
  await eventsRecorded(id, reached.seq);
  return id;
}

async function eventsRecorded(id: string, count: number): Promise<void> {
  for (let tries = 0; (await listRequestEvents(db, id)).length < count; tries += 1) {
    if (tries > 200) throw new Error(`events of ${id} not recorded`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function failureOf(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}

describe('every status × every operator action', () => {
  // Held classifications keep activities in flight, and the test server skips no time while they are.
  afterAll(() => services.holdClassification.clear());

  it.each(requestStatuses.map((status) => [status]))('from %s: allowed actions move as the table says, the others are rejected and change nothing', async (status) => {
    await Promise.all(
      (Object.keys(inputs) as OperatorAction[]).map(async (action) => {
        const id = await requestIn(status);
        const handle = env.client.workflow.getHandle(requestWorkflowId(id));
        const before = await handle.query(stateQuery);
        const eventsBefore = await listRequestEvents(db, id);
        if (transitionTable[action][status] === undefined) {
          const failure = await failureOf(update(id, action));
          expect(failure.type).toBe('InvalidTransition');
          expect(failure.details).toEqual([{ from: status, action }]);
          expect(await handle.query(stateQuery)).toEqual(before);
          expect(await listRequestEvents(db, id)).toHaveLength(eventsBefore.length);
        } else {
          const after = await update(id, action);
          expect(after.status).toBe(nextStatus(status, action));
          expect(after.seq).toBe(before.seq + 1);
          expect((await listRequestEvents(db, id)).at(-1)?.seq).toBe(after.seq);
        }
      }),
    );
  });
});

describe('auto-close and reopen', () => {
  it('closes a resolved request after the quiet period, still takes feedback, then completes', async () => {
    const id = await requestIn('resolved');
    await env.sleep(10 * hour + 60_000);
    const closed = await stateWhen(env, id, (s) => s.status === 'closed');
    expect(closed.closedAt).not.toBeNull();
    expect((await update(id, 'feedback', { actor, score: 5, comment: 'quick' })).feedback).toMatchObject({ score: 5, comment: 'quick' });
    const result = await env.client.workflow.getHandle(requestWorkflowId(id)).result();
    expect(result).toMatchObject({ status: 'closed', feedback: { score: 5 } });
    const events = await listRequestEvents(db, id);
    expect(events.map((event) => event.type)).toEqual(['request.created', 'request.classified', 'request.resolved', 'request.closed', 'request.feedback']);
    expect(events[3]?.actor).toEqual({ kind: 'system' });
    // The actor the Update carried, kind and id included, is what the read model recorded…
    expect(events[4]?.actor).toEqual(actor);
    // …and what the event queued for webhook delivery carries, queued with the event itself.
    const queued = await db.selectFrom('event_outbox').select('payload').where('event_id', '=', `${id}.5`).executeTakeFirstOrThrow();
    expect(JSON.parse(queued.payload)).toMatchObject({ id: `${id}.5`, type: 'request.feedback', actor });
  });

  it('does not close a request reopened within the quiet period, and restarts the period on the next resolve', async () => {
    const id = await requestIn('resolved');
    await env.sleep(6 * hour);
    await update(id, 'reopen');
    await env.sleep(6 * hour);
    expect((await stateWhen(env, id, () => true)).status).toBe('reopened');
    await update(id, 'resolve');
    await env.sleep(9 * hour);
    expect((await stateWhen(env, id, () => true)).status).toBe('resolved');
    await env.sleep(2 * hour);
    await stateWhen(env, id, (s) => s.status === 'closed');
  });
});

describe('confirming the category', () => {
  it('records who confirmed which category, changes nothing else, and marks the row reviewed for classifier quality', async () => {
    const id = await requestIn('resolved');
    const handle = env.client.workflow.getHandle(requestWorkflowId(id));
    const before = await handle.query(stateQuery);
    const after = await update(id, 'confirm-category');
    expect(after).toEqual({ ...before, seq: before.seq + 1, updatedAt: after.updatedAt });
    await eventsRecorded(id, after.seq);
    const confirmed = (await listRequestEvents(db, id)).at(-1);
    expect(confirmed).toMatchObject({ type: 'request.category_confirmed', actor, data: { category: before.classification?.category, queue: before.classification?.queue } });
    const row = await db.selectFrom('requests').select(['category_confirmed', 'reclassified']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ category_confirmed: true, reclassified: false });
  });
});

describe('customer satisfaction', () => {
  it('is refused before resolution and outside 1..5, and a later score replaces the earlier one', async () => {
    const open = await requestIn('in_progress');
    expect((await failureOf(update(open, 'feedback'))).type).toBe('InvalidTransition');
    const id = await requestIn('resolved');
    for (const score of [0, 6, 2.5]) expect((await failureOf(update(id, 'feedback', { actor, score, comment: null }))).type).toBe('ValidationError');
    await update(id, 'feedback', { actor, score: 2, comment: 'slow' });
    const state = await update(id, 'feedback', { actor, score: 4, comment: null });
    expect(state.feedback).toMatchObject({ score: 4, comment: null });
    const row = await db.selectFrom('requests').select(['csat_score', 'csat_comment']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ csat_score: 4, csat_comment: null });
  });
});

describe('continue-as-new', () => {
  it('carries the request unchanged into a new run when the history grows past its bound', async () => {
    const id = randomUUID();
    const first = await startRequest(env, id, subjectFor('normal', 'card_arrival'), { ...options, historyLimit: 40 });
    await stateWhen(env, id, (s) => s.status === 'classified');
    await update(id, 'assign');
    await update(id, 'start');
    let last: ServiceRequestState | undefined;
    for (let i = 0; i < 12; i += 1) last = await update(id, 'comment', { ...inputs.comment, body: `note ${i}`, internal: i % 2 === 0 });
    const handle = env.client.workflow.getHandle(requestWorkflowId(id));
    const current = await handle.describe();
    expect(current.runId).not.toBe(first.firstExecutionRunId);
    expect(await handle.query(stateQuery)).toEqual(last);
    const after = await update(id, 'resolve');
    expect(after).toMatchObject({ status: 'resolved', assignee: 'ana', seq: last!.seq + 1, firstRespondedAt: last!.firstRespondedAt });
    expect((await listRequestEvents(db, id)).map((event) => event.seq)).toEqual(Array.from({ length: after.seq }, (_, i) => i + 1));
  });
});

import { randomUUID } from 'node:crypto';
import { actionUpdates, type OperatorAction, type OperatorActionInputs, requestWorkflowId, type ServiceRequestState } from '@caseflow/contracts';
import { listRequestEvents } from '@caseflow/db';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startRequest, startTestbed, stateWhen, subjectFor, type Testbed } from './testing';

let testbed: Testbed;

// Not sticky: after the restart the next workflow task must reach the new worker at once,
// not wait for the stopped worker's sticky queue to time out.
beforeAll(async () => {
  testbed = await startTestbed(inject('databaseUrl'), { sticky: false });
});

afterAll(async () => {
  await testbed?.stop();
});

const actor = { kind: 'api_key', id: 'key-1', name: 'operator-1' } as const;

function update<A extends OperatorAction>(requestId: string, action: A, input: OperatorActionInputs[A]): Promise<ServiceRequestState> {
  return testbed.env.client.workflow.getHandle(requestWorkflowId(requestId)).executeUpdate(actionUpdates[action], { args: [input] });
}

describe('Updates that reach the workflow in one task', () => {
  it('applies the first of two resolves and refuses the second as an invalid transition, and the request goes on working', { timeout: 60_000 }, async () => {
    const id = randomUUID();
    await startRequest(testbed.env, id, subjectFor('normal', 'card_arrival'));
    await stateWhen(testbed.env, id, (state) => state.status === 'classified');
    const settled = (promise: Promise<ServiceRequestState>) => promise.then((state) => ({ state }), (error: unknown) => ({ error }));
    let both: Promise<({ state: ServiceRequestState } | { error: unknown })[]> = Promise.resolve([]);
    // With the worker stopped both Updates wait at the server, so the next workflow task
    // carries them together (as after a worker crash while a client retried): their handlers
    // start in the same activation and must still take turns.
    await testbed.restartRequestsWorker(async () => {
      both = Promise.all([settled(update(id, 'resolve', { actor, resolution: 'Card re-sent' })), settled(update(id, 'resolve', { actor, resolution: 'Card re-sent' }))]);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    });
    const outcomes = await both;
    expect(outcomes.flatMap((outcome) => ('state' in outcome ? [outcome.state.status] : []))).toEqual(['resolved']);
    const [refused] = outcomes.flatMap((outcome) => ('error' in outcome ? [outcome.error] : []));
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((refused as WorkflowUpdateFailedError).cause).toBeInstanceOf(ApplicationFailure);
    expect(((refused as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe('InvalidTransition');
    expect((await update(id, 'reopen', { actor, reason: 'Card did not arrive' })).status).toBe('reopened');
    expect((await listRequestEvents(testbed.db, id)).filter((event) => event.type === 'request.resolved')).toHaveLength(1);
  });
});

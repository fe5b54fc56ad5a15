import { randomUUID } from 'node:crypto';
import { actionUpdates, requestWorkflowId, type ServiceRequestState, stateQuery } from '@caseflow/contracts';
import { type Db, findRequest, listRequestEvents } from '@caseflow/db';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startRequest, startTestbed, stateWhen, subjectFor, type Testbed } from './testing';

let testbed: Testbed;
let env: TestWorkflowEnvironment;
let db: Db;

beforeAll(async () => {
  testbed = await startTestbed(inject('databaseUrl'));
  ({ env, db } = testbed);
});

afterAll(async () => {
  await testbed?.stop();
});

const hour = 3_600_000;
const options = { autoCloseAfter: 10 * hour };
const actor = { kind: 'api_key', id: 'key-1', name: 'operator-1' } as const;

async function classifiedRequest(): Promise<string> {
  const id = randomUUID();
  await startRequest(env, id, subjectFor('normal', 'card_arrival'), options);
  await stateWhen(env, id, (s) => s.status === 'classified');
  return id;
}

const merge = (id: string, into: string): Promise<ServiceRequestState> => env.client.workflow.getHandle(requestWorkflowId(id)).executeUpdate(actionUpdates.merge, { args: [{ actor, into }] });

async function failureOf(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
}

describe('merging a request into another', () => {
  it('ends the source merged with its clocks stopped, records it in the read model, and notes it on the target', async () => {
    const [source, target] = await Promise.all([classifiedRequest(), classifiedRequest()]);
    const merged = await merge(source, target);
    expect(merged.status).toBe('merged');
    expect(merged.merged?.into).toBe(target);
    expect(merged.slaDueAt).toBeNull();
    expect(merged.sla.firstResponse.stoppedAt).not.toBeNull();
    expect(merged.sla.resolution.stoppedAt).not.toBeNull();
    const row = await findRequest(db, source);
    expect(row).toMatchObject({ status: 'merged', merged_into: target });
    expect((await listRequestEvents(db, source)).at(-1)).toMatchObject({ type: 'request.merged', data: { into: target } });
    const noted = await stateWhen(env, target, (s) => s.seq >= 3);
    expect(noted.status).toBe('classified');
    expect((await listRequestEvents(db, target)).map((event) => event.type)).toContain('request.merged_in');
    expect((await listRequestEvents(db, target)).find((event) => event.type === 'request.merged_in')?.data).toEqual({ from: source });
  });

  it('ends merged even when the target has no workflow to take the note', async () => {
    const source = await classifiedRequest();
    expect((await merge(source, randomUUID())).status).toBe('merged');
  });

  it('answers a repeated merge into the same target with the same state and records nothing more', async () => {
    const [source, target] = await Promise.all([classifiedRequest(), classifiedRequest()]);
    const first = await merge(source, target);
    const again = await merge(source, target);
    expect(again).toEqual(first);
    expect(await listRequestEvents(db, source)).toHaveLength(first.seq);
  });

  it('refuses a merge into another target, into itself, and every other action once merged', async () => {
    const [source, target] = await Promise.all([classifiedRequest(), classifiedRequest()]);
    expect(await failureOf(merge(source, source))).toMatchObject({ type: 'InvalidTransition' });
    const merged = await merge(source, target);
    expect(await failureOf(merge(source, randomUUID()))).toMatchObject({ type: 'InvalidTransition', details: [{ from: 'merged', action: 'merge' }] });
    const handle = env.client.workflow.getHandle(requestWorkflowId(source));
    expect(await failureOf(handle.executeUpdate(actionUpdates.resolve, { args: [{ actor, resolution: 'done' }] }))).toMatchObject({ type: 'InvalidTransition' });
    expect(await handle.query(stateQuery)).toEqual(merged);
  });

  it('completes the merged workflow once the feedback window is over', async () => {
    const [source, target] = await Promise.all([classifiedRequest(), classifiedRequest()]);
    await merge(source, target);
    await env.sleep(10 * hour + 60_000);
    const result = await env.client.workflow.getHandle(requestWorkflowId(source)).result();
    expect(result).toMatchObject({ status: 'merged', merged: { into: target } });
  });
});

import { randomUUID } from 'node:crypto';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureRetrainSchedule } from './schedule';

let client: Client;
// An id of this test's own: classification workers of the end-to-end tests ensure the real one.
const scheduleId = `test-retrain-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  client = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
});

afterAll(async () => {
  await client?.schedule.getHandle(scheduleId).delete().catch(() => undefined);
  await client?.connection.close();
});

describe('the retraining schedule', () => {
  it('is created once and brought to a new RETRAIN_INTERVAL_HOURS when workers start again', async () => {
    await ensureRetrainSchedule(client, 168, scheduleId);
    await Promise.all([ensureRetrainSchedule(client, 24, scheduleId), ensureRetrainSchedule(client, 24, scheduleId)]);
    const schedule = await client.schedule.getHandle(scheduleId).describe();
    expect(schedule.spec.intervals?.map((interval) => interval.every)).toEqual([24 * 3600_000]);
    expect(schedule.policies.overlap).toBe('SKIP');
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'modelRetrain', taskQueue: 'caseflow-model-retrain' });
    expect(schedule.state.note).toMatch(/every 24 h/);
  });
});

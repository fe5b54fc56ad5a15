import { randomUUID } from 'node:crypto';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureIncidentSchedule } from './schedule';

let client: Client;
// An id of this test's own: classification workers of the end-to-end tests ensure the real one.
const scheduleId = `test-incidents-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  client = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
});

afterAll(async () => {
  await client?.schedule.getHandle(scheduleId).delete().catch(() => undefined);
  await client?.connection.close();
});

describe('the incident detection schedule', () => {
  it('is created once and brought to a new INCIDENT_DETECTION_INTERVAL_SECONDS when workers start again', async () => {
    await ensureIncidentSchedule(client, 60, scheduleId);
    await Promise.all([ensureIncidentSchedule(client, 30, scheduleId), ensureIncidentSchedule(client, 30, scheduleId)]);
    const schedule = await client.schedule.getHandle(scheduleId).describe();
    expect(schedule.spec.intervals?.map((interval) => interval.every)).toEqual([30_000]);
    expect(schedule.policies.overlap).toBe('SKIP');
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'incidentDetection', taskQueue: 'caseflow-incidents' });
  });
});

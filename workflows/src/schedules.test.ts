import { randomUUID } from 'node:crypto';
import { connectClient } from '@caseflow/temporal';
import '@caseflow/test-harness';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureEscalationSchedules } from './schedules';

let client: Client;
// Ids of this test's own: workers of the end-to-end tests ensure the real ones on the same server.
const suffix = randomUUID().slice(0, 8);
const ids = { escalationSweep: `test-sweep-${suffix}`, escalationDigest: `test-digest-${suffix}` };

beforeAll(async () => {
  client = await connectClient({ address: inject('temporalAddress'), namespace: inject('temporalNamespace') });
});

afterAll(async () => {
  for (const id of Object.values(ids)) await client?.schedule.getHandle(id).delete().catch(() => undefined);
  await client?.connection.close();
});

describe('escalation schedules', () => {
  it('are created once and brought to the new settings when a worker starts again', async () => {
    await ensureEscalationSchedules(client, { sweepIntervalSeconds: 60, digestCron: '0 8 * * *' }, ids);
    await Promise.all([
      ensureEscalationSchedules(client, { sweepIntervalSeconds: 30, digestCron: '0 7 * * *' }, ids),
      ensureEscalationSchedules(client, { sweepIntervalSeconds: 30, digestCron: '0 7 * * *' }, ids),
    ]);
    const sweep = await client.schedule.getHandle(ids.escalationSweep).describe();
    expect(sweep.spec.intervals?.map((interval) => interval.every)).toEqual([30_000]);
    expect(sweep.policies.overlap).toBe('SKIP');
    expect(sweep.action).toMatchObject({ type: 'startWorkflow', workflowType: 'escalationSweep', taskQueue: 'caseflow-requests' });
    const digest = await client.schedule.getHandle(ids.escalationDigest).describe();
    expect(digest.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 7, end: 7, step: 1 }] });
  });
});

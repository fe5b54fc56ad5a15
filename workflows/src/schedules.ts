import { escalationDigestWorkflowType, escalationSweepWorkflowType, scheduleIds, taskQueues } from '@caseflow/contracts';
import { type Client, type ScheduleOptionsAction, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleSpec } from '@temporalio/client';

export interface EscalationScheduleSettings {
  sweepIntervalSeconds: number;
  digestCron: string;
}

/**
 * Creates the escalation schedules, or brings existing ones to these settings. Safe to
 * run from every workflow worker at start: whichever creates first wins, the others update.
 */
export async function ensureEscalationSchedules(client: Client, settings: EscalationScheduleSettings, ids: Record<keyof typeof scheduleIds, string> = scheduleIds): Promise<void> {
  await ensureSchedule(client, ids.escalationSweep, 'Signals requests whose SLA deadline passed unhandled or whose policy changed', {
    spec: { intervals: [{ every: `${settings.sweepIntervalSeconds} seconds` }] },
    action: { type: 'startWorkflow', workflowType: escalationSweepWorkflowType, taskQueue: taskQueues.requests, args: [{}], workflowRunTimeout: '5 minutes' },
  });
  await ensureSchedule(client, ids.escalationDigest, 'Daily digest of open SLA breaches per queue', {
    spec: { cronExpressions: [settings.digestCron] },
    action: { type: 'startWorkflow', workflowType: escalationDigestWorkflowType, taskQueue: taskQueues.requests, args: [], workflowRunTimeout: '30 minutes' },
  });
}

async function ensureSchedule(client: Client, scheduleId: string, note: string, wanted: { spec: ScheduleSpec; action: ScheduleOptionsAction }): Promise<void> {
  // Skip, never pile up: a sweep still running when the next is due makes the next redundant.
  const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' } as const;
  try {
    await client.schedule.create({ scheduleId, spec: wanted.spec, action: wanted.action, policies, state: { note } });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec: wanted.spec, action: wanted.action, policies, state: { ...previous.state, note } }));
  }
}

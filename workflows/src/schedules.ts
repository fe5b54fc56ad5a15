import { escalationDigestWorkflowType, escalationSweepWorkflowType, retentionScheduleId, retentionSweepWorkflowType, type RetentionSweepInput, scheduleIds, taskQueues } from '@caseflow/contracts';
import { ensureSchedule } from '@caseflow/temporal';
import { type Client, ScheduleNotFoundError } from '@temporalio/client';

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

/** How often retention looks for closed requests past RETENTION_DAYS. */
export const retentionInterval = '1 hour';

/**
 * The `caseflow-retention` Schedule when retention is on (RETENTION_DAYS set), brought to
 * these settings; when it is off, the Schedule is deleted, so switching it off takes effect
 * at the next worker start.
 */
export async function ensureRetentionSchedule(client: Client, retentionDays: number | undefined, scheduleId: string = retentionScheduleId): Promise<void> {
  if (retentionDays === undefined) {
    await client.schedule.getHandle(scheduleId).delete().catch((error: unknown) => {
      if (!(error instanceof ScheduleNotFoundError)) throw error;
    });
    return;
  }
  const input: RetentionSweepInput = { retentionDays };
  await ensureSchedule(client, scheduleId, `Erases closed requests older than ${retentionDays} days (RETENTION_DAYS)`, {
    spec: { intervals: [{ every: retentionInterval }] },
    action: { type: 'startWorkflow', workflowType: retentionSweepWorkflowType, taskQueue: taskQueues.requests, args: [input] },
  });
}

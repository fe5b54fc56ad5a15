import { incidentDetectionScheduleId, incidentDetectionWorkflowType, incidentTaskQueue } from '@caseflow/contracts';
import { ensureSchedule } from '@caseflow/temporal';
import type { Client } from '@temporalio/client';

/**
 * The `caseflow-incident-detection` Schedule, created or brought to this interval by every
 * classification worker at start. `temporal schedule trigger --schedule-id
 * caseflow-incident-detection` runs it at once.
 */
export async function ensureIncidentSchedule(client: Client, intervalSeconds: number, scheduleId: string = incidentDetectionScheduleId): Promise<void> {
  await ensureSchedule(client, scheduleId, `Looks for many customers asking the same thing (incidents) every ${intervalSeconds} s`, {
    spec: { intervals: [{ every: `${intervalSeconds} seconds` }] },
    action: { type: 'startWorkflow', workflowType: incidentDetectionWorkflowType, taskQueue: incidentTaskQueue, args: [], workflowRunTimeout: '5 minutes' },
  });
}

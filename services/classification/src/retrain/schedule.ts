import { modelRetrainScheduleId, modelRetrainTaskQueue, modelRetrainWorkflowType } from '@caseflow/contracts';
import { ensureSchedule } from '@caseflow/temporal';
import type { Client } from '@temporalio/client';

/**
 * The `caseflow-model-retrain` Schedule, created or brought to this interval by every
 * classification worker at start. `temporal schedule trigger --schedule-id
 * caseflow-model-retrain` runs it at once.
 */
export async function ensureRetrainSchedule(client: Client, intervalHours: number, scheduleId: string = modelRetrainScheduleId): Promise<void> {
  await ensureSchedule(client, scheduleId, `Retrains the classifier on operator corrections every ${intervalHours} h; promotes only past the gate (RETRAIN_MARGIN)`, {
    spec: { intervals: [{ every: `${intervalHours} hours` }] },
    action: { type: 'startWorkflow', workflowType: modelRetrainWorkflowType, taskQueue: modelRetrainTaskQueue, args: [] },
  });
}

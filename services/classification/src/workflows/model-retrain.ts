import type { ModelRetrainActivities, RetrainOutcome } from '@caseflow/contracts';
import { ActivityFailure, ApplicationFailure, proxyActivities, workflowInfo } from '@temporalio/workflow';

// Training is CPU-heavy and long: it heartbeats as each class is trained, so a dead worker is noticed in minutes, not hours.
const { retrainModel } = proxyActivities<ModelRetrainActivities>({
  startToCloseTimeout: '3 hours',
  heartbeatTimeout: '5 minutes',
  retry: { maximumAttempts: 3, initialInterval: '1 minute' },
});
const { recordRetrainFailure } = proxyActivities<ModelRetrainActivities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '1 minute' } });

/**
 * One run of the retraining Schedule: train a candidate on the base data and the operators'
 * corrections, promote it only past the gate, and record the decision either way. A run
 * that fails for good is recorded as failed and changes nothing else.
 */
export async function modelRetrain(): Promise<RetrainOutcome> {
  const runId = workflowInfo().workflowId;
  try {
    return await retrainModel({ runId });
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    const cause = error.cause instanceof ApplicationFailure || error.cause instanceof Error ? error.cause.message : error.message;
    return recordRetrainFailure({ runId, reason: `training failed: ${cause}` });
  }
}

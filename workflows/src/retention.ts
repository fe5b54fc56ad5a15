import type { RetentionSweepInput, RetentionSweepResult } from '@caseflow/contracts';
import { continueAsNew, proxyActivities } from '@temporalio/workflow';
import type { RetentionActivities } from './retention-activities';

// No task queue: the activities run on the sweep's own (caseflow-requests when the Schedule starts it).
const { eraseExpiredBatch } = proxyActivities<RetentionActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 10 },
});

const dayMs = 24 * 60 * 60 * 1000;
/** Batches per run before continuing as new, so a sweep through years of requests keeps a short history. */
const batchesPerRun = 100;

/**
 * Run by the `caseflow-retention` Schedule when RETENTION_DAYS is set: erases closed
 * requests older than that, batch after batch, until none is left. Each batch commits on
 * its own, so a sweep stopped anywhere (worker crash, run timeout, schedule paused) loses
 * nothing: the next run finds what is left.
 */
export async function retentionSweep(input: RetentionSweepInput): Promise<RetentionSweepResult> {
  const limit = input.batchSize ?? 200;
  const closedBefore = input.closedBefore ?? new Date(Date.now() - input.retentionDays * dayMs).toISOString();
  let erased = input.erasedBefore ?? 0;
  let workflowsClosed = input.workflowsClosedBefore ?? 0;
  for (let batches = 0; ; batches += 1) {
    if (batches === batchesPerRun) {
      return continueAsNew<typeof retentionSweep>({ ...input, closedBefore, erasedBefore: erased, workflowsClosedBefore: workflowsClosed });
    }
    const batch = await eraseExpiredBatch({ closedBefore, limit, retentionDays: input.retentionDays });
    erased += batch.erased;
    workflowsClosed += batch.workflowsClosed;
    if (batch.found < limit) return { closedBefore, erased, workflowsClosed };
  }
}

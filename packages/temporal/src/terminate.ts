import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';

/**
 * Ends these workflows at once, wherever they stand (waiting on a timer, an activity or a
 * backlog): termination runs no more workflow code, so nothing of theirs reaches the read
 * model afterwards. Used by erasure, which must not wait for a workflow's goodwill. A
 * workflow already finished (or never started) counts as closed. The reason is recorded in
 * the history: it must carry no personal data. Answers how many were still running.
 */
export async function terminateWorkflows(client: Client, workflowIds: readonly string[], reason: string, concurrency = 16): Promise<number> {
  let terminated = 0;
  const queue = [...workflowIds];
  const next = async (): Promise<void> => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        await client.workflow.getHandle(id).terminate(reason);
        terminated += 1;
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, workflowIds.length) }, next));
  return terminated;
}

import { type Db, eraseExpiredRequests, findExpiredRequests } from '@caseflow/db';
import { terminateWorkflows } from '@caseflow/temporal';
import type { Client } from '@temporalio/client';

export interface RetentionBatchInput {
  closedBefore: string;
  limit: number;
  retentionDays: number;
}

export interface RetentionBatchResult {
  /** Requests the batch found past retention: fewer than `limit` means none are left. */
  found: number;
  erased: number;
  workflowsClosed: number;
}

export interface RetentionActivities {
  eraseExpiredBatch(input: RetentionBatchInput): Promise<RetentionBatchResult>;
}

/**
 * One retention batch: the oldest closed requests past the cut-off, their workflows (still in
 * their feedback window, or not) terminated first so that none writes again, then their
 * personal data blanked in one transaction (packages/db erasure.ts). Safe to retry: an erased
 * request is no longer found, a finished workflow counts as closed.
 */
export function createRetentionActivities(db: Db, client: Client): RetentionActivities {
  return {
    async eraseExpiredBatch({ closedBefore, limit, retentionDays }) {
      const expired = await findExpiredRequests(db, { closedBefore, limit });
      if (expired.length === 0) return { found: 0, erased: 0, workflowsClosed: 0 };
      const workflowsClosed = await terminateWorkflows(client, expired.map((request) => request.workflowId), `retention: closed more than ${retentionDays} days ago`);
      const counts = await eraseExpiredRequests(db, expired.map((request) => request.id), retentionDays);
      return { found: expired.length, erased: counts.requests, workflowsClosed };
    },
  };
}

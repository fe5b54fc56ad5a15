import { countHistory, emptyHistoryCounts, type HistoryCounts } from '@caseflow/temporal';
import type { Client } from '@temporalio/client';

export interface WorkflowCosts extends HistoryCounts {
  /** Workflow type → executions started in the window. */
  started: Record<string, number>;
}

/**
 * What Temporal did for the workflows started between `from` and `to`, read from their own
 * histories: every type is counted (the Schedules' runs too), so a reader sees all of it.
 */
export async function workflowCosts(temporal: Client, from: Date, to: Date): Promise<WorkflowCosts> {
  const costs: WorkflowCosts = { started: {}, ...emptyHistoryCounts() };
  const query = `StartTime >= "${from.toISOString()}" AND StartTime <= "${to.toISOString()}"`;
  for await (const execution of temporal.workflow.list({ query })) {
    costs.started[execution.type] = (costs.started[execution.type] ?? 0) + 1;
    const history = await temporal.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory();
    countHistory(history.events ?? [], costs);
  }
  return costs;
}

/** Transactions PostgreSQL counted for the database so far (commits and rollbacks). */
export const transactionsSql = `select (xact_commit + xact_rollback)::bigint as transactions from pg_stat_database where datname = current_database()`;

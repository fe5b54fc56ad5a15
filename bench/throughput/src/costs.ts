import type { Client } from '@temporalio/client';

export interface WorkflowCosts {
  /** Workflow type → executions started in the window. */
  started: Record<string, number>;
  historyEvents: number;
  /** Activities that went through a task queue (ActivityTaskScheduled). */
  activityTasks: number;
  /** Local activities (their markers), run inside a workflow task. */
  localActivities: number;
  workflowTasks: number;
}

/**
 * What Temporal did for the workflows started between `from` and `to`, read from their own
 * histories: every type is counted (the Schedules' runs too), so a reader sees all of it.
 */
export async function workflowCosts(temporal: Client, from: Date, to: Date): Promise<WorkflowCosts> {
  const costs: WorkflowCosts = { started: {}, historyEvents: 0, activityTasks: 0, localActivities: 0, workflowTasks: 0 };
  const query = `StartTime >= "${from.toISOString()}" AND StartTime <= "${to.toISOString()}"`;
  for await (const execution of temporal.workflow.list({ query })) {
    costs.started[execution.type] = (costs.started[execution.type] ?? 0) + 1;
    const history = await temporal.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory();
    for (const event of history.events ?? []) {
      costs.historyEvents += 1;
      if (event.activityTaskScheduledEventAttributes != null) costs.activityTasks += 1;
      if (event.markerRecordedEventAttributes != null) costs.localActivities += 1;
      if (event.workflowTaskCompletedEventAttributes != null) costs.workflowTasks += 1;
    }
  }
  return costs;
}

/** Transactions PostgreSQL counted for the database so far (commits and rollbacks). */
export const transactionsSql = `select (xact_commit + xact_rollback)::bigint as transactions from pg_stat_database where datname = current_database()`;

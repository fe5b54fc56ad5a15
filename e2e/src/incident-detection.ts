import { incidentDetectionScheduleId, type IncidentDetectionOutcome } from '@caseflow/contracts';
import { eventually } from '@caseflow/test-harness';
import type { Client } from '@temporalio/client';

/** One customer's words for an outage of the app; `i` tells the customers apart as each writes a little differently. */
export const outage = (i: number) => ({
  subject: i % 2 === 0 ? 'Cannot log in to the app' : 'Can not log into the app',
  body: `Hi, since this morning the app shows "error 503" when I try to log in and I cannot see my account. Customer no. ${1000 + i}${i % 3 === 0 ? ', thanks' : ''}.`,
});

/**
 * Runs the real `caseflow-incident-detection` Schedule now (`temporal schedule trigger`) and
 * answers that run's outcome, not another's: the returned function triggers and waits.
 */
export function incidentDetector(temporal: Client): () => Promise<IncidentDetectionOutcome> {
  let lastTrigger = 0;
  return async () => {
    const schedule = temporal.schedule.getHandle(incidentDetectionScheduleId);
    const before = await eventually('the incident schedule', () => schedule.describe().catch(() => undefined), 60_000, 250);
    const run = (action: (typeof before.info.recentActions)[number]) => `${action.action.workflow.workflowId}/${action.action.workflow.firstExecutionRunId}`;
    const seen = new Set(before.info.recentActions.map(run));
    // A Schedule names each run's workflow by the second it starts: two triggers within one
    // second would ask for the same workflow id.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastTrigger + 1_100 - Date.now())));
    lastTrigger = Date.now();
    await schedule.trigger();
    const started = await eventually('the triggered detection run', async () => (await schedule.describe()).info.recentActions.find((action) => !seen.has(run(action))), 60_000, 250);
    return temporal.workflow.getHandle(started.action.workflow.workflowId, started.action.workflow.firstExecutionRunId).result();
  };
}

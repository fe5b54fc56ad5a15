import type { AssignmentActivities, ClassificationActivities, RecordActivities } from '@caseflow/contracts';
import { taskQueues } from '@caseflow/contracts';
import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { SlaActivities } from './sla-activities';

/** The activities the request workflow calls, proxied by type: workflow code does no I/O itself. */
export const { classify } = proxyActivities<ClassificationActivities>({
  taskQueue: taskQueues.classification,
  startToCloseTimeout: '30 seconds',
  // No schedule-to-start limit: a request waits for a classification worker, however long it is down.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * The read-model writes and SLA planning are short, idempotent database work of this
 * worker's own: as local activities they run inside the workflow task, so a transition
 * costs no extra round trips through the Temporal server and the read model hears of a
 * classification sooner. Histories recorded before this change replay with the remote
 * activities they scheduled (the patch marker decides).
 */
const readModelOptions = {
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' },
} as const;
const localRecord = proxyLocalActivities<RecordActivities>(readModelOptions);
const localSla = proxyLocalActivities<SlaActivities>(readModelOptions);
const remoteRecord = proxyActivities<RecordActivities>({ taskQueue: taskQueues.requests, ...readModelOptions });
const remoteSla = proxyActivities<SlaActivities>({ taskQueue: taskQueues.requests, ...readModelOptions });
/** Notices to the queues' lines (assignment-line.ts): local too, so a classified request reaches its line at once. */
export const line = proxyLocalActivities<AssignmentActivities>(readModelOptions);
const runsLocally = () => patched('read-model-local-activities');
export const recordTransition: RecordActivities['recordTransition'] = (input) => (runsLocally() ? localRecord : remoteRecord).recordTransition(input);
export const planSla: SlaActivities['planSla'] = (input) => (runsLocally() ? localSla : remoteSla).planSla(input);
export const routeCategory: SlaActivities['routeCategory'] = (input) => (runsLocally() ? localSla : remoteSla).routeCategory(input);

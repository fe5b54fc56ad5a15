import { deliverEventWorkflowType, eventDeliveryWorkflowId, type NotificationPayload, taskQueues } from '@caseflow/contracts';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { startChild } from '@temporalio/workflow';

/**
 * Hands an event to the notification service: its `deliverEvent` workflow (hosted by the
 * notification worker on its own task queue) fans it out to subscribers and e-mail.
 *
 * Starting a child only needs the Temporal server, never the notification worker or a
 * receiver, so the lifecycle never waits on delivery. The child is abandoned when the
 * request workflow closes, and its id `event-<event id>` makes a repeated start (a replay,
 * a retried transition) a no-op: each event is handed over exactly once.
 */
export async function handOffEvent(payload: NotificationPayload): Promise<void> {
  try {
    await startChild(deliverEventWorkflowType, {
      args: [payload],
      taskQueue: taskQueues.notification,
      workflowId: eventDeliveryWorkflowId(payload.id),
      parentClosePolicy: 'ABANDON',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

import { type DigestNotificationActivities, type EscalationDigest, slaReviewSignal, taskQueues } from '@caseflow/contracts';
import { ActivityFailure, getExternalWorkflowHandle, log, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { SlaActivities } from './sla-activities';

const { findSlaReviewCandidates, findStalledRequests, openBreachesByQueue } = proxyActivities<SlaActivities>({
  taskQueue: taskQueues.requests,
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', maximumAttempts: 5 },
});

const { notifyDigest } = proxyActivities<DigestNotificationActivities>({
  taskQueue: taskQueues.notification,
  startToCloseTimeout: '30 seconds',
  // A digest is worth little late: a few tries, then the next day's digest.
  scheduleToCloseTimeout: '10 minutes',
  retry: { initialInterval: '2 seconds', maximumAttempts: 5 },
});

export interface EscalationSweepResult {
  candidates: number;
  signalled: number;
}

/**
 * The safety net behind the per-request timers, run by the `caseflow-escalation-sweep`
 * Schedule: finds open requests whose warning or breach time passed unhandled, or whose
 * SLA policy changed, or that are still pending long after acceptance, and signals their
 * workflows. It never changes a request itself; the
 * workflow decides, so a second sweep finds nothing more to do.
 */
export async function escalationSweep(input: { limit?: number; stalledAfterSeconds?: number } = {}): Promise<EscalationSweepResult> {
  const now = Date.now();
  const limit = input.limit ?? 500;
  const acceptedBefore = new Date(now - (input.stalledAfterSeconds ?? 60) * 1000).toISOString();
  const candidates = [
    ...(await findSlaReviewCandidates({ now: new Date(now).toISOString(), limit })),
    // A pending request is not yet on an SLA clock; a signal also re-dispatches a lost workflow task.
    ...(await findStalledRequests({ acceptedBefore, limit })),
  ];
  const results = await Promise.allSettled(candidates.map((candidate) => getExternalWorkflowHandle(candidate.workflowId).signal(slaReviewSignal)));
  results.forEach((result, index) => {
    // A workflow that finished meanwhile has nothing left to escalate.
    if (result.status === 'rejected') log.info('request workflow not signalled', { workflowId: candidates[index]?.workflowId, error: String(result.reason) });
  });
  return { candidates: candidates.length, signalled: results.filter((result) => result.status === 'fulfilled').length };
}

/** Run daily by the `caseflow-escalation-digest` Schedule: open breaches per queue, sent through the notification service. */
export async function escalationDigest(): Promise<EscalationDigest> {
  const queues = await openBreachesByQueue();
  const digest: EscalationDigest = { id: `digest.${workflowInfo().workflowId}`, createdAt: new Date().toISOString(), queues };
  if (queues.length > 0) {
    try {
      await notifyDigest(digest);
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      log.warn('escalation digest not delivered', { digestId: digest.id, error: error.message });
    }
  }
  return digest;
}

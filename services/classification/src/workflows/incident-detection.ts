import { type IncidentActivities, type IncidentDetectionOutcome, incidentTaskQueue } from '@caseflow/contracts';
import { proxyActivities } from '@temporalio/workflow';

// A run is a second or so; one that fails is simply the next minute's to do, so few retries.
const { detectIncidents } = proxyActivities<IncidentActivities>({ taskQueue: incidentTaskQueue, startToCloseTimeout: '2 minutes', retry: { maximumAttempts: 3 } });

/** One run of the incident-detection Schedule. */
export async function incidentDetection(): Promise<IncidentDetectionOutcome> {
  return detectIncidents();
}

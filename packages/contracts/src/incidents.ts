/**
 * Incident detection (`caseflow-incident-detection`): a Schedule's workflow and its one
 * activity, on a queue of their own in the classification service (which holds the active
 * model's vectorizer), apart from `caseflow-classification` so a detection run never holds
 * a slot a request's classify waits for, and from the retraining queue, whose one slot a
 * training run holds for hours.
 */
export const incidentTaskQueue = 'caseflow-incidents';
export const incidentDetectionWorkflowType = 'incidentDetection';
export const incidentDetectionScheduleId = 'caseflow-incident-detection';
export const incidentDetectedEventType = 'incident.detected';

/** An incident as the analytics API and the `incident.detected` webhook show it. */
export interface IncidentSummary {
  id: string;
  status: 'open' | 'closed';
  /** Different customers among its requests that are not erased. */
  size: number;
  requests: number;
  firstAt: string;
  lastAt: string;
  /** The category most of its requests have; null while none is classified. */
  category: string | null;
  /** The subject of its earliest request that is not erased. */
  subject: string;
  detectedAt: string;
}

/** The `incident.detected` webhook body (signed like every other event); sent once per incident. */
export interface IncidentNotice {
  id: string;
  type: typeof incidentDetectedEventType;
  createdAt: string;
  data: { incident: IncidentSummary };
}

export interface IncidentDetectionOutcome {
  /** Recent requests that no incident held, compared this run. */
  candidates: number;
  created: number;
  /** Requests added to open incidents. */
  grown: number;
  closed: number;
  /** false when another detector held the lock: that run does the work. */
  ran: boolean;
}

export interface IncidentActivities {
  /** One detection run: groups the window's requests, records new and grown incidents, closes aged ones. */
  detectIncidents(): Promise<IncidentDetectionOutcome>;
}

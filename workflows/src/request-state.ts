import type { NotificationPayload, Priority, ServiceRequestInput, ServiceRequestState } from '@caseflow/contracts';
import { anyBreached, currentDueAt, initialSla, pendingDeadlines } from '@caseflow/sla';

/** A notice to people held until the calendar's next opening (escalations and warnings). */
export interface HeldNotice {
  releaseAt: string;
  payload: NotificationPayload;
}

/** What a request workflow hands to its next run when it continues as new. */
export interface CarriedState {
  state: ServiceRequestState;
  held: HeldNotice[];
  reviewRequested: boolean;
}

export function initialState(input: ServiceRequestInput): ServiceRequestState {
  return {
    requestId: input.requestId,
    customerId: input.customerId,
    status: 'pending',
    seq: 0,
    classification: null,
    assignee: null,
    resolution: null,
    escalationLevel: 0,
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
    resolvedAt: null,
    closedAt: null,
    sla: initialSla(input.createdAt),
    slaDueAt: null,
    slaBreached: false,
    firstRespondedAt: null,
    waitingReason: null,
    feedback: null,
  };
}

/**
 * The fields derived from the SLA clocks, refreshed after every change. `slaBreached` stays
 * once set: a next-reply cycle that starts anew clears its clock's flag, not the request's
 * record of a breach (the other clocks never clear theirs).
 */
export function refreshSlaSummary(state: ServiceRequestState): void {
  state.slaDueAt = currentDueAt(state.sla);
  state.slaBreached = state.slaBreached || anyBreached(state.sla);
}

/** The earliest SLA warning or breach not yet acted on: what the escalation sweep watches. */
export function nextSlaCheck(state: ServiceRequestState): string | null {
  return pendingDeadlines(state.sla)[0]?.at ?? null;
}

const ladder: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

export function raisedPriority(priority: Priority): Priority {
  return ladder[Math.min(ladder.indexOf(priority) + 1, ladder.length - 1)]!;
}

/** Plain JSON by construction; the workflow sandbox has no structuredClone. */
export function snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

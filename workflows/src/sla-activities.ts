import type { Routing } from '@caseflow/classifier';
import type { Priority } from '@caseflow/contracts';
import { type Db, findMatchingSlaPolicy, findSlaReviewCandidates, findStalledRequests, listOpenBreachesByQueue, type SlaPolicyRow, type SlaReviewCandidate } from '@caseflow/db';
import { type ClockOperations, nextBusinessInstant, replan, type SlaState, type SlaTerms } from '@caseflow/sla';

export interface PlanSlaInput {
  sla: SlaState;
  /** Null before classification: no policy applies yet, the clocks still run. */
  priority: string | null;
  category: string | null;
  /** The workflow's time: activities never read their own clock for SLA arithmetic. */
  now: string;
  operations: ClockOperations;
}

export interface PlanSlaResult {
  sla: SlaState;
  /** When a notice to people may go out: now, or the calendar's next opening. */
  noticeAt: string;
}

export interface QueueBreach {
  queue: string;
  breached: number;
  oldestDueAt: string | null;
  highestLevel: number;
}

/** Activities of the workflow worker that read PostgreSQL or configuration for the SLA. */
export interface SlaActivities {
  planSla(input: PlanSlaInput): Promise<PlanSlaResult>;
  routeCategory(input: { category: string }): Promise<{ queue: string; priority: Priority }>;
  findSlaReviewCandidates(input: { now: string; limit: number }): Promise<SlaReviewCandidate[]>;
  findStalledRequests(input: { acceptedBefore: string; limit: number }): Promise<SlaReviewCandidate[]>;
  openBreachesByQueue(): Promise<QueueBreach[]>;
}

export function termsOf(row: SlaPolicyRow): SlaTerms {
  return {
    policyId: row.id,
    policyVersion: row.version,
    name: row.name,
    firstResponseMinutes: row.first_response_minutes,
    resolutionMinutes: row.resolution_minutes,
    nextReplyMinutes: row.next_reply_minutes,
    warnFraction: row.warn_fraction,
    escalationAction: row.escalation_action,
    escalationQueue: row.escalation_queue,
    roundTheClock: row.round_the_clock,
    calendar: row.calendar,
  };
}

/**
 * Business-calendar arithmetic runs here, not in workflow code: it depends on the time-zone
 * database, which is outside data, so its results belong in the workflow's history.
 */
export function createSlaActivities(db: Db, routing: Routing): SlaActivities {
  return {
    async planSla({ sla, priority, category, now, operations }) {
      const row = priority === null ? undefined : await findMatchingSlaPolicy(db, priority, category);
      const terms = row === undefined ? null : termsOf(row);
      const at = new Date(now);
      const planned = replan(sla, terms, at, operations);
      const noticeAt = terms === null || terms.roundTheClock ? at : nextBusinessInstant(terms.calendar, at);
      return { sla: planned, noticeAt: noticeAt.toISOString() };
    },

    async routeCategory({ category }) {
      const route = Object.hasOwn(routing.categories, category) ? routing.categories[category]! : routing.defaultRoute;
      return { queue: route.queue, priority: route.priority };
    },

    async findSlaReviewCandidates({ now, limit }) {
      return findSlaReviewCandidates(db, { now: new Date(now), limit });
    },
    async findStalledRequests({ acceptedBefore, limit }) {
      return findStalledRequests(db, { acceptedBefore: new Date(acceptedBefore), limit });
    },

    async openBreachesByQueue() {
      const rows = await listOpenBreachesByQueue(db);
      return rows.map((row) => ({ ...row, oldestDueAt: row.oldestDueAt === null ? null : new Date(row.oldestDueAt).toISOString() }));
    },
  };
}

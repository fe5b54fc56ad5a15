import type { AssignmentMode, LineEntry, RosterAgent } from '@caseflow/assignment';
import { defineQuery, defineSignal } from '@temporalio/workflow';
import { taskQueues } from './activities';

/**
 * Each queue with automatic assignment has one long-running workflow, `assignment-<queue>`,
 * the single writer of that queue's line. Request workflows and intake reach it by
 * signal-with-start, so whoever comes first starts it.
 */
export const assignmentLineWorkflowType = 'assignmentLine';

export function assignmentLineWorkflowId(queue: string): string {
  return `assignment-${queue}`;
}

export interface AssignmentLineInput {
  queue: string;
}

/** Where and how a queue's line is started: every signal-with-start of a line uses this. */
export function assignmentLineStart(queue: string): { workflowId: string; taskQueue: string; args: [AssignmentLineInput] } {
  return { workflowId: assignmentLineWorkflowId(queue), taskQueue: taskQueues.assignment, args: [{ queue }] };
}

/** A request waits in the line (idempotent: the line is keyed by request id). */
export const enqueueSignal = defineSignal<[LineEntry]>('enqueue');

/** Something changed that may let the line move: capacity freed, capacity raised, mode changed. */
export const lineNudgeSignal = defineSignal<[{ reason: string }]>('nudge');

/** An agent of the queue changed availability; away or offline starts the reassign timer. */
export interface AvailabilityNotice {
  agentId: string;
  available: boolean;
  /** REASSIGN_AFTER_AWAY_SECONDS of the sender, in ms. */
  reassignAfterMs: number;
}
export const availabilitySignal = defineSignal<[AvailabilityNotice]>('availability');

export interface LineView {
  queue: string;
  line: LineEntry[];
  /** Agents whose unstarted requests return to the line at the given time. */
  awayUntil: Record<string, string>;
}
export const lineQuery = defineQuery<LineView>('line');

/** What an automatic assignment came to: done, the request no longer waits (drop it), or the agent is full (keep it). */
export type LineAssignOutcome = 'assigned' | 'gone' | 'full';

/**
 * The line's activities and the request workflow's notices to the line (implemented in
 * workflows/src/assignment-activities.ts; the line's on its own task queue, the notices as
 * the request workflow's local activities).
 */
export interface AssignmentActivities {
  /** The request now waits in its queue: signal-with-start that queue's line if its mode is automatic. */
  offerToLine(input: { queue: string; entry: LineEntry }): Promise<void>;
  /** An agent's load went down: nudge the lines of the automatic queues they serve. */
  capacityFreed(input: { agentId: string }): Promise<void>;
  /** The queue's mode and agents, their load counted from the requests. */
  loadRoster(input: { queue: string }): Promise<{ mode: AssignmentMode; agents: RosterAgent[] }>;
  /** The queue's unassigned classified requests: the line rebuilt from the durable facts. */
  waitingEntries(input: { queue: string }): Promise<LineEntry[]>;
  /** Assigns under the agent's capacity guard through the request's assign Update (compare-and-set). */
  assignFromLine(input: { queue: string; requestId: string; agentId: string; agentName: string; updateId: string }): Promise<LineAssignOutcome>;
  /** The agent is still away: their unstarted requests in the queue are unassigned (reason away); answers their ids. */
  releaseUnstarted(input: { queue: string; agentId: string }): Promise<string[]>;
}

import { defineSearchAttributeKey, type Duration, type SearchAttributePair, SearchAttributeType, type UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { taskQueues } from './activities';
import type { Actor, Priority, ServiceRequestInput, ServiceRequestState } from './domain';

/** The names by which intake talks to a request workflow: workflow type, id, Updates and Queries. */
export const serviceRequestWorkflowType = 'serviceRequest';

export function requestWorkflowId(requestId: string): string {
  return `request-${requestId}`;
}

/** Per-request settings intake passes as the workflow's second argument. */
export interface ServiceRequestOptions {
  /** Quiet period after which a resolved request closes by itself (ms or a duration string). */
  autoCloseAfter?: Duration;
  /** How long a closed request still takes a satisfaction score before its workflow completes (default: autoCloseAfter). */
  feedbackWindow?: Duration;
  /** History length after which the workflow continues as new (tests set it low). */
  historyLimit?: number;
}

/**
 * Who performed an action; every operator action carries it. A string in histories
 * recorded before actors had kinds (`key:<name>`): replayed through actorFrom.
 */
export interface ActionBase {
  actor: Actor | string;
}
/** Why a request got or lost its agent: by the line, by a person, or because the agent went away. */
export type AssignmentReason = 'auto' | 'manual' | 'away';

export interface AssignInput extends ActionBase {
  agentId: string;
  /** Copied into the event, so it keeps saying who after a rename. */
  agentName: string;
  reason: 'auto' | 'manual';
  /**
   * Set by a queue's line: assign only if the request still waits unassigned in this queue
   * (a compare-and-set; a request resolved, assigned by hand or moved meanwhile is refused).
   */
  fromLine?: { queue: string };
  /** Histories recorded before agents had ids assigned a free-text name here. */
  assignee?: string;
}
export interface UnassignInput extends ActionBase {
  /** The agent the request is taken from: refused if it is no longer theirs. */
  agent: { id: string; name: string };
  reason: 'manual' | 'away';
}
export interface WaitInput extends ActionBase {
  reason: string;
}
export interface CommentInput extends ActionBase {
  author: string;
  body: string;
  /** Internal notes are for operators only and do not count as a response to the customer. */
  internal: boolean;
}
export interface ResolveInput extends ActionBase {
  resolution: string;
}
export interface ReopenInput extends ActionBase {
  reason: string;
}
export interface ReclassifyInput extends ActionBase {
  category: string;
}
export interface PriorityInput extends ActionBase {
  priority: Priority;
}
export interface FeedbackInput extends ActionBase {
  score: number;
  comment: string | null;
}

/** Fold this request (a duplicate) into another open request of the same customer. */
export interface MergeInput extends ActionBase {
  into: string;
}

export interface OperatorActionInputs {
  assign: AssignInput;
  unassign: UnassignInput;
  start: ActionBase;
  wait: WaitInput;
  resume: ActionBase;
  comment: CommentInput;
  resolve: ResolveInput;
  reopen: ReopenInput;
  close: ActionBase;
  reclassify: ReclassifyInput;
  'confirm-category': ActionBase;
  priority: PriorityInput;
  feedback: FeedbackInput;
  merge: MergeInput;
}
export type OperatorAction = keyof OperatorActionInputs;
export const operatorActions = ['assign', 'unassign', 'start', 'wait', 'resume', 'comment', 'resolve', 'reopen', 'close', 'reclassify', 'confirm-category', 'priority', 'feedback', 'merge'] as const satisfies readonly OperatorAction[];

type ActionUpdates = { [A in OperatorAction]: UpdateDefinition<ServiceRequestState, [OperatorActionInputs[A]], A> };

/** One Temporal Update per operator action, named like the action; each answers the new state. */
export const actionUpdates: ActionUpdates = {
  assign: defineUpdate('assign'),
  unassign: defineUpdate('unassign'),
  start: defineUpdate('start'),
  wait: defineUpdate('wait'),
  resume: defineUpdate('resume'),
  comment: defineUpdate('comment'),
  resolve: defineUpdate('resolve'),
  reopen: defineUpdate('reopen'),
  close: defineUpdate('close'),
  reclassify: defineUpdate('reclassify'),
  'confirm-category': defineUpdate('confirm-category'),
  priority: defineUpdate('priority'),
  feedback: defineUpdate('feedback'),
  merge: defineUpdate('merge'),
};
export const resolveUpdate = actionUpdates.resolve;

export const stateQuery = defineQuery<ServiceRequestState>('state');

/**
 * The escalation sweep's nudge: look at the SLA again (deadlines passed, policy changed).
 * The workflow decides what, if anything, changes; a repeated signal changes nothing more.
 */
export const slaReviewSignal = defineSignal('slaReview');

/** Sent by a request merged into this one (its workflow, once the merge is recorded): a note on the target's timeline. */
export const mergedInSignal = defineSignal<[{ from: string }]>('mergedIn');

/** Escalation workflows run by Temporal Schedules (ids as they appear on the Schedules page). */
export const escalationSweepWorkflowType = 'escalationSweep';
export const escalationDigestWorkflowType = 'escalationDigest';
export const scheduleIds = {
  escalationSweep: 'caseflow-escalation-sweep',
  escalationDigest: 'caseflow-escalation-digest',
} as const;

/** Retention (RETENTION_DAYS): a Schedule of its own, run only when retention is on. */
export const retentionSweepWorkflowType = 'retentionSweep';
export const retentionScheduleId = 'caseflow-retention';

export interface RetentionSweepInput {
  retentionDays: number;
  /** Requests erased per activity (one transaction each). */
  batchSize?: number;
  /** Set by the run itself and carried over continue-as-new: the cut-off stays that of the first run. */
  closedBefore?: string;
  erasedBefore?: number;
  workflowsClosedBefore?: number;
}

export interface RetentionSweepResult {
  closedBefore: string;
  erased: number;
  workflowsClosed: number;
}

/**
 * Custom search attributes, so operators can filter requests in the Temporal Web UI.
 * infra/temporal/search-attributes.txt registers the same set with the dev server.
 */
export const searchAttributes = {
  status: defineSearchAttributeKey('RequestStatus', SearchAttributeType.KEYWORD),
  category: defineSearchAttributeKey('RequestCategory', SearchAttributeType.KEYWORD),
  queue: defineSearchAttributeKey('RequestQueue', SearchAttributeType.KEYWORD),
  priority: defineSearchAttributeKey('RequestPriority', SearchAttributeType.KEYWORD),
  customerId: defineSearchAttributeKey('CustomerId', SearchAttributeType.KEYWORD),
  escalationLevel: defineSearchAttributeKey('EscalationLevel', SearchAttributeType.INT),
  slaDueAt: defineSearchAttributeKey('SlaDueAt', SearchAttributeType.DATETIME),
  assignee: defineSearchAttributeKey('Assignee', SearchAttributeType.KEYWORD),
  language: defineSearchAttributeKey('RequestLanguage', SearchAttributeType.KEYWORD),
} as const;

/**
 * How a request's workflow is started (the options of `client.workflow.start`): intake
 * starts it so, and the intake benchmark's Temporal ceiling starts exactly the same. A
 * repeated start of the id returns the running workflow (USE_EXISTING); a finished one is
 * never started again (REJECT_DUPLICATE).
 */
export function serviceRequestStart(input: ServiceRequestInput, options: ServiceRequestOptions) {
  const typedSearchAttributes: SearchAttributePair[] = [
    { key: searchAttributes.status, value: 'pending' },
    { key: searchAttributes.customerId, value: input.customerId },
  ];
  // Set at the start, never changed: the workflow itself need not know the attribute.
  if (input.language !== undefined) typedSearchAttributes.push({ key: searchAttributes.language, value: input.language });
  return {
    taskQueue: taskQueues.requests,
    workflowId: requestWorkflowId(input.requestId),
    args: [input, options] as [ServiceRequestInput, ServiceRequestOptions],
    workflowIdConflictPolicy: 'USE_EXISTING' as const,
    workflowIdReusePolicy: 'REJECT_DUPLICATE' as const,
    typedSearchAttributes,
    // How long a worker copy may hold one of its tasks: a task in the hands of a copy that
    // was killed goes to another only then, and an operator action's Update waits for it.
    // Temporal's 10 s was intake's whole deadline for an action (OPERATOR_ACTION_TIMEOUT_MS),
    // so every resolve sent just before a workflows copy died answered 503. A task whose
    // local activities run long is not cut short: the SDK extends it before the timeout.
    workflowTaskTimeout: requestWorkflowTaskTimeout,
  };
}

export const requestWorkflowTaskTimeout = '5 seconds';

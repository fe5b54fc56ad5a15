import {
  type Actor,
  actionUpdates,
  actorFrom,
  type OperatorAction,
  type OperatorActionInputs,
  priorities,
  type Priority,
  type RequestEventType,
  type ServiceRequestState,
} from '@caseflow/contracts';
import { commentChange, type DraftMessage } from './conversation';
import { InvalidTransition, type LifecycleAction, nextStatus } from '@caseflow/lifecycle';
import type { ClockOperations } from '@caseflow/sla';
import { ApplicationFailure, setHandler } from '@temporalio/workflow';

/** One change of a request: what happened, the lifecycle action (if any) and its effect. */
export interface Change {
  type: RequestEventType;
  actor: Actor;
  action?: LifecycleAction;
  data?: Record<string, unknown>;
  apply?: (state: ServiceRequestState, at: string) => void;
  /** SLA clock operations (pause while waiting, stop on the first response …). */
  clocks?: ClockOperations;
  /** Re-plan the SLA with the policy that matches the request now (priority or category changed). */
  replan?: boolean;
  /** A notice to people: held until the SLA calendar's next opening unless the policy is round-the-clock. */
  businessHoursNotice?: boolean;
  /** A message of the conversation: recorded with the event and carried by its notification. */
  message?: DraftMessage;
}

export interface ActionContext {
  state: ServiceRequestState;
  /** Runs one change at a time, re-checking the action against the state it finally meets. */
  perform(action: LifecycleAction, build: () => Change | Promise<Change>): Promise<ServiceRequestState>;
  /** Runs several changes as one step; `plan` sees the state it finally meets and may refuse by throwing. */
  performChanges(plan: () => Change[]): Promise<ServiceRequestState>;
  routeCategory(category: string): Promise<{ queue: string; priority: Priority }>;
}

function invalid(message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: 'ValidationError', message, nonRetryable: true });
}

function requireText(value: unknown, name: string, maxLength: number): void {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`${name} must be a non-empty string`);
  if (value.length > maxLength) throw invalid(`${name} must be at most ${maxLength} characters`);
}

/** An actor object, or the `key:<name>` string of older callers and histories. */
function requireActor(value: unknown): void {
  if (typeof value === 'string') return requireText(value, 'actor', 200);
  if (typeof value !== 'object' || value === null) throw invalid('actor must be an object {kind, id, name}');
  const { kind, id, name } = value as Record<string, unknown>;
  if (kind === 'system') return;
  if (kind !== 'agent' && kind !== 'api_key') throw invalid('actor.kind must be agent, api_key or system');
  requireText(id, 'actor.id', 200);
  requireText(name, 'actor.name', 200);
}

/** An InvalidTransition as the failure clients see: type InvalidTransition, details [{from, action}]. */
export function assertAllowed(status: ServiceRequestState['status'], action: LifecycleAction): void {
  try {
    nextStatus(status, action);
  } catch (error) {
    if (!(error instanceof InvalidTransition)) throw error;
    throw ApplicationFailure.create({ type: 'InvalidTransition', message: error.message, details: [{ from: error.from, action: error.action }], nonRetryable: true });
  }
}

/** The line's compare-and-set: the request still waits, unassigned, in the queue whose line picked it. */
function assertWaiting(state: ServiceRequestState, queue: string): void {
  if (state.status !== 'classified' || state.assignee !== null || state.classification?.queue !== queue) {
    throw ApplicationFailure.create({ type: 'NotWaiting', message: `the request no longer waits in the line of ${queue}`, nonRetryable: true });
  }
}

function assertAssignedTo(state: ServiceRequestState, agentId: string): void {
  if (state.assignee !== agentId) {
    throw ApplicationFailure.create({ type: 'AssignmentConflict', message: 'the request is not assigned to that agent (any more)', details: [{ assignee: state.assignee }], nonRetryable: true });
  }
}

const statusChange = (state: ServiceRequestState, to: string, extra: Record<string, unknown> = {}) => ({ from: state.status, to, ...extra });

/**
 * The operator actions: each a Temporal Update whose validator checks the input and the
 * transition table, and whose handler records one change. Rejected Updates leave no trace
 * in the workflow's history.
 */
export function registerOperatorActions(ctx: ActionContext): void {
  const { state } = ctx;

  function register<A extends OperatorAction>(
    action: A,
    spec: {
      validate?: (input: OperatorActionInputs[A]) => void;
      /** A check against the request's current assignment, after the transition table: a forbidden action is an InvalidTransition first. */
      guard?: (input: OperatorActionInputs[A]) => void;
      change: (input: OperatorActionInputs[A]) => Change | Promise<Change>;
    },
  ): void {
    setHandler(actionUpdates[action] as never, (async (input: OperatorActionInputs[A]) => ctx.perform(action, () => spec.change(input))) as never, {
      validator: ((input: OperatorActionInputs[A]) => {
        if (typeof input !== 'object' || input === null) throw invalid('the action takes an object');
        requireActor(input.actor);
        spec.validate?.(input);
        assertAllowed(state.status, action);
        spec.guard?.(input);
      }) as never,
    });
  }

  register('assign', {
    validate: (input) => {
      if (input.agentId === undefined && typeof input.assignee === 'string') return requireText(input.assignee, 'assignee', 128);
      requireText(input.agentId, 'agentId', 128);
      requireText(input.agentName, 'agentName', 200);
      if (input.reason !== 'auto' && input.reason !== 'manual') throw invalid('reason must be auto or manual');
    },
    guard: (input) => {
      if (input.fromLine !== undefined) assertWaiting(state, input.fromLine.queue);
    },
    change: ({ agentId, agentName, reason, fromLine, assignee, actor }) => {
      // The line's compare-and-set, again: another change may have come since the validator ran.
      if (fromLine !== undefined) assertWaiting(state, fromLine.queue);
      const id = agentId ?? assignee ?? '';
      return {
        type: 'request.assigned',
        actor: actorFrom(actor),
        action: 'assign',
        // Histories from before agents had ids recorded a free-text assignee.
        data: agentId === undefined ? { assignee: id, previous: state.assignee } : { agent: { id, name: agentName }, reason, previous: state.assignee },
        apply: (s) => {
          s.assignee = id;
        },
      };
    },
  });

  register('unassign', {
    validate: ({ agent, reason }) => {
      if (typeof agent !== 'object' || agent === null) throw invalid('agent must be {id, name}');
      requireText(agent.id, 'agent.id', 128);
      requireText(agent.name, 'agent.name', 200);
      if (reason !== 'manual' && reason !== 'away') throw invalid('reason must be manual or away');
    },
    guard: ({ agent }) => assertAssignedTo(state, agent.id),
    change: ({ agent, reason, actor }) => {
      assertAssignedTo(state, agent.id);
      return {
        type: 'request.unassigned',
        actor: actorFrom(actor),
        action: 'unassign',
        data: { agent: { id: agent.id, name: agent.name }, reason },
        apply: (s) => {
          s.assignee = null;
        },
      };
    },
  });

  register('start', { change: ({ actor }) => ({ type: 'request.status_changed', actor: actorFrom(actor), action: 'start', data: statusChange(state, 'in_progress') }) });

  register('wait', {
    validate: ({ reason }) => requireText(reason, 'reason', 2_000),
    change: ({ reason, actor }) => ({
      type: 'request.status_changed',
      actor: actorFrom(actor),
      action: 'wait',
      data: statusChange(state, 'waiting_on_customer', { reason }),
      apply: (s) => {
        s.waitingReason = reason;
      },
      clocks: { resolution: 'pause' },
    }),
  });

  register('resume', {
    change: ({ actor }) => ({
      type: 'request.status_changed',
      actor: actorFrom(actor),
      action: 'resume',
      data: statusChange(state, 'in_progress'),
      apply: (s) => {
        s.waitingReason = null;
      },
      clocks: { resolution: 'resume' },
    }),
  });

  register('comment', {
    validate: ({ author, body, internal }) => {
      requireText(author, 'author', 200);
      requireText(body, 'body', 10_000);
      if (typeof internal !== 'boolean') throw invalid('internal must be a boolean');
    },
    change: (input) => commentChange(state, input, () => {
      const { author, body, internal, actor } = input;
      // First response = the first public comment: the customer hears from a person.
      const firstResponse = !internal && state.firstRespondedAt === null;
      return {
        type: 'request.commented',
        actor: actorFrom(actor),
        action: 'comment',
        data: { author, body, internal, firstResponse },
        ...(firstResponse
          ? {
              apply: (s: ServiceRequestState, at: string) => {
                s.firstRespondedAt = at;
              },
              clocks: { firstResponse: 'stop' as const },
            }
          : {}),
      };
    }),
  });

  register('resolve', {
    validate: ({ resolution }) => requireText(resolution, 'resolution', 5_000),
    change: ({ resolution, actor }) => ({
      type: 'request.resolved',
      actor: actorFrom(actor),
      action: 'resolve',
      data: { resolution },
      apply: (s, at) => {
        s.resolution = resolution;
        s.resolvedAt = at;
        s.waitingReason = null;
      },
      // A resolution answers the customer too: no first-response breach after it.
      clocks: { firstResponse: 'stop', resolution: 'stop' },
    }),
  });

  register('reopen', {
    validate: ({ reason }) => requireText(reason, 'reason', 2_000),
    change: ({ reason, actor }) => ({
      type: 'request.reopened',
      actor: actorFrom(actor),
      action: 'reopen',
      data: { reason, previousResolution: state.resolution },
      apply: (s) => {
        s.resolution = null;
        s.resolvedAt = null;
      },
      clocks: { resolution: 'restart' },
    }),
  });

  register('close', {
    change: ({ actor }) => ({
      type: 'request.closed',
      actor: actorFrom(actor),
      action: 'close',
      data: { reason: 'closed by operator' },
      apply: (s, at) => {
        s.closedAt = at;
      },
    }),
  });

  register('reclassify', {
    validate: ({ category }) => requireText(category, 'category', 128),
    change: async ({ category, actor }) => {
      const route = await ctx.routeCategory(category);
      const from = state.classification;
      return {
        type: 'request.reclassified',
        actor: actorFrom(actor),
        action: 'reclassify',
        data: { from: { category: from?.category, queue: from?.queue, priority: from?.priority }, to: { category, ...route } },
        apply: (s) => {
          // A person decided: full confidence; modelVersion still names the model that first classified it.
          if (s.classification !== null) s.classification = { ...s.classification, category, ...route, confidence: 1 };
        },
        replan: true,
      };
    },
  });

  register('priority', {
    validate: ({ priority }) => {
      if (!(priorities as readonly unknown[]).includes(priority)) throw invalid(`priority must be one of ${priorities.join(', ')}`);
    },
    change: ({ priority, actor }) => ({
      type: 'request.priority_changed',
      actor: actorFrom(actor),
      action: 'priority',
      data: { from: state.classification?.priority ?? null, to: priority },
      apply: (s) => {
        if (s.classification !== null) s.classification = { ...s.classification, priority };
      },
      replan: true,
    }),
  });

  register('feedback', {
    validate: ({ score, comment }) => {
      if (!Number.isInteger(score) || score < 1 || score > 5) throw invalid('score must be an integer from 1 to 5');
      if (comment !== null && comment !== undefined) requireText(comment, 'comment', 2_000);
    },
    change: ({ score, comment, actor }) => ({
      type: 'request.feedback',
      actor: actorFrom(actor),
      action: 'feedback',
      data: { score, comment: comment ?? null, replaces: state.feedback?.score ?? null },
      // A later score replaces an earlier one: the customer changed their mind.
      apply: (s, at) => {
        s.feedback = { score, comment: comment ?? null, at };
      },
    }),
  });
}

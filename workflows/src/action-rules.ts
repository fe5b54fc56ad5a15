import type { ServiceRequestState } from '@caseflow/contracts';
import { InvalidTransition, type LifecycleAction, nextStatus } from '@caseflow/lifecycle';
import { ApplicationFailure } from '@temporalio/workflow';

/**
 * The checks an operator action must pass. Each throws the non-retryable failure clients
 * see (ValidationError, InvalidTransition, NotWaiting, AssignmentConflict): retrying a
 * refused action could never succeed.
 */
export function invalid(message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: 'ValidationError', message, nonRetryable: true });
}

export function requireText(value: unknown, name: string, maxLength: number): void {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`${name} must be a non-empty string`);
  if (value.length > maxLength) throw invalid(`${name} must be at most ${maxLength} characters`);
}

/** An actor object, or the `key:<name>` string of older callers and histories. */
export function requireActor(value: unknown): void {
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
export function assertWaiting(state: ServiceRequestState, queue: string): void {
  if (state.status !== 'classified' || state.assignee !== null || state.classification?.queue !== queue) {
    throw ApplicationFailure.create({ type: 'NotWaiting', message: `the request no longer waits in the line of ${queue}`, nonRetryable: true });
  }
}

export function assertAssignedTo(state: ServiceRequestState, agentId: string): void {
  if (state.assignee !== agentId) {
    throw ApplicationFailure.create({ type: 'AssignmentConflict', message: 'the request is not assigned to that agent (any more)', details: [{ assignee: state.assignee }], nonRetryable: true });
  }
}

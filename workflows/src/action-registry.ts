import { type Actor, actionUpdates, type OperatorAction, type OperatorActionInputs, type Priority, type RequestEventType, type ServiceRequestState, type ThreadMessage } from '@caseflow/contracts';
import type { LifecycleAction } from '@caseflow/lifecycle';
import type { ClockOperations } from '@caseflow/sla';
import { setHandler } from '@temporalio/workflow';
import { assertAllowed, invalid, requireActor } from './action-rules';

/** A message of the thread before its event is recorded (the event gives it its time). */
export type DraftMessage = Omit<ThreadMessage, 'at'>;

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

export interface ActionSpec<A extends OperatorAction> {
  validate?: (input: OperatorActionInputs[A]) => void;
  /** A check against the request's current assignment, after the transition table: a forbidden action is an InvalidTransition first. */
  guard?: (input: OperatorActionInputs[A]) => void;
  change: (input: OperatorActionInputs[A]) => Change | Promise<Change>;
}

export type RegisterAction = <A extends OperatorAction>(action: A, spec: ActionSpec<A>) => void;

/**
 * Registers operator actions as Temporal Updates: the validator checks the input and the
 * transition table, so a rejected Update leaves no trace in the workflow's history; the
 * handler records one change.
 */
export function actionRegistrar(ctx: ActionContext): RegisterAction {
  return <A extends OperatorAction>(action: A, spec: ActionSpec<A>): void => {
    setHandler(actionUpdates[action] as never, (async (input: OperatorActionInputs[A]) => ctx.perform(action, () => spec.change(input))) as never, {
      validator: ((input: OperatorActionInputs[A]) => {
        if (typeof input !== 'object' || input === null) throw invalid('the action takes an object');
        requireActor(input.actor);
        spec.validate?.(input);
        assertAllowed(ctx.state.status, action);
        spec.guard?.(input);
      }) as never,
    });
  };
}

export const statusChange = (state: ServiceRequestState, to: string, extra: Record<string, unknown> = {}) => ({ from: state.status, to, ...extra });

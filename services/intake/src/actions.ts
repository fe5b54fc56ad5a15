import { actionUpdates, type OperatorAction, type OperatorActionInputs, requestWorkflowId } from '@caseflow/contracts';
import { type Db, findRequest, type RequestRow } from '@caseflow/db';
import { randomUUID } from 'node:crypto';
import { type Client, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, WorkflowUpdateStage } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition, WorkflowNotFoundError } from '@temporalio/common';
import { ApiError, notFound } from './errors';

/** An action the workflow accepted but had not finished when the deadline came: it will be applied. */
export interface AcceptedAction {
  status: 'accepted';
  updateId: string;
}

/**
 * Operator actions are Temporal Updates: the workflow validates them against its own
 * state and records the change before the Update returns, so the read model is current
 * when the client gets its answer. A backlogged workflow must not hold the caller's
 * socket forever: within `timeoutMs` the Update must be accepted (else 503; the server
 * may still deliver it later, since it holds admitted Updates) and completed (else the
 * answer is the AcceptedAction, 202). Both waits are gRPC deadlines, so nothing keeps
 * polling after the answer.
 */
export async function performAction<A extends OperatorAction>(
  db: Db,
  temporal: Client,
  id: string,
  action: A,
  input: OperatorActionInputs[A],
  timeoutMs: number,
): Promise<RequestRow | AcceptedAction> {
  return performUpdate(db, temporal, id, action, actionUpdates[action] as UpdateDefinition<unknown, [OperatorActionInputs[A]]>, input, timeoutMs);
}

/** One Update of the request's workflow, answered with the read model after it (the conversation's reply and note too). */
export async function performUpdate<I>(
  db: Db,
  temporal: Client,
  id: string,
  action: string,
  update: UpdateDefinition<unknown, [I]>,
  input: I,
  timeoutMs: number,
): Promise<RequestRow | AcceptedAction> {
  const existing = await findRequest(db, id);
  if (existing === undefined) throw notFound(`request ${id}`);
  const deadline = Date.now() + timeoutMs;
  const updateId = randomUUID();
  const handle = temporal.workflow.getHandle(requestWorkflowId(id));
  let started;
  for (;;) {
    try {
      started = await temporal.withDeadline(deadline, () =>
        handle.startUpdate(update, { args: [input], updateId, waitForStage: WorkflowUpdateStage.ACCEPTED } as never),
      );
      break;
    } catch (error) {
      const retrying = isWorkflowTaskRetrying(error);
      // Nothing was admitted: asking again with the same update id is safe, until the deadline.
      if (retrying && Date.now() + taskRetryPauseMs < deadline) {
        await sleep(taskRetryPauseMs);
        continue;
      }
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || retrying) {
        throw new ApiError(503, 'temporarily_unavailable', `the request's workflow did not take the action within ${timeoutMs} ms; it may still apply it when it catches up, so read the request before retrying`, {
          updateId,
          stage: 'not_accepted',
        });
      }
      throw toApiError(error, existing, action);
    }
  }
  try {
    await temporal.withDeadline(deadline, () => started.result());
  } catch (error) {
    if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return { status: 'accepted', updateId };
    throw toApiError(error, existing, action);
  }
  const updated = await findRequest(db, id);
  if (updated === undefined) throw notFound(`request ${id}`);
  return updated;
}

function toApiError(error: unknown, request: RequestRow, action: string): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    if (failure.type === 'InvalidTransition') {
      return new ApiError(409, 'invalid_transition', failure.message, failure.details?.[0] ?? { from: request.status, action });
    }
    if (failure.type === 'AssignmentConflict') return new ApiError(409, 'assignment_conflict', failure.message, failure.details?.[0] ?? null);
    if (failure.type === 'ValidationError') return new ApiError(400, 'invalid_request', failure.message, null);
  }
  // The workflow has finished: the request is closed and takes no more actions.
  if (error instanceof WorkflowNotFoundError || isCompletedWorkflowError(error)) {
    return new ApiError(409, 'invalid_transition', `cannot ${action} a request that is ${request.status}`, { from: request.status, action });
  }
  return error;
}

const taskRetryPauseMs = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * From a workflow task's third attempt the server refuses new Updates at once
 * (FAILED_PRECONDITION, "Workflow Task in failed state"): the task failed or timed out twice,
 * its worker copy killed or starved. A later attempt usually goes through within the
 * deadline; answering 500 at once (as before) failed a client whose request was fine.
 */
function isWorkflowTaskRetrying(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (/workflow task in failed state/i.test(cause.message)) return true;
  }
  return false;
}

function isCompletedWorkflowError(error: unknown): boolean {
  return error instanceof Error && /workflow execution already completed/i.test(error.message);
}

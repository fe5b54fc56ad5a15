import { actionUpdates, type OperatorAction, type OperatorActionInputs, requestWorkflowId } from '@caseflow/contracts';
import { type Db, findRequest, type RequestRow } from '@caseflow/db';
import { type Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition, WorkflowNotFoundError } from '@temporalio/common';
import { ApiError, notFound } from './errors';

/**
 * Operator actions are Temporal Updates: the workflow validates them against its own
 * state and records the change before the Update returns, so the read model is current
 * when the client gets its answer.
 */
export async function performAction<A extends OperatorAction>(db: Db, temporal: Client, id: string, action: A, input: OperatorActionInputs[A]): Promise<RequestRow> {
  return performUpdate(db, temporal, id, action, actionUpdates[action] as UpdateDefinition<unknown, [OperatorActionInputs[A]]>, input);
}

/** One Update of the request's workflow, answered with the read model after it (the conversation's reply and note too). */
export async function performUpdate<I>(db: Db, temporal: Client, id: string, action: string, update: UpdateDefinition<unknown, [I]>, input: I): Promise<RequestRow> {
  const existing = await findRequest(db, id);
  if (existing === undefined) throw notFound(`request ${id}`);
  const handle = temporal.workflow.getHandle(requestWorkflowId(id));
  try {
    await handle.executeUpdate(update, { args: [input] });
  } catch (error) {
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
    if (failure.type === 'ValidationError') return new ApiError(400, 'invalid_request', failure.message, null);
  }
  // The workflow has finished: the request is closed and takes no more actions.
  if (error instanceof WorkflowNotFoundError || isCompletedWorkflowError(error)) {
    return new ApiError(409, 'invalid_transition', `cannot ${action} a request that is ${request.status}`, { from: request.status, action });
  }
  return error;
}

function isCompletedWorkflowError(error: unknown): boolean {
  return error instanceof Error && /workflow execution already completed/i.test(error.message);
}

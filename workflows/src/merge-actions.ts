import { actionUpdates, actorFrom, type MergeInput, mergedInSignal, requestWorkflowId, type ServiceRequestState, systemActor } from '@caseflow/contracts';
import { ApplicationFailure, getExternalWorkflowHandle, setHandler } from '@temporalio/workflow';
import type { ActionContext } from './action-registry';
import { assertAllowed, invalid, requireActor, requireText } from './action-rules';
import { snapshot } from './request-state';

/** Merged into this very target already: the Update answers as the first one did, and records nothing. */
function alreadyMergedInto(state: ServiceRequestState, into: string): boolean {
  return state.status === 'merged' && state.merged?.into === into;
}

function validMerge(state: ServiceRequestState, input: MergeInput): void {
  if (typeof input !== 'object' || input === null) throw invalid('the action takes an object');
  requireActor(input.actor);
  requireText(input.into, 'into', 200);
  if (input.into === state.requestId) throw ApplicationFailure.create({ type: 'InvalidTransition', message: 'cannot merge a request into itself', details: [{ from: state.status, action: 'merge' }], nonRetryable: true });
  if (alreadyMergedInto(state, input.into)) return;
  assertAllowed(state.status, 'merge');
}

/**
 * `merge`: the request ends `merged` (terminal: clocks stopped, nothing more allowed), its
 * thread joins the target's in the read model, and the target hears of it by a signal
 * (`request.merged_in` on its timeline). Intake checks the target (exists, same customer,
 * open) before asking: the workflow cannot read another request. Registered after every
 * older handler, so buffered Updates of older histories dispatch in their old order.
 */
export function registerMergeAction(ctx: ActionContext): void {
  const { state } = ctx;
  setHandler(
    actionUpdates.merge,
    async (input) => {
      if (alreadyMergedInto(state, input.into)) return snapshot(state);
      const after = await ctx.perform('merge', () => ({
        type: 'request.merged',
        actor: actorFrom(input.actor),
        action: 'merge',
        data: { into: input.into, from: state.status },
        apply: (s, at) => {
          s.merged = { into: input.into, at };
          s.waitingReason = null;
        },
        // A merged request owes nobody anything: its clocks stop (the target's keep running).
        clocks: { firstResponse: 'stop', resolution: 'stop', nextReply: 'stop' },
      }));
      // Not awaited: the merge stands whatever becomes of the note, and a target whose workflow
      // is gone (completed, or never started) must not hold the operator's answer.
      void getExternalWorkflowHandle(requestWorkflowId(input.into))
        .signal(mergedInSignal, { from: state.requestId })
        .catch(() => undefined);
      return after;
    },
    { validator: (input) => validMerge(state, input) },
  );
  setHandler(mergedInSignal, ({ from }) => {
    if (typeof from !== 'string' || from === '') return;
    void ctx.performChanges(() => [{ type: 'request.merged_in', actor: systemActor, data: { from } }]);
  });
}

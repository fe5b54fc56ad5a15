import type { ActionContext } from './action-registry';
import { registerAssignmentActions } from './assignment-actions';
import { registerClassificationActions } from './classification-actions';
import { registerFeedbackAction, registerLifecycleActions } from './lifecycle-actions';

/**
 * The operator actions, each a Temporal Update (action-registry.ts), grouped by concern.
 * The order of registration is the order of before the split: Updates that arrived before
 * the handlers existed are dispatched as each handler is set, so a different order could
 * run buffered Updates in a different order on replay.
 */
export function registerOperatorActions(ctx: ActionContext): void {
  registerAssignmentActions(ctx);
  registerLifecycleActions(ctx);
  registerClassificationActions(ctx);
  registerFeedbackAction(ctx);
}

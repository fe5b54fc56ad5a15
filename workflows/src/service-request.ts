import type { ServiceRequestInput, ServiceRequestOptions, ServiceRequestState } from '@caseflow/contracts';
import { slaReviewSignal, stateQuery, systemActor } from '@caseflow/contracts';
import { allHandlersFinished, condition, continueAsNew, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { registerConversation } from './conversation';
import { registerMergeAction } from './merge-actions';
import { Deadlines } from './deadlines';
import { classify } from './request-activities';
import { registerOperatorActions } from './request-actions';
import type { CarriedState } from './request-state';
import { RequestRun } from './transition';

export { defaultAutoCloseAfter } from './deadlines';
/** Well below Temporal's own limits (10k events warn, 50k fail), so replays stay quick. */
export const defaultHistoryLimit = 2_000;
/** The duplicate-detected event after classification: histories from before never took that path. */
export const duplicateDetectionPatch = 'duplicate-detection';

export type { ServiceRequestOptions };

/**
 * One customer-service request, from `pending` to `closed`. Temporal holds the truth;
 * every change goes through one `transition` (transition.ts): status by the lifecycle
 * table, SLA clocks re-planned, search attributes upserted, the event recorded in the read
 * model and published to subscribers. Operator actions are Updates (request-actions.ts,
 * conversation.ts); deadlines are durable timers of the main loop (deadlines.ts).
 */
export async function serviceRequest(input: ServiceRequestInput, options: ServiceRequestOptions = {}, carried?: CarriedState): Promise<ServiceRequestState> {
  const request = new RequestRun(input, carried);
  const deadlines = new Deadlines(request, options);
  const historyLimit = options.historyLimit ?? defaultHistoryLimit;
  answerOperators(request);

  if (carried === undefined) await created(request);
  if (request.state.status === 'pending') await classified(request);

  for (;;) {
    await deadlines.waitForNext();
    await request.exclusive(() => deadlines.actOnDue());
    request.changed = false;
    if (deadlines.feedbackWindowOver()) break;
    if (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= historyLimit) {
      // One condition, so no Update can slip in between the check and the new run.
      await condition(() => allHandlersFinished() && request.idle);
      return continueAsNew<typeof serviceRequest>(input, options, request.carried());
    }
  }

  await condition(allHandlersFinished);
  await request.deliveries.settled();
  return request.state;
}

/** The query, the sweep's signal and the operators' Updates; set before the first await, in this order, as ever. */
function answerOperators(request: RequestRun): void {
  setHandler(stateQuery, () => request.state);
  setHandler(slaReviewSignal, () => {
    request.reviewRequested = true;
    request.changed = true;
  });
  const actions = request.actions();
  registerOperatorActions(actions);
  registerConversation(actions);
  registerMergeAction(actions);
}

async function created(request: RequestRun): Promise<void> {
  const { input } = request;
  await request.exclusive(() => request.transition({ type: 'request.created', actor: systemActor, data: { type: input.type, channel: input.channel } }));
}

/**
 * The classifier names category, queue and priority; the SLA is planned by the policy that
 * matches them. The same activity (it has the model's features) names an open request of
 * the same customer this one nearly repeats: linked and announced, for an operator to merge.
 */
async function classified(request: RequestRun): Promise<void> {
  const { input } = request;
  const { duplicate, ...classification } = await classify({ requestId: input.requestId, subject: input.subject, body: input.body, customerId: input.customerId, createdAt: input.createdAt });
  // Merged while the classifier worked: a terminal request takes no classification.
  if (request.state.status !== 'pending') return;
  await request.exclusive(() =>
    request.transition({
      type: 'request.classified',
      actor: systemActor,
      action: 'classify',
      data: { ...classification },
      apply: (s) => {
        s.classification = classification;
      },
      replan: true,
    }),
  );
  if (duplicate == null || !patched(duplicateDetectionPatch)) return;
  await request.exclusive(() =>
    request.transition({
      type: 'request.duplicate_detected',
      actor: systemActor,
      data: { duplicateOf: duplicate.requestId, similarity: duplicate.similarity },
      apply: (s) => {
        s.duplicateOf = duplicate;
      },
    }),
  );
}

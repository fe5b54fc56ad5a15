import { requestLanguage, requestLevel } from '@caseflow/assignment';
import type {
  AssignmentActivities,
  ClassificationActivities,
  NotificationPayload,
  RecordActivities,
  RequestEvent,
  ServiceRequestInput,
  ServiceRequestOptions,
  ServiceRequestState,
} from '@caseflow/contracts';
import { searchAttributes, slaReviewSignal, stateQuery, systemActor, taskQueues } from '@caseflow/contracts';
import { msToNumber } from '@temporalio/common/lib/time';
import { nextStatus } from '@caseflow/lifecycle';
import { pendingDeadlines, type SlaClockName } from '@caseflow/sla';
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { handOffEvent } from './event-delivery';
import { registerConversation } from './conversation';
import { type LineFacts, lineFacts } from './line-facts';
import type { ActionContext, Change } from './action-registry';
import { assertAllowed } from './action-rules';
import { registerOperatorActions } from './request-actions';
import { type CarriedState, type HeldNotice, initialState, raisedPriority, refreshSlaSummary, snapshot } from './request-state';
import type { SlaActivities } from './sla-activities';

const { classify } = proxyActivities<ClassificationActivities>({
  taskQueue: taskQueues.classification,
  startToCloseTimeout: '30 seconds',
  // No schedule-to-start limit: a request waits for a classification worker, however long it is down.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * The read-model writes and SLA planning are short, idempotent database work of this
 * worker's own: as local activities they run inside the workflow task, so a transition
 * costs no extra round trips through the Temporal server and the read model hears of a
 * classification sooner. Histories recorded before this change replay with the remote
 * activities they scheduled (the patch marker decides).
 */
const readModelOptions = {
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' },
} as const;
const localRecord = proxyLocalActivities<RecordActivities>(readModelOptions);
const localSla = proxyLocalActivities<SlaActivities>(readModelOptions);
const remoteRecord = proxyActivities<RecordActivities>({ taskQueue: taskQueues.requests, ...readModelOptions });
const remoteSla = proxyActivities<SlaActivities>({ taskQueue: taskQueues.requests, ...readModelOptions });
/** Notices to the queues' lines (assignment-line.ts): local too, so a classified request reaches its line at once. */
const line = proxyLocalActivities<AssignmentActivities>(readModelOptions);
const runsLocally = () => patched('read-model-local-activities');
const recordTransition: RecordActivities['recordTransition'] = (input) => (runsLocally() ? localRecord : remoteRecord).recordTransition(input);
const planSla: SlaActivities['planSla'] = (input) => (runsLocally() ? localSla : remoteSla).planSla(input);
const routeCategory: SlaActivities['routeCategory'] = (input) => (runsLocally() ? localSla : remoteSla).routeCategory(input);

export const defaultAutoCloseAfter = '72 hours';
/** Well below Temporal's own limits (10k events warn, 50k fail), so replays stay quick. */
export const defaultHistoryLimit = 2_000;

export type { ServiceRequestOptions };

/**
 * One customer-service request, from `pending` to `closed`. Temporal holds the truth;
 * every change goes through `transition`: status by the lifecycle table, SLA clocks
 * re-planned, search attributes upserted, the event recorded in the read model and
 * published to subscribers. Deadlines (SLA warnings and breaches, auto-close, the end of
 * the feedback window) are durable timers of the main loop.
 */
export async function serviceRequest(input: ServiceRequestInput, options: ServiceRequestOptions = {}, carried?: CarriedState): Promise<ServiceRequestState> {
  const state: ServiceRequestState = carried?.state ?? initialState(input);
  const held: HeldNotice[] = carried?.held ?? [];
  let reviewRequested = carried?.reviewRequested ?? false;
  let changed = false;
  let busy = false;
  const deliveries: Promise<void>[] = [];
  /** Published but not yet settled: handed to the next run if this one continues as new. */
  const unsettled = new Map<string, NotificationPayload>();
  function deliver(payload: NotificationPayload): void {
    unsettled.set(payload.id, payload);
    deliveries.push(publish(payload).finally(() => unsettled.delete(payload.id)));
  }
  const autoCloseAfter = msToNumber(options.autoCloseAfter ?? defaultAutoCloseAfter);
  // Unless set, a closed request takes a satisfaction score for as long as a resolved one waited to close.
  const feedbackWindow = options.feedbackWindow === undefined ? autoCloseAfter : msToNumber(options.feedbackWindow);
  const historyLimit = options.historyLimit ?? defaultHistoryLimit;

  /** One change at a time: Updates, signals and timers never interleave inside a transition. */
  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    await condition(() => !busy);
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
      changed = true;
    }
  }

  /** The one place where state changes: status, SLA, search attributes, read model, subscribers, the line. */
  async function transition(change: Change): Promise<void> {
    const before = lineFacts(state);
    const at = new Date().toISOString();
    if (change.action !== undefined) state.status = nextStatus(state.status, change.action);
    change.apply?.(state, at);
    let noticeAt = at;
    if (change.clocks !== undefined || change.replan === true || change.businessHoursNotice === true) {
      const plan = await planSla({
        sla: state.sla,
        priority: state.classification?.priority ?? null,
        category: state.classification?.category ?? null,
        now: at,
        operations: change.clocks ?? {},
      });
      state.sla = plan.sla;
      noticeAt = plan.noticeAt;
    }
    refreshSlaSummary(state);
    state.seq += 1;
    state.updatedAt = at;
    upsertSearchAttributes([
      { key: searchAttributes.status, value: state.status },
      { key: searchAttributes.category, value: state.classification?.category ?? null },
      { key: searchAttributes.queue, value: state.classification?.queue ?? null },
      { key: searchAttributes.priority, value: state.classification?.priority ?? null },
      { key: searchAttributes.assignee, value: state.assignee },
      { key: searchAttributes.escalationLevel, value: state.escalationLevel },
      { key: searchAttributes.slaDueAt, value: state.slaDueAt === null ? null : new Date(state.slaDueAt) },
    ]);
    const event: RequestEvent = { id: `${input.requestId}.${state.seq}`, requestId: input.requestId, seq: state.seq, type: change.type, actor: change.actor, at, data: change.data ?? {} };
    const recorded = snapshot(state);
    const message = change.message === undefined ? undefined : { ...change.message, at };
    await recordTransition({ event, state: recorded, ...(event.seq === 1 ? { request: input } : {}), ...(message === undefined ? {} : { message }) });
    const payload: NotificationPayload = { id: event.id, type: change.type, actor: event.actor, createdAt: at, data: { request: recorded, ...(message === undefined ? {} : { message }) } };
    // Nobody is paged at midnight for a request that waits for Monday.
    if (change.businessHoursNotice === true && Date.parse(noticeAt) > Date.parse(at)) held.push({ releaseAt: noticeAt, payload });
    else deliver(payload);
    await tellTheLine(before);
  }

  /**
   * After the read model has the change: a request that now waits unassigned is offered to
   * its queue's line (again, if its queue or priority changed), and an agent who lost a
   * request (resolved, unassigned, re-assigned) frees a slot the lines may fill.
   */
  async function tellTheLine(before: LineFacts): Promise<void> {
    const now = lineFacts(state);
    const offer = now.waitingIn !== null && (now.waitingIn !== before.waitingIn || now.priority !== before.priority);
    const freed = before.holder !== null && before.holder !== now.holder ? before.holder : null;
    if ((!offer && freed === null) || !patched('assignment-line')) return;
    if (offer && now.waitingIn !== null && state.classification !== null) {
      const entry = { requestId: input.requestId, priority: state.classification.priority, createdAt: state.createdAt, language: requestLanguage(input), level: requestLevel(input.metadata) };
      await line.offerToLine({ queue: now.waitingIn, entry });
    }
    if (freed !== null) await line.capacityFreed({ agentId: freed });
  }

  setHandler(stateQuery, () => state);
  setHandler(slaReviewSignal, () => {
    reviewRequested = true;
    changed = true;
  });
  const actions: ActionContext = {
    state,
    perform: (action, build) =>
      exclusive(async () => {
        // The validator saw the state when the Update arrived; another change may have come first.
        assertAllowed(state.status, action);
        await transition(await build());
        return snapshot(state);
      }),
    performChanges: (plan) =>
      exclusive(async () => {
        for (const change of plan()) await transition(change);
        return snapshot(state);
      }),
    routeCategory: (category) => routeCategory({ category }),
  };
  registerOperatorActions(actions);
  registerConversation(actions);

  if (carried === undefined) {
    await exclusive(() => transition({ type: 'request.created', actor: systemActor, data: { type: input.type, channel: input.channel } }));
  }
  if (state.status === 'pending') {
    const classification = await classify({ requestId: input.requestId, subject: input.subject, body: input.body });
    await exclusive(() =>
      transition({
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
  }

  /** The deadlines that have come: SLA warnings and breaches, held notices, auto-close. */
  async function actOnDeadlines(): Promise<void> {
    if (reviewRequested) {
      reviewRequested = false;
      await reviewSla();
    }
    for (let due = pendingDeadlines(state.sla)[0]; due !== undefined && Date.parse(due.at) <= Date.now(); due = pendingDeadlines(state.sla)[0]) {
      if (due.kind === 'warning') await warn(due.clock);
      else await escalate(due.clock);
    }
    const now = Date.now();
    for (const notice of held.filter((n) => Date.parse(n.releaseAt) <= now)) {
      held.splice(held.indexOf(notice), 1);
      deliver(notice.payload);
    }
    if (state.status === 'resolved' && state.resolvedAt !== null && Date.parse(state.resolvedAt) + autoCloseAfter <= now) {
      await transition({
        type: 'request.closed',
        actor: systemActor,
        action: 'close',
        data: { reason: 'auto-closed after quiet period' },
        apply: (s, at) => {
          s.closedAt = at;
        },
      });
    }
  }

  /** The sweep's nudge: apply the policy now in force; record only when the SLA really changed. */
  async function reviewSla(): Promise<void> {
    if (state.classification === null || state.status === 'closed') return;
    const plan = await planSla({ sla: state.sla, priority: state.classification.priority, category: state.classification.category, now: new Date().toISOString(), operations: {} });
    const before = JSON.stringify([state.sla.terms?.policyId, state.sla.terms?.policyVersion, state.sla.firstResponse.dueAt, state.sla.resolution.dueAt]);
    const after = JSON.stringify([plan.sla.terms?.policyId, plan.sla.terms?.policyVersion, plan.sla.firstResponse.dueAt, plan.sla.resolution.dueAt]);
    if (before === after) return;
    await transition({
      type: 'request.sla_updated',
      actor: systemActor,
      data: { policyId: plan.sla.terms?.policyId ?? null, policyVersion: plan.sla.terms?.policyVersion ?? null },
      apply: (s) => {
        s.sla = plan.sla;
      },
    });
  }

  async function warn(clock: SlaClockName): Promise<void> {
    await transition({
      type: 'request.sla_warning',
      actor: systemActor,
      data: { clock, dueAt: state.sla[clock].dueAt },
      apply: (s) => {
        s.sla[clock].warned = true;
      },
      businessHoursNotice: true,
    });
  }

  /** A breach: one level up, the policy's action, an event — exactly once per clock. */
  async function escalate(clock: SlaClockName): Promise<void> {
    const terms = state.sla.terms;
    const action = terms?.escalationAction ?? 'notify';
    const level = state.escalationLevel + 1;
    const from = state.classification;
    await transition({
      type: 'request.escalated',
      actor: systemActor,
      data: { level, clock, dueAt: state.sla[clock].dueAt, action, policyId: terms?.policyId ?? null },
      apply: (s) => {
        s.escalationLevel = level;
        s.sla[clock].breached = true;
        if (s.classification === null || from === null) return;
        if (action === 'raise_priority') s.classification = { ...s.classification, priority: raisedPriority(from.priority) };
        if (action === 'escalation_queue') s.classification = { ...s.classification, queue: terms?.escalationQueue ?? 'escalations' };
      },
      // A raised priority brings the targets of its own policy, counted from the start.
      replan: action === 'raise_priority',
      businessHoursNotice: true,
    });
  }

  function nextWakeUp(): number | undefined {
    const times: number[] = [];
    const deadline = pendingDeadlines(state.sla)[0];
    if (deadline !== undefined) times.push(Date.parse(deadline.at));
    for (const notice of held) times.push(Date.parse(notice.releaseAt));
    if (state.status === 'resolved' && state.resolvedAt !== null) times.push(Date.parse(state.resolvedAt) + autoCloseAfter);
    if (state.status === 'closed' && state.closedAt !== null) times.push(Date.parse(state.closedAt) + feedbackWindow);
    return times.length === 0 ? undefined : Math.min(...times);
  }

  for (;;) {
    const wakeUp = nextWakeUp();
    const wait = wakeUp === undefined ? undefined : wakeUp - Date.now();
    if (wait === undefined) await condition(() => changed);
    else if (wait > 0) await condition(() => changed, wait);
    changed = false;
    await exclusive(actOnDeadlines);
    changed = false;
    // A closed request takes feedback for a while; then its workflow is done.
    if (state.status === 'closed' && state.closedAt !== null && Date.parse(state.closedAt) + feedbackWindow <= Date.now()) break;
    if (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= historyLimit) {
      // One condition, so no Update can slip in between the check and the new run. Deliveries
      // still in flight are sent again by the next run (subscribers de-duplicate on the event id).
      await condition(() => allHandlersFinished() && !busy);
      const resend = [...unsettled.values()].map((payload) => ({ releaseAt: new Date().toISOString(), payload }));
      return continueAsNew<typeof serviceRequest>(input, options, { state, held: [...held, ...resend], reviewRequested });
    }
  }

  await condition(allHandlersFinished);
  await Promise.all(deliveries);
  return state;
}

/** Hands the event to the notification service's delivery workflow (event-delivery.ts); never waits for a receiver. */
async function publish(payload: NotificationPayload): Promise<void> {
  await handOffEvent(payload);
}

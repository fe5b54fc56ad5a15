import { isAutomatic, type LineEntry, requestLanguage, requestLevel } from '@caseflow/assignment';
import type { NotificationPayload, RecordedTransition, RequestEvent, ServiceRequestInput, ServiceRequestState } from '@caseflow/contracts';
import { searchAttributes, systemActor } from '@caseflow/contracts';
import { nextStatus } from '@caseflow/lifecycle';
import { condition, patched, upsertSearchAttributes } from '@temporalio/workflow';
import type { ActionContext, Change } from './action-registry';
import { assertAllowed } from './action-rules';
import { Deliveries } from './deliveries';
import { type LineFacts, lineFacts } from './line-facts';
import { line, planSla, recordTransition, routeCategory } from './request-activities';
import { type CarriedState, initialState, refreshSlaSummary, snapshot } from './request-state';

/**
 * One run of a request workflow: its state and the one place where that state changes
 * (`transition`), as the Go reference app's `updateStatus`. Updates, signals and deadlines
 * all come through `exclusive`, so no two changes interleave.
 */
export class RequestRun {
  readonly state: ServiceRequestState;
  readonly deliveries: Deliveries;
  /** The escalation sweep asked for the policy now in force to be applied (deadlines.ts). */
  reviewRequested: boolean;
  /** Something happened that may move a deadline: the main loop looks again. */
  changed = false;
  private busy = false;

  constructor(
    readonly input: ServiceRequestInput,
    carried: CarriedState | undefined,
  ) {
    this.state = carried?.state ?? initialState(input);
    this.deliveries = new Deliveries(carried?.held ?? []);
    this.reviewRequested = carried?.reviewRequested ?? false;
  }

  /** No change under way: the run may hand over to the next one. */
  get idle(): boolean {
    return !this.busy;
  }

  /** One change at a time: Updates, signals and timers never interleave inside a transition. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    // Every waiter whose condition holds is woken in the same pass, before any of them has
    // run on: each looks again, so only the first through takes the turn (two Updates
    // delivered in one task, as after a worker crash, would otherwise both go ahead). The
    // first wait stays unconditional so that histories recorded before replay as they ran.
    do await condition(() => !this.busy);
    while (this.busy);
    this.busy = true;
    try {
      return await work();
    } finally {
      this.busy = false;
      this.changed = true;
    }
  }

  /** The one place where state changes: status, SLA, search attributes, read model, subscribers, the line. */
  async transition(change: Change): Promise<void> {
    const { state, input } = this;
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
    // Nobody is paged at midnight for a request that waits for Monday.
    const held = change.businessHoursNotice === true && Date.parse(noticeAt) > Date.parse(at);
    // The event goes to the notification service through the outbox, in the record's own
    // transaction: no child workflow, no extra activity. Runs that started before hand it
    // to a `deliverEvent` child as they did.
    const viaOutbox = patched('event-outbox');
    const notify = viaOutbox ? { notify: { deliverAfter: held ? noticeAt : at } } : {};
    const now = lineFacts(state);
    // The queue the request now waits in, if it was not waiting there (at this priority) before.
    const waitsAnew = now.waitingIn !== null && (now.waitingIn !== before.waitingIn || now.priority !== before.priority) ? now.waitingIn : null;
    const wait = waitsAnew === null ? null : this.lineWait(waitsAnew);
    const answer = await recordTransition({
      event,
      state: recorded,
      ...(event.seq === 1 ? { request: input } : {}),
      ...(message === undefined ? {} : { message }),
      ...notify,
      ...(wait === null ? {} : { lineQueue: wait.queue, lineEntry: wait.entry }),
    });
    if (!viaOutbox) {
      const payload: NotificationPayload = { id: event.id, type: change.type, actor: event.actor, createdAt: at, data: { request: recorded, ...(message === undefined ? {} : { message }) } };
      if (held) this.deliveries.hold(noticeAt, payload);
      else this.deliveries.deliver(payload);
    }
    if (answer?.claimed !== undefined) {
      // Assigned on arrival, in the record's transaction: the assignment is the next event. The
      // answer is in the history, so a replay takes the same path.
      await this.tellTheLine(before, now, null, answer);
      return this.transition(assignedOnArrival(answer.claimed));
    }
    await this.tellTheLine(before, now, wait, answer);
  }

  /** The request as the line of `queue` sees it, now that it waits there. */
  private lineWait(queue: string): { queue: string; entry: LineEntry } | null {
    const { state, input } = this;
    if (state.classification === null) return null;
    return { queue, entry: { requestId: input.requestId, priority: state.classification.priority, createdAt: state.createdAt, language: requestLanguage(input), level: requestLevel(input.metadata), since: state.seq } };
  }

  /**
   * After the read model has the change: a request that now waits unassigned is offered to
   * its queue's line (again, if its queue or priority changed) when that queue assigns
   * automatically, and an agent who lost a request (resolved, unassigned, re-assigned) frees
   * a slot the lines may fill. The record said the queue's mode; a record from before that
   * answer says nothing, and the line's own activity looks the mode up, as it always did.
   * A queue switched to automatic later rebuilds its line from the requests, so a request
   * not offered to a manual queue is not lost to it.
   */
  private async tellTheLine(before: LineFacts, now: LineFacts, wait: { queue: string; entry: LineEntry } | null, recorded: RecordedTransition | undefined): Promise<void> {
    const offer = wait !== null && (recorded?.lineMode === undefined || isAutomatic(recorded.lineMode)) ? wait : null;
    const freed = before.holder !== null && before.holder !== now.holder ? before.holder : null;
    if ((offer === null && freed === null) || !patched('assignment-line')) return;
    if (offer !== null) await line.offerToLine(offer);
    if (freed !== null) await line.capacityFreed({ agentId: freed });
  }

  /** What the operator actions and the conversation see of this run. */
  actions(): ActionContext {
    return {
      state: this.state,
      perform: (action, build) =>
        this.exclusive(async () => {
          // The validator saw the state when the Update arrived; another change may have come first.
          assertAllowed(this.state.status, action);
          await this.transition(await build());
          return snapshot(this.state);
        }),
      performChanges: (plan) =>
        this.exclusive(async () => {
          for (const change of plan()) await this.transition(change);
          return snapshot(this.state);
        }),
      routeCategory: (category) => routeCategory({ category }),
    };
  }

  /** What the next run starts from when this one continues as new. */
  carried(): CarriedState {
    return { state: this.state, held: this.deliveries.carried(), reviewRequested: this.reviewRequested };
  }
}

/** The line's own assignment, made on arrival instead of by a pick: the same event, reason `auto`. */
function assignedOnArrival({ agentId, agentName }: { agentId: string; agentName: string }): Change {
  return {
    type: 'request.assigned',
    actor: systemActor,
    action: 'assign',
    data: { agent: { id: agentId, name: agentName }, reason: 'auto', previous: null },
    apply: (s) => {
      s.assignee = agentId;
    },
  };
}

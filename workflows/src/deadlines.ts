import { type ServiceRequestOptions, systemActor } from '@caseflow/contracts';
import { clockOf, pendingDeadlines, type SlaClockName, type SlaState } from '@caseflow/sla';
import { msToNumber } from '@temporalio/common/lib/time';
import { condition } from '@temporalio/workflow';
import { planSla } from './request-activities';
import { raisedPriority } from './request-state';
import type { RequestRun } from './transition';

export const defaultAutoCloseAfter = '72 hours';

/**
 * The request's deadlines as durable timers of the workflow, not cron jobs: SLA warnings
 * and breaches, held notices, auto-close of a quiet resolved request, and the end of the
 * feedback window after which the workflow completes.
 */
export class Deadlines {
  private readonly autoCloseAfter: number;
  private readonly feedbackWindow: number;

  constructor(
    private readonly run: RequestRun,
    options: ServiceRequestOptions,
  ) {
    this.autoCloseAfter = msToNumber(options.autoCloseAfter ?? defaultAutoCloseAfter);
    // Unless set, a closed request takes a satisfaction score for as long as a resolved one waited to close.
    this.feedbackWindow = options.feedbackWindow === undefined ? this.autoCloseAfter : msToNumber(options.feedbackWindow);
  }

  /** Sleeps until the next deadline, or until something changed that may move it. */
  async waitForNext(): Promise<void> {
    const wakeUp = this.nextWakeUp();
    const wait = wakeUp === undefined ? undefined : wakeUp - Date.now();
    if (wait === undefined) await condition(() => this.run.changed);
    else if (wait > 0) await condition(() => this.run.changed, wait);
    this.run.changed = false;
  }

  /** The deadlines that have come: SLA warnings and breaches, held notices, auto-close. */
  async actOnDue(): Promise<void> {
    const { run } = this;
    const { state } = run;
    if (run.reviewRequested) {
      run.reviewRequested = false;
      await this.reviewSla();
    }
    for (let due = pendingDeadlines(state.sla)[0]; due !== undefined && Date.parse(due.at) <= Date.now(); due = pendingDeadlines(state.sla)[0]) {
      if (due.kind === 'warning') await this.warn(due.clock);
      else await this.escalate(due.clock);
    }
    const now = Date.now();
    run.deliveries.releaseDue(now);
    if (state.status === 'resolved' && state.resolvedAt !== null && Date.parse(state.resolvedAt) + this.autoCloseAfter <= now) {
      await run.transition({
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

  /**
   * A closed request takes feedback for a while; then its workflow is done. A merged one
   * lingers as long, so a repeated merge still gets its answer from the workflow.
   */
  feedbackWindowOver(): boolean {
    const end = this.endsAt();
    return end !== undefined && end <= Date.now();
  }

  private endsAt(): number | undefined {
    const { state } = this.run;
    if (state.status === 'closed' && state.closedAt !== null) return Date.parse(state.closedAt) + this.feedbackWindow;
    if (state.status === 'merged' && state.merged != null) return Date.parse(state.merged.at) + this.feedbackWindow;
    return undefined;
  }

  private nextWakeUp(): number | undefined {
    const { state } = this.run;
    const times: number[] = [];
    const deadline = pendingDeadlines(state.sla)[0];
    if (deadline !== undefined) times.push(Date.parse(deadline.at));
    times.push(...this.run.deliveries.releaseTimes());
    if (state.status === 'resolved' && state.resolvedAt !== null) times.push(Date.parse(state.resolvedAt) + this.autoCloseAfter);
    const end = this.endsAt();
    if (end !== undefined) times.push(end);
    return times.length === 0 ? undefined : Math.min(...times);
  }

  /** The sweep's nudge: apply the policy now in force; record only when the SLA really changed. */
  private async reviewSla(): Promise<void> {
    const { state } = this.run;
    if (state.classification === null || state.status === 'closed' || state.status === 'merged') return;
    const plan = await planSla({ sla: state.sla, priority: state.classification.priority, category: state.classification.category, now: new Date().toISOString(), operations: {} });
    // The next-reply due joins only when it exists, so requests from before it compare as they did.
    const dues = (sla: SlaState) => [sla.terms?.policyId, sla.terms?.policyVersion, sla.firstResponse.dueAt, sla.resolution.dueAt, ...(sla.nextReply == null ? [] : [sla.nextReply.dueAt])];
    const before = JSON.stringify(dues(state.sla));
    const after = JSON.stringify(dues(plan.sla));
    if (before === after) return;
    await this.run.transition({
      type: 'request.sla_updated',
      actor: systemActor,
      data: { policyId: plan.sla.terms?.policyId ?? null, policyVersion: plan.sla.terms?.policyVersion ?? null },
      apply: (s) => {
        s.sla = plan.sla;
      },
    });
  }

  private async warn(clock: SlaClockName): Promise<void> {
    const { state } = this.run;
    await this.run.transition({
      type: 'request.sla_warning',
      actor: systemActor,
      data: { clock, dueAt: clockOf(state.sla, clock)?.dueAt ?? null },
      apply: (s) => {
        const warned = clockOf(s.sla, clock);
        if (warned !== null) warned.warned = true;
      },
      businessHoursNotice: true,
    });
  }

  /** A breach: one level up, the policy's action, an event — exactly once per clock. */
  private async escalate(clock: SlaClockName): Promise<void> {
    const { state } = this.run;
    const terms = state.sla.terms;
    const action = terms?.escalationAction ?? 'notify';
    const level = state.escalationLevel + 1;
    const from = state.classification;
    await this.run.transition({
      type: 'request.escalated',
      actor: systemActor,
      data: { level, clock, dueAt: clockOf(state.sla, clock)?.dueAt ?? null, action, policyId: terms?.policyId ?? null },
      apply: (s) => {
        s.escalationLevel = level;
        const breached = clockOf(s.sla, clock);
        if (breached !== null) breached.breached = true;
        if (s.classification === null || from === null) return;
        if (action === 'raise_priority') s.classification = { ...s.classification, priority: raisedPriority(from.priority) };
        if (action === 'escalation_queue') s.classification = { ...s.classification, queue: terms?.escalationQueue ?? 'escalations' };
      },
      // A raised priority brings the targets of its own policy, counted from the start.
      replan: action === 'raise_priority',
      businessHoursNotice: true,
    });
  }
}

import { LineState, type LineSnapshot } from '@caseflow/assignment';
import { type AssignmentActivities, type AssignmentLineInput, availabilitySignal, enqueueSignal, lineNudgeSignal, lineQuery, taskQueues } from '@caseflow/contracts';
import { condition, makeContinueAsNewFunc, metricMeter, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';

// No task queue named: a line's activities run on the line's own (caseflow-assignment; a
// line started before that queue existed runs on caseflow-requests, which serves them too,
// until it continues as new onto caseflow-assignment).
const lineActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' },
} as const;
export const lineActivities = proxyActivities<AssignmentActivities>(lineActivityOptions);
/**
 * A pick heartbeats while it waits for the request's Update: when the worker copy running it
 * is killed, the pick is tried again on another copy after 10 s instead of the 30 s
 * start-to-close, and the line no longer waits that long for it.
 */
export const picking = proxyActivities<AssignmentActivities>({ ...lineActivityOptions, heartbeatTimeout: '10 seconds' });

/** What one run hands to the next when it continues as new. */
export interface CarriedLine {
  line: LineSnapshot;
  awayUntil: Record<string, number>;
  ticket: number;
  /** The size of the window of picks in flight (absent from runs before the window). */
  window?: number;
}

export const lineHistoryLimit = 4_000;

/**
 * One run of a queue's line: its state (the line, the away timers, the ticket that names each
 * pick's Update), the signals and the query that change and show it, and what both ways of
 * handing out (line-rounds.ts, line-window.ts) do alike: wait to be woken, housekeep, continue
 * as new. Handlers are set in the constructor, before the workflow's first await.
 */
export class LineRun {
  readonly line: LineState;
  readonly awayUntil: Map<string, number>;
  ticket: number;
  /** Something arrived (an offer, a signal, a settled pick): the line looks again. */
  dirty = true;
  rebuild: boolean;
  /** Capacity, availability or mode changed: the window reads the roster again before it plans. */
  rosterStale = true;
  // For the on-call dashboard: the SDK drops workflow metrics while replaying, so this adds no command and no non-determinism.
  private readonly lineLength = metricMeter.createGauge('caseflow_assignment_line_length', 'int', '', 'Requests waiting in the queue\'s assignment line, after its last round');

  constructor(
    readonly input: AssignmentLineInput,
    readonly carried: CarriedLine | undefined,
  ) {
    this.line = new LineState(carried?.line);
    this.awayUntil = new Map(Object.entries(carried?.awayUntil ?? {}));
    this.ticket = carried?.ticket ?? 0;
    this.rebuild = carried === undefined;
  }

  listen(): void {
    setHandler(enqueueSignal, (entry) => {
      this.line.offer(entry);
      this.dirty = true;
    });
    setHandler(lineNudgeSignal, ({ reason }) => {
      if (reason === 'mode') this.rebuild = true;
      this.rosterStale = true;
      this.dirty = true;
    });
    setHandler(availabilitySignal, ({ agentId, available, reassignAfterMs }) => {
      if (available) this.awayUntil.delete(agentId);
      else if (!this.awayUntil.has(agentId)) this.awayUntil.set(agentId, Date.now() + reassignAfterMs);
      this.rosterStale = true;
      this.dirty = true;
    });
    setHandler(lineQuery, () => ({
      queue: this.input.queue,
      line: [...this.line.entries.values()],
      awayUntil: Object.fromEntries([...this.awayUntil].map(([agent, at]) => [agent, new Date(at).toISOString()])),
    }));
  }

  /** Until something arrives, or the next agent's time away runs out. */
  async wake(): Promise<void> {
    this.lineLength.set(this.line.entries.size, { queue: this.input.queue });
    const nextAway = Math.min(...this.awayUntil.values());
    if (Number.isFinite(nextAway)) await condition(() => this.dirty, Math.max(nextAway - Date.now(), 1));
    else await condition(() => this.dirty);
    this.dirty = false;
  }

  /** What every wake-up does first: a rebuilt line, and the unstarted work of agents away too long back in it. */
  async housekeep(): Promise<void> {
    if (this.rebuild) {
      this.rebuild = false;
      for (const entry of await lineActivities.waitingEntries({ queue: this.input.queue })) this.line.offer(entry);
    }
    for (const [agentId, at] of this.awayUntil) {
      if (at > Date.now()) continue;
      this.awayUntil.delete(agentId);
      // The request workflows put what they give back into the line themselves (enqueue).
      await lineActivities.releaseUnstarted({ queue: this.input.queue, agentId });
    }
  }

  /** The next pick's Update id: a retried pick is the same Update, never a second one. */
  nextUpdateId(): string {
    this.ticket += 1;
    return `line-${this.input.queue}-${this.ticket}`;
  }

  historyFull(): boolean {
    return workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= lineHistoryLimit;
  }

  /** Signals are handled synchronously, so whatever arrived is in `line`: the next run takes it all. */
  continueAsNew(workflow: (input: AssignmentLineInput, carried?: CarriedLine) => Promise<void>, window?: number): Promise<never> {
    const { line, awayUntil, ticket } = this;
    return makeContinueAsNewFunc<typeof workflow>({ taskQueue: taskQueues.assignment })(this.input, { line: line.snapshot(), awayUntil: Object.fromEntries(awayUntil), ticket, ...(window === undefined ? {} : { window }) });
  }
}

import { type AutomaticMode, type LineSnapshot, LineState, type RosterAgent } from '@caseflow/assignment';
import {
  type AssignmentActivities,
  type AssignmentLineInput,
  availabilitySignal,
  enqueueSignal,
  type LineAssignOutcome,
  lineNudgeSignal,
  lineQuery,
  taskQueues,
} from '@caseflow/contracts';
import { condition, makeContinueAsNewFunc, metricMeter, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';

// No task queue named: a line's activities run on the line's own (caseflow-assignment; a
// line started before that queue existed runs on caseflow-requests, which serves them too,
// until it continues as new onto caseflow-assignment).
const lineActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' },
} as const;
const activities = proxyActivities<AssignmentActivities>(lineActivityOptions);
/**
 * A pick heartbeats while it waits for the request's Update: when the worker copy running it
 * is killed, the pick is tried again on another copy after 10 s instead of the 30 s
 * start-to-close, and the whole round (Promise.all below) no longer waits that long for it.
 */
const picking = proxyActivities<AssignmentActivities>({ ...lineActivityOptions, heartbeatTimeout: '10 seconds' });

/** What one run hands to the next when it continues as new. */
export interface CarriedLine {
  line: LineSnapshot;
  awayUntil: Record<string, number>;
  ticket: number;
}

export const lineHistoryLimit = 4_000;

/**
 * Picks in flight at once per line. Unbounded, a backlog of hundreds went out as hundreds of
 * activities at once: they filled the worker's slots waiting for the capacity guard's few
 * connections, ran into their start-to-close timeout, were retried, and the line handed out
 * almost nothing (bench:assignment: 493 of 500 unassigned after the drain).
 */
export const picksPerRound = 8;

/**
 * One queue's line, one writer: requests come in by signal (enqueue), the line decides who
 * gets what from a roster it reads by activity (agents, availability, capacity and the load
 * counted from the requests), and assigns through the request's own assign Update, a
 * compare-and-set the request workflow decides. Its state is the line, the round-robin
 * cursor and the away timers; Temporal keeps them through worker crashes. A first run (and a
 * mode change) rebuilds the line from the requests, so nothing that waits can be missed.
 */
export async function assignmentLine(input: AssignmentLineInput, carried?: CarriedLine): Promise<void> {
  const line = new LineState(carried?.line);
  const awayUntil = new Map(Object.entries(carried?.awayUntil ?? {}));
  let ticket = carried?.ticket ?? 0;
  let dirty = true;
  let rebuild = carried === undefined;
  // For the on-call dashboard: the SDK drops workflow metrics while replaying, so this adds no command and no non-determinism.
  const lineLength = metricMeter.createGauge('caseflow_assignment_line_length', 'int', '', 'Requests waiting in the queue\'s assignment line, after its last round');

  setHandler(enqueueSignal, (entry) => {
    line.offer(entry);
    dirty = true;
  });
  setHandler(lineNudgeSignal, ({ reason }) => {
    if (reason === 'mode') rebuild = true;
    dirty = true;
  });
  setHandler(availabilitySignal, ({ agentId, available, reassignAfterMs }) => {
    if (available) awayUntil.delete(agentId);
    else if (!awayUntil.has(agentId)) awayUntil.set(agentId, Date.now() + reassignAfterMs);
    dirty = true;
  });
  setHandler(lineQuery, () => ({
    queue: input.queue,
    line: [...line.entries.values()],
    awayUntil: Object.fromEntries([...awayUntil].map(([agent, at]) => [agent, new Date(at).toISOString()])),
  }));

  /**
   * Hands out what the roster can take, a round of at most `picksPerRound` at a time, each
   * round on a fresh roster; a pick of a request that is gone wasted a slot, so plan again.
   */
  async function dispatch(mode: AutomaticMode, first: RosterAgent[]): Promise<void> {
    const limit = patched('line-bounded-rounds') ? picksPerRound : undefined;
    for (let agents = first; ; agents = (await activities.loadRoster({ queue: input.queue })).agents) {
      const picks = line.plan(mode, agents, limit);
      if (picks.length === 0) return;
      const names = new Map(agents.map((agent) => [agent.id, agent.name]));
      const outcomes: LineAssignOutcome[] = await Promise.all(
        picks.map(({ requestId, agentId }) => {
          ticket += 1;
          const updateId = `line-${input.queue}-${ticket}`;
          return picking.assignFromLine({ queue: input.queue, requestId, agentId, agentName: names.get(agentId) ?? agentId, updateId });
        }),
      );
      // A request offered again while its pick was in flight stays (LineState.settle).
      picks.forEach((pick, index) => line.settle(pick, outcomes[index]!));
      if (!outcomes.includes('gone') && (limit === undefined || picks.length < limit)) return;
    }
  }

  for (;;) {
    lineLength.set(line.entries.size, { queue: input.queue });
    const nextAway = Math.min(...awayUntil.values());
    if (Number.isFinite(nextAway)) await condition(() => dirty, Math.max(nextAway - Date.now(), 1));
    else await condition(() => dirty);
    dirty = false;
    if (rebuild) {
      rebuild = false;
      for (const entry of await activities.waitingEntries({ queue: input.queue })) line.offer(entry);
    }
    for (const [agentId, at] of awayUntil) {
      if (at > Date.now()) continue;
      awayUntil.delete(agentId);
      // The request workflows put what they give back into the line themselves (enqueue).
      await activities.releaseUnstarted({ queue: input.queue, agentId });
    }
    const roster = await activities.loadRoster({ queue: input.queue });
    if (roster.mode === 'manual') {
      // People assign by hand now; a later switch back rebuilds the line from the requests.
      line.clear();
      if (awayUntil.size === 0) return;
    } else {
      await dispatch(roster.mode, roster.agents);
    }
    if (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= lineHistoryLimit) {
      // Signals are handled synchronously, so whatever arrived is in `line`: the next run takes it all.
      return makeContinueAsNewFunc<typeof assignmentLine>({ taskQueue: taskQueues.assignment })(input, { line: line.snapshot(), awayUntil: Object.fromEntries(awayUntil), ticket });
    }
  }
}

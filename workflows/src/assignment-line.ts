import { type AssignmentMode, type AutomaticMode, type LineSnapshot, LineState, type PendingPick, PickWindow, type RosterAgent } from '@caseflow/assignment';
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
  /** The size of the window of picks in flight (absent from runs before the window). */
  window?: number;
}

export const lineHistoryLimit = 4_000;

/**
 * Picks in flight at once per line. Unbounded, a backlog of hundreds went out as hundreds of
 * activities at once: they filled the worker's slots waiting for the capacity guard's few
 * connections, ran into their start-to-close timeout, were retried, and the line handed out
 * almost nothing (bench:assignment: 493 of 500 unassigned after the drain).
 */
export const picksPerRound = 8;

/** A roster older than this is read again before the next plan: it catches what no signal tells the line (manual assigns, other queues' picks). */
export const rosterMaxAgeMs = 2_000;

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
  // Capacity, availability or mode changed: the window reads the roster again before it plans.
  let rosterStale = true;
  // Before any command: a run that started before the window keeps its rounds (its history has no marker).
  const sliding = patched('line-sliding-window');
  // For the on-call dashboard: the SDK drops workflow metrics while replaying, so this adds no command and no non-determinism.
  const lineLength = metricMeter.createGauge('caseflow_assignment_line_length', 'int', '', 'Requests waiting in the queue\'s assignment line, after its last round');

  setHandler(enqueueSignal, (entry) => {
    line.offer(entry);
    dirty = true;
  });
  setHandler(lineNudgeSignal, ({ reason }) => {
    if (reason === 'mode') rebuild = true;
    rosterStale = true;
    dirty = true;
  });
  setHandler(availabilitySignal, ({ agentId, available, reassignAfterMs }) => {
    if (available) awayUntil.delete(agentId);
    else if (!awayUntil.has(agentId)) awayUntil.set(agentId, Date.now() + reassignAfterMs);
    rosterStale = true;
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

  /** What every wake-up does first: a rebuilt line, and the unstarted work of agents away too long back in it. */
  async function housekeep(): Promise<void> {
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
  }

  async function wake(): Promise<void> {
    lineLength.set(line.entries.size, { queue: input.queue });
    const nextAway = Math.min(...awayUntil.values());
    if (Number.isFinite(nextAway)) await condition(() => dirty, Math.max(nextAway - Date.now(), 1));
    else await condition(() => dirty);
    dirty = false;
  }

  const historyFull = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength >= lineHistoryLimit;
  // Signals are handled synchronously, so whatever arrived is in `line`: the next run takes it all.
  const continueAsNew = (window?: number) =>
    makeContinueAsNewFunc<typeof assignmentLine>({ taskQueue: taskQueues.assignment })(input, { line: line.snapshot(), awayUntil: Object.fromEntries(awayUntil), ticket, ...(window === undefined ? {} : { window }) });

  /** The rounds, for runs started before the window: plan up to `picksPerRound`, await them all, read the roster, again. */
  async function rounds(): Promise<void> {
    for (;;) {
      await wake();
      await housekeep();
      const roster = await activities.loadRoster({ queue: input.queue });
      if (roster.mode === 'manual') {
        // People assign by hand now; a later switch back rebuilds the line from the requests.
        line.clear();
        if (awayUntil.size === 0) return;
      } else {
        await dispatch(roster.mode, roster.agents);
      }
      if (historyFull()) return continueAsNew();
    }
  }

  /**
   * The sliding window: up to `window.limit` picks out at once (PickWindow: more while they
   * come back fast, fewer when they queue), and whenever one settles, a request is offered or
   * the roster changes, the line plans into the free places. Between roster reads the line
   * keeps the roster's loads itself (LineState counts its picks in flight, a settled assign
   * adds one), so least loaded and capacity stay right without a read before every plan.
   */
  let roster: { mode: AssignmentMode; agents: RosterAgent[]; at: number } | null = null;
  let settledSinceRoster = false;
  // Assigns settled while a roster read was out: the read may predate them, so they are added to it (at worst counted twice, which only holds a pick back).
  let assignedDuringRead: string[] | null = null;
  // Activities out, counted apart from LineState's pending picks: `clear` forgets those, but the activities still run.
  let sent = 0;
  let failure: unknown;
  const window = new PickWindow(undefined, carried?.window);
  if (!sliding) return rounds();

  const countAssigned = (agentId: string) => {
    const agent = roster?.agents.find((candidate) => candidate.id === agentId);
    if (agent !== undefined) agent.load += 1;
  };

  const send = (pick: PendingPick, agents: readonly RosterAgent[]) => {
    ticket += 1;
    sent += 1;
    const sentAt = Date.now();
    const agentName = agents.find((agent) => agent.id === pick.agentId)?.name ?? pick.agentId;
    const updateId = `line-${input.queue}-${ticket}`;
    activities.assignFromLine({ queue: input.queue, requestId: pick.requestId, agentId: pick.agentId, agentName, updateId }).then(
      (outcome) => {
        sent -= 1;
        window.settled(sentAt, Date.now());
        // A request offered again while its pick was in flight stays (LineState.settle).
        line.settle(pick, outcome);
        settledSinceRoster = true;
        if (outcome === 'assigned') {
          assignedDuringRead?.push(pick.agentId);
          countAssigned(pick.agentId);
        } else {
          // Full: the roster was wrong about the agent. Gone: the request went elsewhere, maybe to one of ours by hand.
          rosterStale = true;
        }
        dirty = true;
      },
      (error: unknown) => {
        sent -= 1;
        failure ??= error;
        dirty = true;
      },
    );
  };

  for (;;) {
    await wake();
    // As the rounds did (their Promise.all): a pick that fails for good fails the line.
    if (failure !== undefined) throw failure;
    if (historyFull()) {
      // A run cannot hand its activities to the next: send nothing more, let the window empty.
      await condition(() => sent === 0);
      if (failure !== undefined) throw failure;
      return continueAsNew(window.snapshot());
    }
    await housekeep();
    const aged = roster === null || Date.now() - roster.at >= rosterMaxAgeMs;
    if (rosterStale || (aged && line.plannable > 0 && sent < window.limit)) {
      rosterStale = false;
      settledSinceRoster = false;
      assignedDuringRead = [];
      roster = { ...(await activities.loadRoster({ queue: input.queue })), at: Date.now() };
      for (const agentId of assignedDuringRead) countAssigned(agentId);
      assignedDuringRead = null;
    }
    if (roster === null) continue;
    if (roster.mode === 'manual') {
      // People assign by hand now; a later switch back rebuilds the line from the requests. Picks out still settle first.
      if (sent > 0) {
        rosterStale = true;
        continue;
      }
      line.clear();
      if (awayUntil.size === 0) return;
      continue;
    }
    if (sent >= window.limit || line.plannable === 0) continue;
    const picks = line.plan(roster.mode, roster.agents, window.limit - sent);
    // Nothing fits, but the loads kept since the last read may be too high (a settled assign the read had already counted): read again once.
    if (picks.length === 0 && settledSinceRoster) {
      rosterStale = true;
      dirty = true;
    }
    for (const pick of picks) send(pick, roster.agents);
  }

}

import { type AssignmentMode, type PendingPick, PickWindow, type RosterAgent } from '@caseflow/assignment';
import { condition } from '@temporalio/workflow';
import { lineActivities, type LineRun, picking } from './line-run';

/** A roster older than this is read again before the next plan: it catches what no signal tells the line (manual assigns, other queues' picks). */
export const rosterMaxAgeMs = 2_000;

/**
 * The sliding window: up to `window.limit` picks out at once (PickWindow: more while they
 * come back fast, fewer when they queue), and whenever one settles, a request is offered or
 * the roster changes, the line plans into the free places. Between roster reads the line
 * keeps the roster's loads itself (LineState counts its picks in flight, a settled assign
 * adds one), so least loaded and capacity stay right without a read before every plan.
 * Returns the window's size when the line should continue as new, or 'end' (manual, nobody away).
 */
export async function handOutInWindow(run: LineRun): Promise<{ continueWith: number } | 'end'> {
  const { line, input } = run;
  let roster: { mode: AssignmentMode; agents: RosterAgent[]; at: number } | null = null;
  let settledSinceRoster = false;
  // Assigns settled while a roster read was out: the read may predate them, so they are added to it (at worst counted twice, which only holds a pick back).
  let assignedDuringRead: string[] | null = null;
  // Activities out, counted apart from LineState's pending picks: `clear` forgets those, but the activities still run.
  let sent = 0;
  let failure: unknown;
  const window = new PickWindow(undefined, run.carried?.window);

  const countAssigned = (agentId: string) => {
    const agent = roster?.agents.find((candidate) => candidate.id === agentId);
    if (agent !== undefined) agent.load += 1;
  };

  const send = (pick: PendingPick, agents: readonly RosterAgent[]) => {
    const updateId = run.nextUpdateId();
    sent += 1;
    const sentAt = Date.now();
    const agentName = agents.find((agent) => agent.id === pick.agentId)?.name ?? pick.agentId;
    picking.assignFromLine({ queue: input.queue, requestId: pick.requestId, agentId: pick.agentId, agentName, updateId }).then(
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
          run.rosterStale = true;
        }
        run.dirty = true;
      },
      (error: unknown) => {
        sent -= 1;
        failure ??= error;
        run.dirty = true;
      },
    );
  };

  for (;;) {
    await run.wake();
    // As the rounds did (their Promise.all): a pick that fails for good fails the line.
    if (failure !== undefined) throw failure;
    if (run.historyFull()) {
      // A run cannot hand its activities to the next: send nothing more, let the window empty.
      await condition(() => sent === 0);
      if (failure !== undefined) throw failure;
      return { continueWith: window.snapshot() };
    }
    await run.housekeep();
    const aged = roster === null || Date.now() - roster.at >= rosterMaxAgeMs;
    if (run.rosterStale || (aged && line.plannable > 0 && sent < window.limit)) {
      run.rosterStale = false;
      settledSinceRoster = false;
      assignedDuringRead = [];
      roster = { ...(await lineActivities.loadRoster({ queue: input.queue })), at: Date.now() };
      for (const agentId of assignedDuringRead) countAssigned(agentId);
      assignedDuringRead = null;
    }
    if (roster === null) continue;
    if (roster.mode === 'manual') {
      // People assign by hand now; a later switch back rebuilds the line from the requests. Picks out still settle first.
      if (sent > 0) {
        run.rosterStale = true;
        continue;
      }
      line.clear();
      if (run.awayUntil.size === 0) return 'end';
      continue;
    }
    if (sent >= window.limit || line.plannable === 0) continue;
    const picks = line.plan(roster.mode, roster.agents, window.limit - sent);
    // Nothing fits, but the loads kept since the last read may be too high (a settled assign the read had already counted): read again once.
    if (picks.length === 0 && settledSinceRoster) {
      run.rosterStale = true;
      run.dirty = true;
    }
    for (const pick of picks) send(pick, roster.agents);
  }
}

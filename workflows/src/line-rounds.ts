import type { AutomaticMode, RosterAgent } from '@caseflow/assignment';
import type { LineAssignOutcome } from '@caseflow/contracts';
import { patched } from '@temporalio/workflow';
import { lineActivities, type LineRun, picking } from './line-run';

/**
 * Picks in flight at once per line. Unbounded, a backlog of hundreds went out as hundreds of
 * activities at once: they filled the worker's slots waiting for the capacity guard's few
 * connections, ran into their start-to-close timeout, were retried, and the line handed out
 * almost nothing (bench:assignment: 493 of 500 unassigned after the drain).
 */
export const picksPerRound = 8;

/**
 * The rounds, for lines started before the sliding window (line-window.ts): plan up to
 * `picksPerRound`, await them all, read the roster, again. Returns when the line should
 * continue as new, or end (manual, nobody away).
 */
export async function handOutInRounds(run: LineRun): Promise<'continue' | 'end'> {
  const { line, input } = run;
  for (;;) {
    await run.wake();
    await run.housekeep();
    const roster = await lineActivities.loadRoster({ queue: input.queue });
    if (roster.mode === 'manual') {
      // People assign by hand now; a later switch back rebuilds the line from the requests.
      line.clear();
      if (run.awayUntil.size === 0) return 'end';
    } else {
      await dispatch(run, roster.mode, roster.agents);
    }
    if (run.historyFull()) return 'continue';
  }
}

/**
 * Hands out what the roster can take, a round of at most `picksPerRound` at a time, each
 * round on a fresh roster; a pick of a request that is gone wasted a slot, so plan again.
 */
async function dispatch(run: LineRun, mode: AutomaticMode, first: RosterAgent[]): Promise<void> {
  const { line, input } = run;
  const limit = patched('line-bounded-rounds') ? picksPerRound : undefined;
  for (let agents = first; ; agents = (await lineActivities.loadRoster({ queue: input.queue })).agents) {
    const picks = line.plan(mode, agents, limit);
    if (picks.length === 0) return;
    const names = new Map(agents.map((agent) => [agent.id, agent.name]));
    const outcomes: LineAssignOutcome[] = await Promise.all(
      picks.map(({ requestId, agentId }) => picking.assignFromLine({ queue: input.queue, requestId, agentId, agentName: names.get(agentId) ?? agentId, updateId: run.nextUpdateId() })),
    );
    // A request offered again while its pick was in flight stays (LineState.settle).
    picks.forEach((pick, index) => line.settle(pick, outcomes[index]!));
    if (!outcomes.includes('gone') && (limit === undefined || picks.length < limit)) return;
  }
}

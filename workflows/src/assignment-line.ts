import type { AssignmentLineInput } from '@caseflow/contracts';
import { patched } from '@temporalio/workflow';
import { handOutInRounds } from './line-rounds';
import { type CarriedLine, LineRun } from './line-run';
import { handOutInWindow } from './line-window';

/**
 * One queue's line, one writer: requests come in by signal (enqueue), the line decides who
 * gets what from a roster it reads by activity (agents, availability, capacity and the load
 * counted from the requests), and assigns through the request's own assign Update, a
 * compare-and-set the request workflow decides. Its state is the line, the round-robin
 * cursor and the away timers; Temporal keeps them through worker crashes. A first run (and a
 * mode change) rebuilds the line from the requests, so nothing that waits can be missed.
 * It hands out in a sliding window of picks (line-window.ts); a line that started before the
 * window keeps its rounds (line-rounds.ts) until it continues as new.
 */
export async function assignmentLine(input: AssignmentLineInput, carried?: CarriedLine): Promise<void> {
  const run = new LineRun(input, carried);
  // Before any command: a run that started before the window keeps its rounds (its history has no marker).
  const sliding = patched('line-sliding-window');
  run.listen();
  if (!sliding) {
    if ((await handOutInRounds(run)) === 'continue') return run.continueAsNew(assignmentLine);
    return;
  }
  const outcome = await handOutInWindow(run);
  if (outcome !== 'end') return run.continueAsNew(assignmentLine, outcome.continueWith);
}

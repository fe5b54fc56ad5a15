/** One measured window at one offered rate. */
export interface Rung {
  rate: number;
  /** Calls the open loop made, and those that failed (HTTP or gRPC errors). */
  offered: number;
  errors: number;
  /** Units finished within the grace after the window (classified and delivered; or completed). */
  done: number;
  /** Start (or acceptance) → finished, of those done. */
  p50Ms: number;
  p99Ms: number;
  /** CPU time each process used during the window and its grace, per unit done (ms). */
  cpuMsPerUnit: Record<string, number>;
}

export interface SteadyRule {
  /** The p99 a rate must stay under to count as sustained. */
  p99LimitMs: number;
}

/**
 * Sustained: nothing failed, everything offered was finished within the grace after the
 * window (a backlog that grows is still unfinished then), and the p99 stays under the limit.
 */
export function isSteady(rung: Rung, rule: SteadyRule): boolean {
  return rung.errors === 0 && rung.done === rung.offered && rung.p99Ms <= rule.p99LimitMs;
}

/** The highest rate that is steady with every lower rate of the ladder steady too; 0 if none. */
export function highestSteadyRate(rungs: readonly { rate: number; steady: boolean }[]): number {
  let best = 0;
  for (const rung of [...rungs].sort((a, b) => a.rate - b.rate)) {
    if (!rung.steady) break;
    best = rung.rate;
  }
  return best;
}

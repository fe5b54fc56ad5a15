export interface PickWindowOptions {
  /** Never fewer picks in flight than this. */
  min: number;
  /** Never more. */
  max: number;
  /** Where a line starts (and a run from before the window was carried). */
  initial: number;
  /** A pick that took longer than this (send → settle) was queued behind others: the window halves. */
  slowMs: number;
}

export const defaultPickWindow: PickWindowOptions = { min: 1, max: 16, initial: 4, slowMs: 5_000 };

/**
 * How many picks a line keeps in flight, sized by how long its picks take (additive increase,
 * multiplicative decrease, as TCP sizes its window). A fixed size does not fit both a quiet
 * system and a loaded one: every line of a queue sends its own, and all of them meet in the
 * same worker slots, capacity guards and request workflows. Eight per line on ten lines kept
 * 80 picks out at once on a loaded machine; each waited so long behind the others that it ran
 * into its start-to-close timeout and was retried, and the lines handed out almost nothing.
 * A fast pick grows the window by one per window's worth of picks; a slow one halves it, once
 * per round trip (picks sent before the last cut were slow for the same reason).
 */
export class PickWindow {
  private size: number;
  private lastCutAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly options: PickWindowOptions = defaultPickWindow,
    size?: number,
  ) {
    this.size = Math.min(options.max, Math.max(options.min, size ?? options.initial));
  }

  /** Picks that may be in flight now. */
  get limit(): number {
    return Math.floor(this.size);
  }

  /** A pick sent at `sentAt` settled at `settledAt` (workflow time, ms). */
  settled(sentAt: number, settledAt: number): void {
    if (settledAt - sentAt > this.options.slowMs) {
      if (sentAt < this.lastCutAt) return;
      this.size = Math.max(this.options.min, this.size / 2);
      this.lastCutAt = settledAt;
      return;
    }
    this.size = Math.min(this.options.max, this.size + 1 / this.limit);
  }

  /** What the next run starts from. */
  snapshot(): number {
    return this.size;
  }
}

/**
 * At most `size` tasks at a time, the others waiting their turn in the order they came. The
 * analytics aggregates go through one: each holds a database connection and a core for up to
 * a second, and intake's pool (20 connections) must stay free for its first job, taking in
 * requests, however many leads open dashboards at once.
 */
export class Slots {
  readonly #size: number;
  #busy = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`size must be a positive integer, got ${size}`);
    this.#size = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#busy >= this.#size) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#busy++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, so #busy stays as it is; else it frees.
      const next = this.#waiting.shift();
      if (next === undefined) this.#busy--;
      else next();
    }
  }

  /** Tasks running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.#busy, waiting: this.#waiting.length };
  }
}

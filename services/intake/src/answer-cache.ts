/**
 * Keeps each analytics answer for a short while, by the question that produced it, and
 * computes it once however many callers ask at the same time: a room of leads (or one
 * impatient refresh button) costs PostgreSQL one aggregate over a million requests, not
 * one each. An answer that failed is not kept, so the next caller asks again.
 */
export class AnswerCache {
  readonly #entries = new Map<string, { at: number; value: Promise<unknown> }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  /** `ttlMs` 0 keeps nothing: every call computes. */
  constructor({ ttlMs, maxEntries = 500, now = Date.now }: { ttlMs: number; maxEntries?: number; now?: () => number }) {
    if (!Number.isFinite(ttlMs) || ttlMs < 0) throw new Error(`ttlMs must be a non-negative number, got ${ttlMs}`);
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error(`maxEntries must be a positive integer, got ${maxEntries}`);
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
    this.#now = now;
  }

  /** The answer to `key`, computed by `compute` unless a fresh one is kept; `ageMs`: how old it is. */
  async answer<T>(key: string, compute: () => Promise<T>): Promise<{ value: T; ageMs: number }> {
    if (this.#ttlMs === 0) return { value: await compute(), ageMs: 0 };
    const now = this.#now();
    for (const [k, entry] of this.#entries) if (now - entry.at >= this.#ttlMs) this.#entries.delete(k);
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      const value = compute();
      const mine = { at: now, value: value as Promise<unknown> };
      value.catch(() => {
        if (this.#entries.get(key) === mine) this.#entries.delete(key);
      });
      this.#entries.set(key, (entry = mine));
      // The oldest go first: a Map iterates in insertion order.
      while (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    }
    const value = (await entry.value) as T;
    return { value, ageMs: Math.max(0, this.#now() - entry.at) };
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** A cache key for a route and its query string, whatever order the parameters came in. */
export function questionKey(route: string, query: Record<string, unknown>): string {
  return `${route}?${JSON.stringify(Object.entries(query).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
}

/**
 * Keeps each analytics answer for a while, by the question that produced it, and computes it
 * once however many callers ask at the same time: a room of leads (or one impatient refresh
 * button) costs PostgreSQL one aggregate over a million requests, not one each.
 *
 * - Fresh (younger than `ttlMs`): the kept answer.
 * - Stale (younger than `ttlMs + staleMs`): the kept answer at once, and one recomputation in
 *   the background, so a lead never waits for an aggregate someone asked before.
 * - Older, never asked, or asked with `fresh` (HTTP `Cache-Control: no-cache`): computed now;
 *   callers who ask meanwhile wait for that same computation.
 * A failed computation is not kept: the next caller asks again (a failed background
 * recomputation leaves the stale answer and is reported to `onRefreshError`).
 *
 * Memory is bounded whatever callers ask: at most `maxEntries` answers and `maxBytes` of them
 * (by `sizeOf`, their JSON length by default), the least recently asked dropped first; an answer
 * larger than a quarter of `maxBytes` is served but not kept.
 */
export interface AnswerCacheOptions {
  /** How long an answer is fresh; 0 keeps nothing: every call computes. */
  ttlMs: number;
  /** How long after that it may still be served while a new one is computed. */
  staleMs?: number;
  maxEntries?: number;
  maxBytes?: number;
  sizeOf?: (value: unknown) => number;
  now?: () => number;
  onRefreshError?: (key: string, error: unknown) => void;
}

interface Entry {
  /** When the kept answer's computation started (its data is at least that recent). */
  at: number;
  value: Promise<unknown>;
  /** The computation running now, if any (the first one or a recomputation), and when it started. */
  running: { value: Promise<unknown>; at: number } | undefined;
  /** The kept answer's size by sizeOf; 0 until it is known. */
  bytes: number;
}

export class AnswerCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #staleMs: number;
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #sizeOf: (value: unknown) => number;
  readonly #now: () => number;
  readonly #onRefreshError: (key: string, error: unknown) => void;
  #bytes = 0;

  constructor({
    ttlMs,
    staleMs = 0,
    maxEntries = 500,
    maxBytes = 64 * 1024 * 1024,
    sizeOf = (value) => JSON.stringify(value)?.length ?? 0,
    now = Date.now,
    onRefreshError = () => undefined,
  }: AnswerCacheOptions) {
    for (const [name, value] of [['ttlMs', ttlMs], ['staleMs', staleMs], ['maxBytes', maxBytes]] as const) {
      if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got ${value}`);
    }
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error(`maxEntries must be a positive integer, got ${maxEntries}`);
    this.#ttlMs = ttlMs;
    this.#staleMs = staleMs;
    this.#maxEntries = maxEntries;
    this.#maxBytes = maxBytes;
    this.#sizeOf = sizeOf;
    this.#now = now;
    this.#onRefreshError = onRefreshError;
  }

  /** The answer to `key` and how old it is; `fresh` refuses a kept answer (but joins one being computed). */
  async answer<T>(key: string, compute: () => Promise<T>, { fresh = false }: { fresh?: boolean } = {}): Promise<{ value: T; ageMs: number }> {
    if (this.#ttlMs === 0) return { value: await compute(), ageMs: 0 };
    const now = this.#now();
    this.#forgetExpired(now);
    const entry = this.#entries.get(key);
    if (entry !== undefined && entry.running !== undefined && (fresh || entry.running.value === entry.value)) {
      // Asked while the answer is being computed: wait for that computation.
      return this.#settle<T>(entry.running.value, entry.running.at);
    }
    const age = entry === undefined ? Infinity : now - entry.at;
    if (entry !== undefined && !fresh && age < this.#ttlMs + this.#staleMs) {
      this.#touch(key, entry);
      if (age >= this.#ttlMs && entry.running === undefined) this.#refresh(key, entry, compute);
      return this.#settle<T>(entry.value, entry.at);
    }
    const value = compute() as Promise<unknown>;
    const started: Entry = { at: now, value, running: { value, at: now }, bytes: 0 };
    this.#forget(key);
    this.#entries.set(key, started);
    value.then(
      (answer) => {
        if (started.running?.value === value) started.running = undefined;
        if (this.#entries.get(key) === started) this.#account(key, started, answer);
      },
      () => {
        if (this.#entries.get(key) === started) this.#forget(key);
      },
    );
    // The least recently asked go first (a Map iterates in insertion order; a hit moves an entry
    // to the end), but never one being computed: callers are waiting for it.
    for (const [oldest, candidate] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries) break;
      if (candidate.running === undefined) this.#forget(oldest);
    }
    return this.#settle<T>(value, now);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The kept answers' total size, by sizeOf. */
  get bytes(): number {
    return this.#bytes;
  }

  async #settle<T>(value: Promise<unknown>, at: number): Promise<{ value: T; ageMs: number }> {
    const settled = (await value) as T;
    return { value: settled, ageMs: Math.max(0, this.#now() - at) };
  }

  #refresh(key: string, entry: Entry, compute: () => Promise<unknown>): void {
    const at = this.#now();
    const value = compute();
    entry.running = { value, at };
    value.then(
      (answer) => {
        if (entry.running?.value !== value) return;
        entry.at = at;
        entry.value = value;
        entry.running = undefined;
        if (this.#entries.get(key) === entry) this.#account(key, entry, answer);
      },
      (error: unknown) => {
        if (entry.running?.value === value) entry.running = undefined;
        try {
          this.#onRefreshError(key, error);
        } catch {
          // A reporter that throws must not turn a failed refresh into an unhandled rejection.
        }
      },
    );
  }

  #touch(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
  }

  /** Counts a kept answer's new size, then drops what the byte budget cannot hold, least recently asked first. */
  #account(key: string, entry: Entry, answer: unknown): void {
    this.#bytes -= entry.bytes;
    let bytes: number;
    try {
      bytes = this.#sizeOf(answer);
    } catch {
      bytes = Infinity;
    }
    // An answer that cannot be measured, or is too large, is served but not kept.
    if (!Number.isFinite(bytes) || bytes > this.#maxBytes / 4) {
      entry.bytes = 0;
      this.#forget(key);
      return;
    }
    entry.bytes = bytes;
    this.#bytes += bytes;
    for (const [oldest, candidate] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      // Answers still being computed weigh nothing yet: dropping them would free no memory.
      if (oldest !== key && candidate.bytes > 0) this.#forget(oldest);
    }
  }

  #forget(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#bytes -= entry.bytes;
    this.#entries.delete(key);
  }

  #forgetExpired(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.running === undefined && now - entry.at >= this.#ttlMs + this.#staleMs) this.#forget(key);
    }
  }
}

/** A cache key for a route and its query string, whatever order the parameters came in. */
export function questionKey(route: string, query: Record<string, unknown>): string {
  return `${route}?${JSON.stringify(Object.entries(query).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
}

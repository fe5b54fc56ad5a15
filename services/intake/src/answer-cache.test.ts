import { describe, expect, it } from 'vitest';
import { AnswerCache, questionKey } from './answer-cache';

/** A computation that answers only when released, counting how often it was started. */
class Held<T> {
  computations = 0;
  #release: (value: T) => void = () => undefined;

  readonly compute = (): Promise<T> => {
    this.computations++;
    return new Promise<T>((resolve) => (this.#release = resolve));
  };

  release(value: T): void {
    this.#release(value);
  }
}

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('AnswerCache', () => {
  it('computes once for callers that ask at the same time, and answers from the kept value until it is ttl old', async () => {
    const time = clock();
    const cache = new AnswerCache({ ttlMs: 30_000, now: time.now });
    const held = new Held<number>();
    const together = [cache.answer('q', held.compute), cache.answer('q', held.compute), cache.answer('q', held.compute)];
    held.release(42);
    expect((await Promise.all(together)).map((a) => a.value)).toEqual([42, 42, 42]);
    expect(held.computations).toBe(1);

    time.advance(29_999);
    expect(await cache.answer('q', async () => ++held.computations)).toEqual({ value: 42, ageMs: 29_999 });
    time.advance(1);
    expect(await cache.answer('q', async () => ++held.computations)).toEqual({ value: 2, ageMs: 0 });
  });

  it('keeps answers to different questions apart', async () => {
    const cache = new AnswerCache({ ttlMs: 30_000 });
    expect((await cache.answer('a', async () => 'A')).value).toBe('A');
    expect((await cache.answer('b', async () => 'B')).value).toBe('B');
    expect((await cache.answer('a', async () => 'not asked')).value).toBe('A');
  });

  it('does not keep a failed answer: the next caller computes again', async () => {
    const cache = new AnswerCache({ ttlMs: 30_000 });
    await expect(cache.answer('q', async () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(cache.size).toBe(0);
    expect((await cache.answer('q', async () => 'back')).value).toBe('back');
  });

  it('keeps nothing with ttl 0', async () => {
    const cache = new AnswerCache({ ttlMs: 0 });
    let computed = 0;
    await cache.answer('q', async () => ++computed);
    await cache.answer('q', async () => ++computed);
    expect(computed).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('holds at most maxEntries answers, dropping the oldest first, and forgets expired ones', async () => {
    const time = clock();
    const cache = new AnswerCache({ ttlMs: 30_000, maxEntries: 2, now: time.now });
    await cache.answer('a', async () => 'A');
    time.advance(1);
    await cache.answer('b', async () => 'B');
    await cache.answer('c', async () => 'C');
    expect(cache.size).toBe(2);
    expect((await cache.answer('a', async () => 'A again')).value).toBe('A again');
    time.advance(30_000);
    await cache.answer('d', async () => 'D');
    expect(cache.size).toBe(1);
  });

  it('serves a stale answer at once while one recomputation runs in the background, then the new answer', async () => {
    const time = clock();
    const cache = new AnswerCache({ ttlMs: 30_000, staleMs: 600_000, now: time.now });
    await cache.answer('q', async () => 'old');
    time.advance(45_000);
    const recomputation = new Held<string>();
    expect(await cache.answer('q', recomputation.compute)).toEqual({ value: 'old', ageMs: 45_000 });
    expect(await cache.answer('q', recomputation.compute)).toEqual({ value: 'old', ageMs: 45_000 });
    expect(recomputation.computations).toBe(1);
    time.advance(2_000);
    recomputation.release('new');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.answer('q', recomputation.compute)).toEqual({ value: 'new', ageMs: 2_000 });
    expect(recomputation.computations).toBe(1);
  });

  it('computes anew when asked for a fresh answer, and lets others asking meanwhile wait for it', async () => {
    const cache = new AnswerCache({ ttlMs: 30_000, staleMs: 600_000 });
    await cache.answer('q', async () => 'kept');
    const held = new Held<string>();
    const fresh = cache.answer('q', held.compute, { fresh: true });
    const alsoFresh = cache.answer('q', held.compute, { fresh: true });
    const meanwhile = cache.answer('q', held.compute);
    held.release('recomputed');
    expect((await Promise.all([fresh, alsoFresh, meanwhile])).map((a) => a.value)).toEqual(['recomputed', 'recomputed', 'recomputed']);
    expect(held.computations).toBe(1);
  });

  it('keeps the stale answer when its background recomputation fails, and says so', async () => {
    const time = clock();
    const failures: unknown[] = [];
    const cache = new AnswerCache({ ttlMs: 30_000, staleMs: 600_000, now: time.now, onRefreshError: (_key, error) => failures.push(error) });
    await cache.answer('q', async () => 'stale but good');
    time.advance(60_000);
    expect((await cache.answer('q', async () => Promise.reject(new Error('database gone')))).value).toBe('stale but good');
    await new Promise((resolve) => setImmediate(resolve));
    expect(failures).toEqual([new Error('database gone')]);
    expect((await cache.answer('q', async () => 'back')).value).toBe('stale but good');
    await new Promise((resolve) => setImmediate(resolve));
    expect((await cache.answer('q', async () => 'not asked')).value).toBe('back');
  });

  it('forgets an answer older than ttl and stale time together: the next caller waits for a new one', async () => {
    const time = clock();
    const cache = new AnswerCache({ ttlMs: 30_000, staleMs: 60_000, now: time.now });
    await cache.answer('q', async () => 'old');
    time.advance(90_000);
    expect(await cache.answer('q', async () => 'new')).toEqual({ value: 'new', ageMs: 0 });
  });

  it('holds at most maxBytes of answers, dropping the oldest first, and does not keep one larger than a quarter of it', async () => {
    const cache = new AnswerCache({ ttlMs: 30_000, maxBytes: 100, sizeOf: (value) => (value as string).length });
    await cache.answer('a', async () => 'x'.repeat(20));
    await cache.answer('b', async () => 'x'.repeat(20));
    await cache.answer('c', async () => 'x'.repeat(20));
    expect(cache.bytes).toBe(60);
    await cache.answer('d', async () => 'x'.repeat(25));
    await cache.answer('e', async () => 'x'.repeat(25));
    // 110 bytes: 'a' (the oldest) goes.
    expect([cache.size, cache.bytes]).toEqual([4, 90]);
    expect((await cache.answer('a', async () => 'computed again')).value).toBe('computed again');
    const big = await cache.answer('big', async () => 'x'.repeat(26));
    expect(big.value).toHaveLength(26);
    expect((await cache.answer('big', async () => 'not kept before')).value).toBe('not kept before');
    expect(cache.bytes).toBeLessThanOrEqual(100);
  });

  it('drops the least recently asked answer, never one still being computed', async () => {
    const cache = new AnswerCache({ ttlMs: 30_000, maxEntries: 2 });
    const slow = new Held<string>();
    const waiting = cache.answer('slow', slow.compute);
    await cache.answer('a', async () => 'A');
    await cache.answer('b', async () => 'B');
    // Over the limit: 'a' goes, not 'slow', which a second caller still shares.
    const joining = cache.answer('slow', slow.compute);
    slow.release('done');
    expect((await Promise.all([waiting, joining])).map((a) => a.value)).toEqual(['done', 'done']);
    expect(slow.computations).toBe(1);
    // Asking 'b' again makes 'slow' the least recently asked.
    await cache.answer('b', async () => 'not asked');
    await cache.answer('c', async () => 'C');
    expect((await cache.answer('b', async () => 'not asked')).value).toBe('B');
    expect((await cache.answer('slow', async () => 'computed again')).value).toBe('computed again');
  });

  it('lets a caller asking for a fresh answer wait for the recomputation already running behind a stale one', async () => {
    const time = clock();
    const cache = new AnswerCache({ ttlMs: 30_000, staleMs: 600_000, now: time.now });
    await cache.answer('q', async () => 'old');
    time.advance(60_000);
    const recomputation = new Held<string>();
    expect((await cache.answer('q', recomputation.compute)).value).toBe('old');
    time.advance(1_000);
    const fresh = cache.answer('q', recomputation.compute, { fresh: true });
    time.advance(1_000);
    recomputation.release('new');
    expect(await fresh).toEqual({ value: 'new', ageMs: 2_000 });
    expect(recomputation.computations).toBe(1);
  });

  it('survives a reporter that throws', async () => {
    const time = clock();
    const cache = new AnswerCache({ ttlMs: 30_000, staleMs: 600_000, now: time.now, onRefreshError: () => { throw new Error('reporter broke'); } });
    await cache.answer('q', async () => 'old');
    time.advance(60_000);
    expect((await cache.answer('q', async () => Promise.reject(new Error('database gone')))).value).toBe('old');
    await new Promise((resolve) => setImmediate(resolve));
    expect((await cache.answer('q', async () => 'new')).value).toBe('old');
  });

  it('refuses a negative ttl or stale time and a size below one', () => {
    expect(() => new AnswerCache({ ttlMs: -1 })).toThrow(/ttlMs/);
    expect(() => new AnswerCache({ ttlMs: 1, staleMs: Number.NaN })).toThrow(/staleMs/);
    expect(() => new AnswerCache({ ttlMs: 1, maxBytes: -1 })).toThrow(/maxBytes/);
    expect(() => new AnswerCache({ ttlMs: 1, maxEntries: 0 })).toThrow(/maxEntries/);
  });
});

describe('questionKey', () => {
  it('is the same whatever order the parameters came in, and leaves out absent ones', () => {
    expect(questionKey('/v1/analytics/sla', { queue: 'cards', from: '2026-11-01', to: undefined })).toBe(questionKey('/v1/analytics/sla', { from: '2026-11-01', queue: 'cards' }));
    expect(questionKey('/v1/analytics/sla', { queue: 'cards' })).not.toBe(questionKey('/v1/analytics/csat', { queue: 'cards' }));
    expect(questionKey('/v1/analytics/sla', { queue: 'cards' })).not.toBe(questionKey('/v1/analytics/sla', { queue: 'cash' }));
  });
});

import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { nextAttemptIn } from './schedule';

const policy = { initialRetryMs: 1_000, maxRetryMs: 8_000, budgetMs: 60_000 };
const start = new Date('2026-12-04T10:00:00Z');
const failed = (options: { nonRetryable?: boolean; nextRetryDelay?: number } = {}) => ApplicationFailure.create({ type: 'WebhookDeliveryFailed', message: 'HTTP 503', ...options });

describe('the retry schedule of an outbox delivery', () => {
  it('waits the initial interval, doubling after each failure up to the maximum, as Temporal\'s retry policy did', () => {
    const waits = [1, 2, 3, 4, 5, 6].map((n) => nextAttemptIn(failed(), n, start, policy, start.getTime()));
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it('waits as long as the receiver\'s Retry-After asks instead', () => {
    expect(nextAttemptIn(failed({ nextRetryDelay: 30_000 }), 1, start, policy, start.getTime())).toBe(30_000);
  });

  it('gives up on a permanent failure (4xx, refused address, disabled subscription) at once', () => {
    expect(nextAttemptIn(failed({ nonRetryable: true }), 1, start, policy, start.getTime())).toBeNull();
  });

  it('gives up when the next attempt would start after the budget, counted from planning', () => {
    expect(nextAttemptIn(failed(), 5, start, policy, start.getTime() + 52_000)).toBe(8_000);
    expect(nextAttemptIn(failed(), 5, start, policy, start.getTime() + 52_001)).toBeNull();
  });

  it('retries an error that is no answer of the receiver (the database was away) on the same schedule', () => {
    expect(nextAttemptIn(new Error('connection terminated'), 2, start, policy, start.getTime())).toBe(2_000);
  });
});

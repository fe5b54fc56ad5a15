import type { DeliveryPolicy } from '@caseflow/contracts';
import { ApplicationFailure } from '@temporalio/common';

/**
 * When to try again after the `failed`-th failed attempt, as Temporal's retry policy did for
 * the delivery workflows: `initialRetryMs` doubling up to `maxRetryMs`, or the receiver's
 * Retry-After; null when the failure is permanent or the next attempt would start after the
 * budget counted from `budgetFrom` (then the delivery is dead).
 */
export function nextAttemptIn(error: unknown, failed: number, budgetFrom: Date, policy: Pick<DeliveryPolicy, 'initialRetryMs' | 'maxRetryMs' | 'budgetMs'>, now = Date.now()): number | null {
  if (error instanceof ApplicationFailure && error.nonRetryable) return null;
  const backoff = Math.min(policy.initialRetryMs * 2 ** Math.max(0, failed - 1), policy.maxRetryMs);
  const asked = error instanceof ApplicationFailure && typeof error.nextRetryDelay === 'number' ? error.nextRetryDelay : undefined;
  const delay = asked ?? backoff;
  return now + delay > budgetFrom.getTime() + policy.budgetMs ? null : delay;
}

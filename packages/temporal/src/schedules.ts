import { type Client, type ScheduleOptionsAction, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleSpec } from '@temporalio/client';
import type { Logger } from '@caseflow/logging';

/**
 * Creates a Schedule, or brings an existing one to this spec and action. Safe to run from
 * every copy of a worker at start: whichever creates first wins, the others update.
 */
export async function ensureSchedule(client: Client, scheduleId: string, note: string, wanted: { spec: ScheduleSpec; action: ScheduleOptionsAction }): Promise<void> {
  // Skip, never pile up: a run still going when the next is due makes the next redundant.
  const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' } as const;
  try {
    await client.schedule.create({ scheduleId, spec: wanted.spec, action: wanted.action, policies, state: { note } });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec: wanted.spec, action: wanted.action, policies, state: { ...previous.state, note } }));
  }
}

/**
 * Ensures a worker's Schedules in the background, again and again with a growing pause (up to
 * 30 s) until it succeeds: a worker must not die because Temporal was briefly unreachable
 * while it started (a restart right after a server restart).
 */
export function ensureSchedulesInBackground(logger: Logger, what: string, ensure: () => Promise<void>, settled: Record<string, unknown> = {}): void {
  void (async () => {
    for (let delayMs = 500; ; delayMs = Math.min(delayMs * 2, 30_000)) {
      try {
        await ensure();
        logger.info(settled, `${what} in place`);
        return;
      } catch (error) {
        logger.warn({ err: error, retryInMs: delayMs }, `could not ensure the ${what} yet`);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  })();
}

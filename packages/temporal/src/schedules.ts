import { type Client, type ScheduleOptionsAction, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleSpec } from '@temporalio/client';

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

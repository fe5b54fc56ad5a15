import { priorities } from '@caseflow/contracts';
import { createSlaPolicy, type Db, findMatchingSlaPolicy, type SlaPolicyRow } from '@caseflow/db';
import { addBusinessTime } from '@caseflow/sla';

/**
 * The SLA policies the demo runs on: the ones configured for each priority (category-less),
 * or, where a priority has none, a demo policy created for it — business hours Monday to
 * Friday 08:00–19:00 UTC, urgent round the clock.
 */
export const demoTargets: Record<string, { firstResponseMinutes: number; nextReplyMinutes: number; resolutionMinutes: number }> = {
  urgent: { firstResponseMinutes: 30, nextReplyMinutes: 30, resolutionMinutes: 4 * 60 },
  high: { firstResponseMinutes: 60, nextReplyMinutes: 2 * 60, resolutionMinutes: 8 * 60 },
  normal: { firstResponseMinutes: 4 * 60, nextReplyMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
  low: { firstResponseMinutes: 8 * 60, nextReplyMinutes: 8 * 60, resolutionMinutes: 72 * 60 },
};

export async function ensureDemoPolicies(db: Db, say: (line: string) => void = () => {}): Promise<Map<string, SlaPolicyRow>> {
  const byPriority = new Map<string, SlaPolicyRow>();
  for (const priority of priorities) {
    let policy = await findMatchingSlaPolicy(db, priority, null);
    if (policy === undefined) {
      const targets = demoTargets[priority]!;
      policy = await createSlaPolicy(db, {
        name: `demo ${priority}`,
        priority,
        category: null,
        ...targets,
        warnFraction: 0.8,
        escalationAction: 'notify',
        escalationQueue: null,
        roundTheClock: priority === 'urgent',
        calendar: { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], openTime: '08:00', closeTime: '19:00', holidays: [] },
      });
      say(`created SLA policy "${policy.name}" (${targets.firstResponseMinutes} min first response, ${targets.nextReplyMinutes} min next reply, ${targets.resolutionMinutes / 60} h resolution)\n`);
    }
    byPriority.set(priority, policy);
  }
  return byPriority;
}

export function demoDueAt(policy: SlaPolicyRow | undefined, start: Date, minutes: number): Date {
  if (policy === undefined || policy.round_the_clock) return new Date(start.getTime() + minutes * 60_000);
  return addBusinessTime(policy.calendar, start, minutes * 60_000);
}

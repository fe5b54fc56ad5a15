import type { SlaClocks } from '@caseflow/db';
import { elapsedBusinessTime, type SlaClock, slaClockNames } from '@caseflow/sla';
import { Type } from 'typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const SlaClockView = Type.Object({
  state: Type.Union([Type.Literal('running'), Type.Literal('paused'), Type.Literal('stopped')], { description: 'stopped: met (or no longer counted); paused: waiting on the customer' }),
  targetMinutes: Type.Union([Type.Number(), Type.Null()], { description: 'business minutes; null: no SLA policy applies' }),
  dueAt: Nullable(Type.String()),
  warnAt: Nullable(Type.String({ description: 'when the clock reaches the policy\'s warn fraction' })),
  breached: Type.Boolean(),
  stoppedAt: Nullable(Type.String()),
  businessMinutesRemaining: Type.Union([Type.Number(), Type.Null()], { description: 'of the target, in the policy\'s business calendar, at the time of the answer; negative when overdue' }),
});

export const SlaClocksView = Type.Union(
  [
    Type.Object({
      firstResponse: SlaClockView,
      resolution: SlaClockView,
      nextReply: Type.Union([SlaClockView, Type.Null()], { description: 'from a customer\'s message (after the first response) to the next public reply; null until a customer\'s message first awaited one' }),
    }),
    Type.Null(),
  ],
  {
  description: 'the workflow\'s SLA clocks as last recorded; null for a request that recorded no event since they were kept',
});

function clockView(clock: SlaClock, calendar: SlaClocks['calendar'], now: Date) {
  const remaining = clock.targetMinutes === null || calendar === null ? null : Math.round((clock.targetMinutes * 60_000 - elapsedBusinessTime(clock, calendar, now)) / 6_000) / 10;
  return {
    state: clock.stoppedAt !== null ? ('stopped' as const) : clock.runningSince === null ? ('paused' as const) : ('running' as const),
    targetMinutes: clock.targetMinutes,
    dueAt: clock.dueAt,
    warnAt: clock.warnAt,
    breached: clock.breached,
    stoppedAt: clock.stoppedAt,
    businessMinutesRemaining: remaining,
  };
}

/** The request page's SLA clocks, with business time remaining counted now. */
export function presentSlaClocks(clocks: SlaClocks | null, now: Date) {
  if (clocks === null) return null;
  const nextReply = clocks.nextReply ?? null;
  return {
    firstResponse: clockView(clocks.firstResponse, clocks.calendar, now),
    resolution: clockView(clocks.resolution, clocks.calendar, now),
    nextReply: nextReply === null ? null : clockView(nextReply, clocks.calendar, now),
  };
}

/**
 * When the request's SLA countdown turns amber in a list: the policy's warning time of the
 * clock that `slaDueAt` is the due time of (the earliest running clock), the same `warnAt`
 * the request page's `slaClocks` answers. Null without clocks recorded, without a running
 * clock, or when the policy warns of nothing.
 */
export function slaWarnAt(clocks: SlaClocks | null, slaDueAt: Date | null): string | null {
  if (clocks === null || slaDueAt === null) return null;
  const due = (clock: SlaClock | undefined) => clock !== undefined && clock.stoppedAt === null && clock.runningSince !== null && clock.dueAt !== null && Date.parse(clock.dueAt) === slaDueAt.getTime();
  return slaClockNames.map((name) => clocks[name] as SlaClock | undefined).find(due)?.warnAt ?? null;
}

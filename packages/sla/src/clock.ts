import { addBusinessTime, type BusinessCalendar, businessTimeBetween, roundTheClockCalendar, sameCalendar } from './calendar';

/**
 * One SLA clock (first response or resolution) as plain JSON, so a workflow can hold it
 * and carry it through continue-as-new. Business time already counted is banked in
 * `elapsedMs`; while the clock runs, time since `runningSince` counts on top.
 */
export interface SlaClock {
  targetMinutes: number | null;
  elapsedMs: number;
  /** ISO instant since which the clock runs; null while paused or stopped. */
  runningSince: string | null;
  /** ISO instant the clock stopped at (target met or no longer relevant). */
  stoppedAt: string | null;
  dueAt: string | null;
  warnAt: string | null;
  warned: boolean;
  breached: boolean;
}

export const escalationActions = ['notify', 'raise_priority', 'escalation_queue'] as const;
export type EscalationAction = (typeof escalationActions)[number];

/** The parts of an SLA policy a running request needs. */
export interface SlaTerms {
  policyId: string;
  policyVersion: number;
  name: string;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /**
   * Business minutes from a customer's message to the next public reply; null (or absent, in
   * terms recorded before it existed): the next-reply clock runs without a due time.
   */
  nextReplyMinutes?: number | null;
  /** Warn when this fraction of a target has elapsed (e.g. 0.8); null: no warning. */
  warnFraction: number | null;
  escalationAction: EscalationAction;
  escalationQueue: string | null;
  /** Escalation notices go out at once, not held until the calendar's next opening. */
  roundTheClock: boolean;
  calendar: BusinessCalendar;
}

export interface SlaState {
  terms: SlaTerms | null;
  firstResponse: SlaClock;
  resolution: SlaClock;
  /**
   * From a customer's message (once the first response is behind) to the next public reply.
   * Null until a customer's message first awaits one; absent in states recorded before the
   * clock existed, which read as null.
   */
  nextReply?: SlaClock | null;
}

export const slaClockNames = ['firstResponse', 'resolution', 'nextReply'] as const;
export type SlaClockName = (typeof slaClockNames)[number];
/**
 * `start` begins a new cycle (nothing elapsed, not warned, not breached) on a clock that is
 * stopped or has never run; a clock still running or paused keeps counting, so a customer
 * who writes twice does not push back the reply they are owed.
 */
export type ClockOperation = 'pause' | 'resume' | 'stop' | 'restart' | 'start';
export type ClockOperations = Partial<Record<SlaClockName, ClockOperation>>;

const MINUTE = 60_000;

/** A clock of the state; the next-reply clock is null before it first runs (and absent in older states). */
export function clockOf(sla: SlaState, name: SlaClockName): SlaClock | null {
  return name === 'nextReply' ? (sla.nextReply ?? null) : sla[name];
}

/** A customer's message is still unanswered: the next-reply clock runs or is paused. */
export function awaitingReply(sla: SlaState): boolean {
  const clock = sla.nextReply ?? null;
  return clock !== null && clock.stoppedAt === null;
}

function freshClock(at: string): SlaClock {
  return { targetMinutes: null, elapsedMs: 0, runningSince: at, stoppedAt: null, dueAt: null, warnAt: null, warned: false, breached: false };
}

/** Both clocks running from the request's creation, without targets until a policy applies. */
export function initialSla(createdAt: string): SlaState {
  return { terms: null, firstResponse: freshClock(createdAt), resolution: freshClock(createdAt), nextReply: null };
}

export function elapsedBusinessTime(clock: SlaClock, calendar: BusinessCalendar, now: Date): number {
  if (clock.runningSince === null) return clock.elapsedMs;
  return clock.elapsedMs + businessTimeBetween(calendar, new Date(clock.runningSince), now);
}

/** Banks the time counted so far and counts on from `now` (no change in what has elapsed). */
function rebase(clock: SlaClock, calendar: BusinessCalendar, now: Date): SlaClock {
  if (clock.runningSince === null) return clock;
  return { ...clock, elapsedMs: elapsedBusinessTime(clock, calendar, now), runningSince: now.toISOString() };
}

function operate(clock: SlaClock, operation: ClockOperation | undefined, calendar: BusinessCalendar, now: Date): SlaClock {
  const at = now.toISOString();
  switch (operation) {
    case undefined:
      return clock;
    case 'pause':
      return clock.runningSince === null ? clock : { ...rebase(clock, calendar, now), runningSince: null };
    case 'resume':
      return clock.runningSince !== null || clock.stoppedAt !== null ? clock : { ...clock, runningSince: at };
    case 'stop':
      return clock.stoppedAt !== null ? clock : { ...rebase(clock, calendar, now), runningSince: null, stoppedAt: at };
    case 'restart':
      return clock.stoppedAt === null ? clock : { ...clock, stoppedAt: null, runningSince: at };
    case 'start':
      return clock.stoppedAt === null ? clock : freshClock(at);
  }
}

/** Due and warning instants of a running clock from its target; a paused clock has none. */
function schedule(clock: SlaClock, targetMinutes: number | null, terms: SlaTerms | null): SlaClock {
  if (clock.stoppedAt !== null) return { ...clock, targetMinutes };
  if (targetMinutes === null || terms === null || clock.runningSince === null) return { ...clock, targetMinutes, dueAt: null, warnAt: null };
  const since = new Date(clock.runningSince);
  const at = (fraction: number) => addBusinessTime(terms.calendar, since, targetMinutes * MINUTE * fraction - clock.elapsedMs).toISOString();
  return { ...clock, targetMinutes, dueAt: at(1), warnAt: terms.warnFraction === null ? null : at(terms.warnFraction) };
}

/**
 * Applies clock operations and the terms now in force. Time already elapsed and time
 * already paused are kept: a new target counts from the original start, in business time,
 * never from the moment of the change. Elapsed time is counted in the calendar that was in
 * force while it passed.
 */
export function replan(sla: SlaState, terms: SlaTerms | null, now: Date, operations: ClockOperations = {}): SlaState {
  const previous = sla.terms?.calendar ?? null;
  const counting = previous ?? terms?.calendar ?? roundTheClockCalendar();
  const calendarChanged = previous !== null && terms !== null && !sameCalendar(previous, terms.calendar);
  const next = (clock: SlaClock, operation: ClockOperation | undefined, target: number | null): SlaClock => {
    if (calendarChanged) clock = rebase(clock, counting, now);
    return schedule(operate(clock, operation, counting, now), target, terms);
  };
  const previousReply = sla.nextReply ?? null;
  const nextReply =
    previousReply === null
      ? operations.nextReply === 'start'
        ? schedule(freshClock(now.toISOString()), terms?.nextReplyMinutes ?? null, terms)
        : null
      : next(previousReply, operations.nextReply, terms?.nextReplyMinutes ?? null);
  return {
    terms,
    firstResponse: next(sla.firstResponse, operations.firstResponse, terms?.firstResponseMinutes ?? null),
    resolution: next(sla.resolution, operations.resolution, terms?.resolutionMinutes ?? null),
    nextReply,
  };
}

export interface SlaDeadline {
  clock: SlaClockName;
  kind: 'warning' | 'breach';
  at: string;
}

/** Warnings and breaches still to come, earliest first: what the workflow keeps timers for. */
export function pendingDeadlines(sla: SlaState): SlaDeadline[] {
  const deadlines: SlaDeadline[] = [];
  for (const name of slaClockNames) {
    const clock = clockOf(sla, name);
    if (clock === null || clock.runningSince === null || clock.breached) continue;
    if (clock.warnAt !== null && !clock.warned) deadlines.push({ clock: name, kind: 'warning', at: clock.warnAt });
    if (clock.dueAt !== null) deadlines.push({ clock: name, kind: 'breach', at: clock.dueAt });
  }
  return deadlines.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The due time operators see: the earliest due of a running clock, breached or not (overdue shows as past). */
export function currentDueAt(sla: SlaState): string | null {
  const dues = slaClockNames.flatMap((name) => {
    const clock = clockOf(sla, name);
    return clock !== null && clock.runningSince !== null && clock.dueAt !== null ? [clock.dueAt] : [];
  });
  return dues.sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
}

/** Whether a clock is breached now; a next-reply cycle that starts anew is not (the request's slaBreached stays, request-state.ts). */
export function anyBreached(sla: SlaState): boolean {
  return slaClockNames.some((name) => clockOf(sla, name)?.breached === true);
}

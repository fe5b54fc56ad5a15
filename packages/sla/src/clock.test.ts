import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './calendar';
import { anyBreached, awaitingReply, currentDueAt, initialSla, pendingDeadlines, replan, type SlaState, type SlaTerms } from './clock';

const utcOffice: BusinessCalendar = { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '17:00', holidays: [] };

function terms(resolutionMinutes: number, overrides: Partial<SlaTerms> = {}): SlaTerms {
  return {
    policyId: 'p',
    policyVersion: 1,
    name: 'test',
    firstResponseMinutes: 60,
    resolutionMinutes,
    warnFraction: null,
    escalationAction: 'notify',
    escalationQueue: null,
    roundTheClock: false,
    calendar: utcOffice,
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);

describe('SLA clocks', () => {
  // Monday 2026-11-30 09:00 UTC.
  const created = '2026-11-30T09:00:00.000Z';

  it('counts targets from creation in business time', () => {
    const sla = replan(initialSla(created), terms(8 * 60), at('2026-11-30T09:05:00Z'));
    expect(sla.firstResponse.dueAt).toBe('2026-11-30T10:00:00.000Z');
    expect(sla.resolution.dueAt).toBe('2026-11-30T17:00:00.000Z');
    expect(currentDueAt(sla)).toBe('2026-11-30T10:00:00.000Z');
  });

  it('pauses the resolution clock while waiting on the customer and moves its due time by the pause', () => {
    let sla = replan(initialSla(created), terms(8 * 60), at(created));
    sla = replan(sla, sla.terms, at('2026-11-30T11:00:00Z'), { resolution: 'pause' });
    expect(sla.resolution).toMatchObject({ runningSince: null, dueAt: null, elapsedMs: 2 * 3600_000 });
    expect(pendingDeadlines(sla).map((d) => d.clock)).toEqual(['firstResponse']);
    sla = replan(sla, sla.terms, at('2026-11-30T14:00:00Z'), { resolution: 'resume' });
    // 2 h counted before the pause, 6 h left from 14:00: 3 h on Monday, 3 h on Tuesday.
    expect(sla.resolution.dueAt).toBe('2026-12-01T12:00:00.000Z');
  });

  it('recomputes from a new target keeping the business time elapsed and the time paused', () => {
    let sla = replan(initialSla(created), terms(16 * 60), at(created));
    sla = replan(sla, sla.terms, at('2026-11-30T10:00:00Z'), { resolution: 'pause' });
    sla = replan(sla, sla.terms, at('2026-11-30T15:00:00Z'), { resolution: 'resume' });
    // Priority raised at 16:00: the new 4 h target counts 1 h before the pause and 1 h after it.
    sla = replan(sla, terms(4 * 60, { policyId: 'q' }), at('2026-11-30T16:00:00Z'));
    expect(sla.resolution.dueAt).toBe('2026-12-01T10:00:00.000Z');
    expect(sla.terms?.policyId).toBe('q');
  });

  it('keeps elapsed time counted in the old calendar when the calendar changes', () => {
    let sla = replan(initialSla(created), terms(8 * 60), at(created));
    const roundTheClock: BusinessCalendar = { ...utcOffice, workingDays: [1, 2, 3, 4, 5, 6, 7], openTime: '00:00', closeTime: '24:00' };
    // 3 office hours elapsed by 12:00; 5 h left on a 24×7 calendar from 12:00.
    sla = replan(sla, terms(8 * 60, { calendar: roundTheClock }), at('2026-11-30T12:00:00Z'));
    expect(sla.resolution.dueAt).toBe('2026-11-30T17:00:00.000Z');
    expect(sla.resolution.elapsedMs).toBe(3 * 3600_000);
  });

  it('puts a due time into the past when a shorter target has already been used up', () => {
    let sla = replan(initialSla(created), terms(8 * 60), at(created));
    sla = replan(sla, terms(30), at('2026-11-30T12:00:00Z'));
    expect(Date.parse(sla.resolution.dueAt!)).toBeLessThan(Date.parse('2026-11-30T12:00:00Z'));
    expect(pendingDeadlines(sla).find((d) => d.clock === 'resolution' && d.kind === 'breach')).toBeDefined();
  });

  it('stops a clock for good and restarts it on reopen with its elapsed time', () => {
    let sla = replan(initialSla(created), terms(8 * 60), at(created));
    sla = replan(sla, sla.terms, at('2026-11-30T13:00:00Z'), { firstResponse: 'stop', resolution: 'stop' });
    expect(pendingDeadlines(sla)).toEqual([]);
    expect(sla.resolution.stoppedAt).toBe('2026-11-30T13:00:00.000Z');
    sla = replan(sla, sla.terms, at('2026-12-01T09:00:00Z'), { resolution: 'restart' });
    expect(sla.resolution.dueAt).toBe('2026-12-01T13:00:00.000Z');
    expect(sla.firstResponse.stoppedAt).not.toBeNull();
  });

  it('warns at the configured fraction of the target', () => {
    const sla = replan(initialSla(created), terms(8 * 60, { warnFraction: 0.75 }), at(created));
    expect(sla.resolution.warnAt).toBe('2026-11-30T15:00:00.000Z');
    expect(pendingDeadlines(sla).map((d) => `${d.clock}:${d.kind}`)).toEqual([
      'firstResponse:warning',
      'firstResponse:breach',
      'resolution:warning',
      'resolution:breach',
    ]);
  });

  it('has no due times without a policy', () => {
    const sla = replan(initialSla(created), null, at(created));
    expect(currentDueAt(sla)).toBeNull();
    expect(pendingDeadlines(sla)).toEqual([]);
  });

  describe('the next-reply clock', () => {
    const replyTerms = (nextReplyMinutes: number | null, overrides: Partial<SlaTerms> = {}) => terms(8 * 60, { nextReplyMinutes, ...overrides });
    const answered = (t: SlaTerms) => replan(replan(initialSla(created), t, at(created)), t, at('2026-11-30T09:30:00Z'), { firstResponse: 'stop' });

    it('does not run before a customer message, and runs from one for its target in business time', () => {
      let sla = answered(replyTerms(120, { resolutionMinutes: 24 * 60 }));
      expect(sla.nextReply).toBeNull();
      expect(awaitingReply(sla)).toBe(false);
      // Monday 16:00 + 2 business hours (office closes at 17:00) → Tuesday 10:00.
      sla = replan(sla, sla.terms, at('2026-11-30T16:00:00Z'), { nextReply: 'start' });
      expect(sla.nextReply).toMatchObject({ targetMinutes: 120, runningSince: '2026-11-30T16:00:00.000Z', dueAt: '2026-12-01T10:00:00.000Z', breached: false });
      expect(awaitingReply(sla)).toBe(true);
      expect(currentDueAt(sla)).toBe('2026-12-01T10:00:00.000Z');
      expect(pendingDeadlines(sla).map((d) => `${d.clock}:${d.kind}`)).toEqual(['nextReply:breach', 'resolution:breach']);
    });

    it('keeps counting from the first unanswered message when the customer writes again', () => {
      let sla = replan(answered(replyTerms(60)), replyTerms(60), at('2026-11-30T10:00:00Z'), { nextReply: 'start' });
      sla = replan(sla, sla.terms, at('2026-11-30T10:40:00Z'), { nextReply: 'start' });
      expect(sla.nextReply?.dueAt).toBe('2026-11-30T11:00:00.000Z');
    });

    it('stops at the reply and starts a fresh cycle, not warned or breached, at the next customer message', () => {
      let sla = replan(answered(replyTerms(60, { warnFraction: 0.5 })), replyTerms(60, { warnFraction: 0.5 }), at('2026-11-30T10:00:00Z'), { nextReply: 'start' });
      const breached: SlaState = { ...sla, nextReply: { ...sla.nextReply!, warned: true, breached: true } };
      expect(anyBreached(breached)).toBe(true);
      sla = replan(breached, breached.terms, at('2026-11-30T11:30:00Z'), { nextReply: 'stop' });
      expect(sla.nextReply).toMatchObject({ stoppedAt: '2026-11-30T11:30:00.000Z', runningSince: null });
      expect(pendingDeadlines(sla).filter((d) => d.clock === 'nextReply')).toEqual([]);
      sla = replan(sla, sla.terms, at('2026-11-30T13:00:00Z'), { nextReply: 'start' });
      expect(sla.nextReply).toMatchObject({ elapsedMs: 0, warned: false, breached: false, stoppedAt: null, warnAt: '2026-11-30T13:30:00.000Z', dueAt: '2026-11-30T14:00:00.000Z' });
    });

    it('pauses while waiting on the customer and moves its due time by the pause', () => {
      let sla = replan(answered(replyTerms(60)), replyTerms(60), at('2026-11-30T10:00:00Z'), { nextReply: 'start' });
      sla = replan(sla, sla.terms, at('2026-11-30T10:20:00Z'), { nextReply: 'pause', resolution: 'pause' });
      expect(sla.nextReply).toMatchObject({ runningSince: null, dueAt: null, elapsedMs: 20 * 60_000 });
      expect(awaitingReply(sla)).toBe(true);
      sla = replan(sla, sla.terms, at('2026-11-30T15:00:00Z'), { nextReply: 'resume', resolution: 'resume' });
      expect(sla.nextReply?.dueAt).toBe('2026-11-30T15:40:00.000Z');
    });

    it('runs without a due time under a policy that sets no next-reply target, and reads a state from before the clock as none', () => {
      const sla = replan(answered(replyTerms(null)), replyTerms(null), at('2026-11-30T10:00:00Z'), { nextReply: 'start' });
      expect(sla.nextReply).toMatchObject({ targetMinutes: null, dueAt: null, runningSince: '2026-11-30T10:00:00.000Z' });
      const { nextReply: _, ...older } = answered(replyTerms(60));
      expect(replan(older, older.terms, at('2026-11-30T10:00:00Z')).nextReply).toBeNull();
      expect(pendingDeadlines(older).map((d) => d.clock)).toEqual(['resolution']);
    });
  });
});

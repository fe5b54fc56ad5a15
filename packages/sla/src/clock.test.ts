import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './calendar';
import { currentDueAt, initialSla, pendingDeadlines, replan, type SlaTerms } from './clock';

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
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, type BusinessCalendar, businessTimeBetween, calendarProblems, nextBusinessInstant } from './calendar';

const MINUTE = 60_000;
const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const officeHours: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  workingDays: [1, 2, 3, 4, 5],
  openTime: '09:00',
  closeTime: '18:00',
  holidays: ['2026-12-25', '2026-12-26'],
};

/** Local wall time of `iso` in the calendar's zone, "YYYY-MM-DD HH:MM". */
function local(calendar: BusinessCalendar, date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: calendar.timeZone, dateStyle: 'short', timeStyle: 'short' }).format(date);
}

describe('business calendar examples', () => {
  it('moves one hour from Friday 17:55 to Monday 09:55 in a Mon–Fri 9–18 calendar', () => {
    const friday = new Date('2026-11-27T16:55:00Z'); // 17:55 in Berlin
    expect(local(officeHours, addBusinessTime(officeHours, friday, 60 * MINUTE))).toBe('2026-11-30 09:55');
  });

  it('skips holidays', () => {
    const christmasEve = new Date('2026-12-24T16:00:00Z'); // Thursday 17:00
    expect(local(officeHours, addBusinessTime(officeHours, christmasEve, 120 * MINUTE))).toBe('2026-12-28 10:00');
  });

  it('ends at closing time rather than at the next opening when the target fits exactly', () => {
    const friday = new Date('2026-11-27T16:00:00Z'); // 17:00
    expect(local(officeHours, addBusinessTime(officeHours, friday, 60 * MINUTE))).toBe('2026-11-27 18:00');
  });

  it('counts the short day when clocks spring forward in a round-the-clock calendar', () => {
    const always: BusinessCalendar = { ...officeHours, workingDays: [1, 2, 3, 4, 5, 6, 7], openTime: '00:00', closeTime: '24:00', holidays: [] };
    const dayBefore = new Date('2026-03-28T23:00:00Z'); // Sunday 29 March 00:00 in Berlin, a 23-hour day
    const dayAfter = new Date('2026-03-29T22:00:00Z');
    expect(businessTimeBetween(always, dayBefore, dayAfter)).toBe(23 * 60 * MINUTE);
  });

  it('finds the next opening from outside working time and keeps working time as it is', () => {
    expect(local(officeHours, nextBusinessInstant(officeHours, new Date('2026-11-28T12:00:00Z')))).toBe('2026-11-30 09:00');
    const tuesday = new Date('2026-12-01T10:00:00Z');
    expect(nextBusinessInstant(officeHours, tuesday)).toEqual(tuesday);
  });

  it('names every problem of a broken calendar', () => {
    const problems = calendarProblems({ timeZone: 'Mars/Olympus', workingDays: [0, 1, 1], openTime: '18:00', closeTime: '09:00', holidays: ['25.12.2026'] });
    expect(problems).toHaveLength(5);
  });
});

// --- property tests against a brute-force, minute-by-minute reference --------------------

const parts = new Map<string, Intl.DateTimeFormat>();
/** The reference's own reading of the definition: local date, weekday and minute of day. */
function isWorkingMinute(calendar: BusinessCalendar, t: number): boolean {
  let format = parts.get(calendar.timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: calendar.timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    parts.set(calendar.timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(new Date(t)).map((part) => [part.type, part.value]));
  const minuteOfDay = Number(p['hour']) * 60 + Number(p['minute']);
  const [openH, openM] = calendar.openTime.split(':').map(Number) as [number, number];
  const [closeH, closeM] = calendar.closeTime.split(':').map(Number) as [number, number];
  return (
    calendar.workingDays.includes(weekdays[p['weekday']!]!) &&
    !calendar.holidays.includes(`${p['year']}-${p['month']}-${p['day']}`) &&
    minuteOfDay >= openH * 60 + openM &&
    minuteOfDay < closeH * 60 + closeM
  );
}

function bruteAdd(calendar: BusinessCalendar, start: number, minutes: number): number {
  let t = start;
  for (let counted = 0; counted < minutes; t += MINUTE) if (isWorkingMinute(calendar, t)) counted += 1;
  return t;
}

function bruteBetween(calendar: BusinessCalendar, from: number, to: number): number {
  let minutes = 0;
  for (let t = from; t < to; t += MINUTE) if (isWorkingMinute(calendar, t)) minutes += 1;
  return minutes * MINUTE;
}

// Zones with DST at 01:00/02:00/03:00 local, at midnight (Santiago, Havana), by 30 minutes
// (Lord Howe), with a 45-minute offset (Chatham), and without DST.
const zones = ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata', 'UTC'];
// Near the 2026 transitions of those zones, plus anywhere in 2026–2027.
const transitionDays = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-06', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01'];

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const calendarArb = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 7 }),
    open: fc.integer({ min: 0, max: 22 * 60 }),
    length: fc.integer({ min: 60, max: 24 * 60 }),
    holidays: fc.uniqueArray(fc.constantFrom(...transitionDays, '2026-12-25', '2027-01-01'), { maxLength: 3 }),
  })
  .map(({ timeZone, workingDays, open, length, holidays }): BusinessCalendar => ({
    timeZone,
    workingDays,
    openTime: hhmm(open),
    closeTime: hhmm(Math.min(open + length, 24 * 60)),
    holidays,
  }));

const startArb = fc.oneof(
  fc.tuple(fc.constantFrom(...transitionDays), fc.integer({ min: -3 * 24 * 60, max: 24 * 60 })).map(([day, minutes]) => Date.parse(`${day}T00:00:00Z`) + minutes * MINUTE),
  fc.integer({ min: Date.parse('2026-01-01T00:00:00Z') / MINUTE, max: Date.parse('2027-12-31T00:00:00Z') / MINUTE }).map((minute) => minute * MINUTE),
);

describe('business calendar properties (against a minute-by-minute reference)', () => {
  it('adds working minutes exactly as counting minute by minute does', () => {
    fc.assert(
      fc.property(calendarArb, startArb, fc.integer({ min: 0, max: 900 }), (calendar, start, minutes) => {
        expect(addBusinessTime(calendar, new Date(start), minutes * MINUTE).getTime()).toBe(bruteAdd(calendar, start, minutes));
      }),
      { numRuns: 150 },
    );
  });

  it('measures working time between two instants exactly as counting minute by minute does', () => {
    fc.assert(
      fc.property(calendarArb, startArb, fc.integer({ min: 0, max: 4 * 24 * 60 }), (calendar, from, minutes) => {
        expect(businessTimeBetween(calendar, new Date(from), new Date(from + minutes * MINUTE))).toBe(bruteBetween(calendar, from, from + minutes * MINUTE));
      }),
      { numRuns: 150 },
    );
  });

  it('is consistent: the time between a start and start + n working minutes is n minutes', () => {
    fc.assert(
      fc.property(calendarArb, startArb, fc.integer({ min: 0, max: 20_000 }), (calendar, start, minutes) => {
        const due = addBusinessTime(calendar, new Date(start), minutes * MINUTE);
        expect(businessTimeBetween(calendar, new Date(start), due)).toBe(minutes * MINUTE);
      }),
      { numRuns: 300 },
    );
  });
});

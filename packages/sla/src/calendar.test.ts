import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, type BusinessCalendar, businessTimeBetween, calendarProblems, nextBusinessInstant, sameCalendar } from './calendar';

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

  it('stops the clock over a lunch break', () => {
    const withLunch: BusinessCalendar = { ...officeHours, hours: [['09:00', '12:00'], ['13:00', '18:00']] };
    const morning = new Date('2026-12-01T10:30:00Z'); // Tuesday 11:30 in Berlin
    expect(local(withLunch, addBusinessTime(withLunch, morning, 60 * MINUTE))).toBe('2026-12-01 13:30');
    expect(businessTimeBetween(withLunch, morning, new Date('2026-12-01T13:00:00Z'))).toBe(90 * MINUTE);
    expect(local(withLunch, nextBusinessInstant(withLunch, new Date('2026-12-01T11:15:00Z')))).toBe('2026-12-01 13:00');
  });

  it('treats a calendar whose openings changed as a different calendar', () => {
    const withLunch: BusinessCalendar = { ...officeHours, hours: [['09:00', '12:00'], ['13:00', '18:00']] };
    expect(sameCalendar(withLunch, { ...withLunch, hours: [['09:00', '12:30'], ['13:00', '18:00']] })).toBe(false);
    expect(sameCalendar(withLunch, officeHours)).toBe(false);
    expect(sameCalendar(withLunch, { ...withLunch, hours: [['09:00', '12:00'], ['13:00', '18:00']] })).toBe(true);
    expect(sameCalendar(officeHours, { ...officeHours })).toBe(true);
  });

  it('rejects openings that are empty, unsorted, overlapping or not HH:MM, naming each', () => {
    const base = { ...officeHours };
    expect(calendarProblems({ ...base, hours: [] })).toEqual(['hours must name at least one opening interval']);
    expect(calendarProblems({ ...base, hours: [['09:00', '12:00'], ['11:00', '18:00']] })).toEqual(['hours[1] must start after hours[0] ends (sorted, not overlapping)']);
    expect(calendarProblems({ ...base, hours: [['13:00', '18:00'], ['09:00', '12:00']] })).toEqual(['hours[1] must start after hours[0] ends (sorted, not overlapping)']);
    expect(calendarProblems({ ...base, hours: [['12:00', '09:00']] })).toEqual(['hours[0] must end after it starts ("12:00"–"09:00")']);
    expect(calendarProblems({ ...base, hours: [['9:00', '24:30']] })).toEqual(['hours[0] start "9:00" must be HH:MM', 'hours[0] end "24:30" must be HH:MM or 24:00']);
    expect(calendarProblems({ ...base, hours: [['09:00', '12:00'], ['12:00', '24:00']] })).toEqual([]);
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
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const hours = calendar.hours ?? [[calendar.openTime, calendar.closeTime]];
  return (
    calendar.workingDays.includes(weekdays[p['weekday']!]!) &&
    !calendar.holidays.includes(`${p['year']}-${p['month']}-${p['day']}`) &&
    hours.some(([from, to]) => minuteOfDay >= minutes(from) && minuteOfDay < minutes(to))
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

const singleOpeningArb = fc
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

// 1–3 openings a day from sorted distinct instants of the day, with an hour of working
// time at least (so the reference's minute-by-minute walk stays short); openTime/closeTime
// span them as the API stores them.
const openingsArb = fc
  .integer({ min: 1, max: 3 })
  .chain((count) => fc.uniqueArray(fc.integer({ min: 0, max: 24 * 60 }), { minLength: 2 * count, maxLength: 2 * count }))
  .map((points) => [...points].sort((a, b) => a - b))
  .filter((points) => points.reduce((sum, point, i) => sum + (i % 2 === 0 ? -point : point), 0) >= 60)
  .map((points) => points.flatMap((point, i): [string, string][] => (i % 2 === 0 ? [[hhmm(point), hhmm(points[i + 1]!)]] : [])));

const severalOpeningsArb = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 7 }),
    hours: openingsArb,
    holidays: fc.uniqueArray(fc.constantFrom(...transitionDays, '2026-12-25', '2027-01-01'), { maxLength: 3 }),
  })
  .map(({ timeZone, workingDays, hours, holidays }): BusinessCalendar => ({
    timeZone,
    workingDays,
    openTime: hours[0]![0],
    closeTime: hours[hours.length - 1]![1],
    hours,
    holidays,
  }));

const calendarArb = fc.oneof(singleOpeningArb, severalOpeningsArb);

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

/**
 * Business time in an IANA time zone: which instants are working time, how much working
 * time lies between two instants, and when a number of working minutes from an instant
 * ends. An instant is working time when its local wall-clock date is a working day and
 * not a holiday, and its local time of day lies in one of the day's openings: the `hours`
 * intervals [start, end) when given (a lunch break between two), else [openTime, closeTime).
 * Everything is computed on real instants, so DST days simply have more or less working time.
 */
export interface BusinessCalendar {
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  workingDays: number[];
  /** Local opening time "HH:MM". */
  openTime: string;
  /** Local closing time "HH:MM" (or "24:00"), after openTime. */
  closeTime: string;
  /**
   * The day's openings [start, end) "HH:MM" (end may be "24:00"), sorted and not
   * overlapping. When present they replace openTime/closeTime, which calendars stored
   * before `hours` existed (and recorded workflow histories) still rely on.
   */
  hours?: [string, string][];
  /** Local dates "YYYY-MM-DD" that are not working days. */
  holidays: string[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** How far to look for working time before declaring a calendar empty. */
const SEARCH_LIMIT = 10 * 366 * DAY;
/** Offsets are probed this far ahead; time zones never change offset twice within it. */
const PROBE = DAY;
const SEGMENT_PROBES = 7;

/** Every day, all day, in UTC: wall-clock time. */
export function roundTheClockCalendar(timeZone = 'UTC'): BusinessCalendar {
  return { timeZone, workingDays: [1, 2, 3, 4, 5, 6, 7], openTime: '00:00', closeTime: '24:00', holidays: [] };
}

function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (match === null) return Number.NaN;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return Number.NaN;
  return hours * 60 + minutes;
}

/** What is wrong with a calendar, one message per problem; empty when it is usable. */
export function calendarProblems(calendar: BusinessCalendar): string[] {
  const problems: string[] = [];
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: calendar.timeZone });
  } catch {
    problems.push(`timeZone "${calendar.timeZone}" is not an IANA time zone`);
  }
  const days = calendar.workingDays;
  if (days.length === 0) problems.push('workingDays must name at least one day');
  if (days.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) problems.push('workingDays are ISO weekdays 1 (Monday) … 7 (Sunday)');
  if (new Set(days).size !== days.length) problems.push('workingDays must not repeat a day');
  const open = minutesOf(calendar.openTime);
  const close = minutesOf(calendar.closeTime);
  if (Number.isNaN(open) || open >= 24 * 60) problems.push(`openTime "${calendar.openTime}" must be HH:MM`);
  if (Number.isNaN(close)) problems.push(`closeTime "${calendar.closeTime}" must be HH:MM or 24:00`);
  if (!Number.isNaN(open) && !Number.isNaN(close) && close <= open) problems.push('closeTime must be after openTime');
  if (calendar.hours !== undefined) problems.push(...hoursProblems(calendar.hours));
  for (const holiday of calendar.holidays) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday) || Number.isNaN(Date.parse(`${holiday}T00:00:00Z`))) {
      problems.push(`holiday "${holiday}" must be a date YYYY-MM-DD`);
    }
  }
  return problems;
}

function hoursProblems(hours: [string, string][]): string[] {
  if (hours.length === 0) return ['hours must name at least one opening interval'];
  const problems: string[] = [];
  let previousEnd = -1;
  hours.forEach(([from, to], i) => {
    const start = minutesOf(from);
    const end = minutesOf(to);
    if (Number.isNaN(start) || start >= 24 * 60) problems.push(`hours[${i}] start "${from}" must be HH:MM`);
    if (Number.isNaN(end)) problems.push(`hours[${i}] end "${to}" must be HH:MM or 24:00`);
    if (Number.isNaN(start) || Number.isNaN(end)) return;
    if (end <= start) problems.push(`hours[${i}] must end after it starts ("${from}"–"${to}")`);
    else if (start < previousEnd) problems.push(`hours[${i}] must start after hours[${i - 1}] ends (sorted, not overlapping)`);
    previousEnd = Math.max(previousEnd, end);
  });
  return problems;
}

/** The day's openings in ms after local midnight: `hours` when given, else [openTime, closeTime). */
function openings(calendar: BusinessCalendar): [number, number][] {
  const hours = calendar.hours ?? [[calendar.openTime, calendar.closeTime]];
  return hours.map(([from, to]) => [minutesOf(from) * MINUTE, minutesOf(to) * MINUTE]);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's UTC offset at instant `t`, in ms (local wall time = t + offset). */
export function utcOffset(timeZone: string, t: number): number {
  // UTC needs no formatter, which costs ~10 µs a call (analytics computes millions of durations).
  if (timeZone === 'UTC') return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(t))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!, parts['second']!);
  return wall - Math.floor(t / 1000) * 1000;
}

/** The first instant after `t` with an offset other than `offset`, or a later instant up to which the offset holds. */
function segmentEnd(timeZone: string, t: number, offset: number): number {
  let known = t;
  for (let probe = 1; probe <= SEGMENT_PROBES; probe += 1) {
    const candidate = t + probe * PROBE;
    if (utcOffset(timeZone, candidate) === offset) {
      known = candidate;
      continue;
    }
    let low = known;
    let high = candidate;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (utcOffset(timeZone, middle) === offset) low = middle;
      else high = middle;
    }
    return high;
  }
  return known;
}

/**
 * The working intervals [start, end) that end after `from`, in order, clipped to start at
 * `from` at the earliest. Adjacent intervals may touch where an offset segment ends.
 */
export function* businessIntervals(calendar: BusinessCalendar, from: number): Generator<[number, number]> {
  const dayOpenings = openings(calendar);
  const workingDays = new Set(calendar.workingDays);
  const holidays = new Set(calendar.holidays);
  const limit = from + SEARCH_LIMIT;
  let start = from;
  while (start < limit) {
    // Within one offset segment local time is t + offset: each local working day maps to
    // one real interval.
    const offset = utcOffset(calendar.timeZone, start);
    const end = segmentEnd(calendar.timeZone, start, offset);
    for (let day = Math.floor((start + offset) / DAY) * DAY; day < end + offset; day += DAY) {
      const date = new Date(day);
      const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
      if (!workingDays.has(weekday) || holidays.has(date.toISOString().slice(0, 10))) continue;
      for (const [open, close] of dayOpenings) {
        const a = Math.max(day + open - offset, start);
        const b = Math.min(day + close - offset, end);
        if (a < b) yield [a, b];
      }
    }
    start = end;
  }
  throw new Error(`calendar ${JSON.stringify(calendar)} has no working time within ten years`);
}

/** Working time in ms between two instants (0 when `to` is not after `from`). */
export function businessTimeBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const end = to.getTime();
  let total = 0;
  if (end <= from.getTime()) return 0;
  for (const [a, b] of businessIntervals(calendar, from.getTime())) {
    if (a >= end) break;
    total += Math.min(b, end) - a;
  }
  return total;
}

/** The instant at which `ms` of working time counted from `start` have passed. */
export function addBusinessTime(calendar: BusinessCalendar, start: Date, ms: number): Date {
  if (ms <= 0) return new Date(start.getTime());
  let remaining = ms;
  for (const [a, b] of businessIntervals(calendar, start.getTime())) {
    if (b - a >= remaining) return new Date(a + remaining);
    remaining -= b - a;
  }
  throw new Error('unreachable: businessIntervals ends by throwing');
}

/** `at` itself when it is working time, else the next opening. */
export function nextBusinessInstant(calendar: BusinessCalendar, at: Date): Date {
  for (const [a] of businessIntervals(calendar, at.getTime())) return new Date(a);
  throw new Error('unreachable: businessIntervals ends by throwing');
}

export function sameCalendar(a: BusinessCalendar, b: BusinessCalendar): boolean {
  return (
    a.timeZone === b.timeZone &&
    a.openTime === b.openTime &&
    a.closeTime === b.closeTime &&
    JSON.stringify(a.hours ?? null) === JSON.stringify(b.hours ?? null) &&
    a.workingDays.join(',') === b.workingDays.join(',') &&
    a.holidays.join(',') === b.holidays.join(',')
  );
}

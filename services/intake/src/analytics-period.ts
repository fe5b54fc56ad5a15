import type { AnalyticsFilter } from '@caseflow/db';
import { ApiError } from './errors';

const DAY = 86_400_000;
/** The longest period one analytics call may cover. */
export const maxPeriodDays = 400;

export interface PeriodQueryValues {
  days?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  tz?: string | undefined;
  queue?: string | undefined;
  category?: string | undefined;
  channel?: string | undefined;
  type?: string | undefined;
}

export function checkTimeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    throw new ApiError(400, 'invalid_request', `tz "${tz}" is not an IANA time zone`, [{ path: 'querystring/tz', message: 'is not an IANA time zone' }]);
  }
}

/** Offset of `tz` from UTC at instant `t`, in milliseconds. */
function offsetAt(tz: string, t: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(new Date(t))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!, parts['second']!) - Math.floor(t / 1000) * 1000;
}

/** The instant a local date (YYYY-MM-DD) begins in `tz`. */
export function localMidnight(date: string, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetAt(tz, guess);
  return new Date(guess - offsetAt(tz, first));
}

/**
 * A date PostgreSQL and Date can both hold: Date.UTC rolls 2026-02-31 over into March and
 * reads years below 100 as 19xx, and PostgreSQL has no year 0, so the fields are checked
 * against the day they make.
 */
function isCalendarDate(value: string): boolean {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const notADate = (value: string, name: string) => new ApiError(400, 'invalid_request', `${name} "${value}" is not a date`, [{ path: `querystring/${name}`, message: 'is not a date' }]);

function instant(value: string, tz: string, name: string, endOfDay: boolean): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!isCalendarDate(value)) throw notADate(value, name);
    const start = localMidnight(value, tz);
    // `to=2026-11-30` means through the end of that day.
    return endOfDay ? localMidnight(new Date(Date.parse(`${value}T00:00:00Z`) + DAY).toISOString().slice(0, 10), tz) : start;
  }
  const t = Date.parse(value);
  if (Number.isNaN(t) || !isCalendarDate(new Date(t).toISOString().slice(0, 10))) throw notADate(value, name);
  return new Date(t);
}

/** The analytics filter of a query string: `days` before now, or from/to; default the last 30 days in UTC. */
export function parsePeriod(query: PeriodQueryValues, now = new Date()): { filter: AnalyticsFilter; tz: string } {
  const tz = checkTimeZone(query.tz ?? 'UTC');
  if (query.days !== undefined && (query.from !== undefined || query.to !== undefined)) {
    throw new ApiError(400, 'invalid_request', '`days` means the last days until now: give it or from/to, not both', [{ path: 'querystring/days', message: 'cannot be combined with from or to' }]);
  }
  const to = query.to === undefined ? now : instant(query.to, tz, 'to', true);
  const from = query.from === undefined ? new Date(to.getTime() - (query.days ?? 30) * DAY) : instant(query.from, tz, 'from', false);
  if (from >= to) throw new ApiError(400, 'invalid_request', '`from` must be before `to`', [{ path: 'querystring/from', message: 'must be before to' }]);
  if (to.getTime() - from.getTime() > maxPeriodDays * DAY) {
    throw new ApiError(400, 'invalid_request', `the period may cover at most ${maxPeriodDays} days`, [{ path: 'querystring/from', message: `period longer than ${maxPeriodDays} days` }]);
  }
  return { filter: { from, to, queue: query.queue, category: query.category, channel: query.channel, type: query.type }, tz };
}

export function presentPeriod(filter: AnalyticsFilter, tz: string) {
  return { from: filter.from.toISOString(), to: filter.to.toISOString(), tz };
}

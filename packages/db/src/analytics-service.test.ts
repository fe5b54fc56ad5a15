import { type BusinessCalendar, businessTimeBetween } from '@caseflow/sla';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type FixtureRequest, fixtureRequests, fixtureStart, seedFixture } from './analytics-fixture';
import { createDb, type Db } from './client';
import { migrateToLatest } from './migrate';
import { type AnalyticsFilter, resolutionHistogram, resolutionStats } from './queries/analytics';
import { csatStats, csatTrend, slaStats } from './queries/analytics-service';
import { createSlaPolicy } from './queries/sla-policies';

let db: Db;
let database: RunningPostgres;
/** Normal priority runs on a business calendar, high priority round the clock. */
const calendar: BusinessCalendar = { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '17:30', holidays: ['2026-10-05'] };
const policies = new Map<string, string>();

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  const base = { category: null, firstResponseMinutes: 60, resolutionMinutes: 480, warnFraction: null, escalationAction: 'notify' as const, escalationQueue: null };
  policies.set('normal', (await createSlaPolicy(db, { ...base, name: 'normal', priority: 'normal', roundTheClock: false, calendar })).id);
  policies.set('high', (await createSlaPolicy(db, { ...base, name: 'high', priority: 'high', roundTheClock: true, calendar })).id);
  await seedFixture(db, {
    extraColumns: (r) => ({
      first_responded_at: r.firstRespondedAt,
      csat_score: r.csat,
      sla_policy_id: r.slaDueAt === null ? null : (policies.get(r.priority) ?? null),
      sla_policy_version: r.slaDueAt === null ? null : 1,
    }),
  });
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

const DAY = 86_400_000;
const week: AnalyticsFilter = { from: fixtureStart, to: new Date(fixtureStart.getTime() + 7 * DAY) };

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
function percentileCont(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const seconds = (from: Date, to: Date | null) => (to === null ? null : (to.getTime() - from.getTime()) / 1000);

function businessSeconds(r: FixtureRequest, end: Date | null): number | null {
  if (end === null) return null;
  const onCalendar = r.slaDueAt !== null && r.priority === 'normal';
  return onCalendar ? businessTimeBetween(calendar, r.createdAt, end) / 1000 : seconds(r.createdAt, end);
}

function stats(values: (number | null)[]) {
  const known = values.filter((v): v is number => v !== null);
  return { count: known.length, p50: percentileCont(known, 0.5), p90: percentileCont(known, 0.9), mean: mean(known) };
}

function closeTo(actual: { count: number; p50: number | null; p90: number | null; mean: number | null }, expected: ReturnType<typeof stats>) {
  expect(actual.count).toBe(expected.count);
  for (const key of ['p50', 'p90', 'mean'] as const) {
    if (expected[key] === null) expect(actual[key]).toBeNull();
    else expect(actual[key]).toBeCloseTo(expected[key]!, 3);
  }
}

async function expectSqlAgrees(on: BusinessCalendar, from: string, to: string): Promise<void> {
  const { rows } = await sql<{ s: number }>`select caseflow_business_seconds(${from}::timestamptz, ${to}::timestamptz, ${JSON.stringify(on)}::jsonb) as s`.execute(db);
  expect(rows[0]!.s, `${from} → ${to}`).toBeCloseTo(businessTimeBetween(on, new Date(from), new Date(to)) / 1000, 6);
}

describe('business time in SQL', () => {
  it('agrees with packages/sla on working hours, weekends, holidays and a DST change', async () => {
    const pairs: [string, string][] = [
      ['2026-10-02T06:00:00Z', '2026-10-02T20:00:00Z'],
      ['2026-10-02T15:00:00Z', '2026-10-06T08:00:00Z'],
      ['2026-10-23T10:00:00Z', '2026-10-27T10:00:00Z'],
      ['2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z'],
      ['2026-10-03T10:00:00Z', '2026-10-04T10:00:00Z'],
    ];
    for (const [from, to] of pairs) await expectSqlAgrees(calendar, from, to);
  });

  it('agrees with packages/sla on a calendar with a lunch break (several openings a day), holidays and weekends included', async () => {
    const lunch: BusinessCalendar = { ...calendar, hours: [['09:00', '12:00'], ['13:00', '17:30']] };
    const pairs: [string, string][] = [
      ['2026-10-02T06:00:00Z', '2026-10-02T20:00:00Z'],
      ['2026-10-02T10:30:00Z', '2026-10-02T11:30:00Z'], // 12:30–13:30 local: half of it lunch
      ['2026-10-02T10:15:00Z', '2026-10-02T10:45:00Z'], // inside lunch
      ['2026-10-02T15:00:00Z', '2026-10-06T08:00:00Z'],
      ['2026-10-05T10:30:00Z', '2026-10-05T11:30:00Z'], // a holiday
      ['2026-10-23T10:00:00Z', '2026-10-27T10:00:00Z'],
      ['2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z'],
    ];
    for (const [from, to] of pairs) await expectSqlAgrees(lunch, from, to);
    const { rows } = await sql<{ s: number }>`select caseflow_business_seconds('2026-10-02T06:00:00Z'::timestamptz, '2026-10-02T20:00:00Z'::timestamptz, ${JSON.stringify(lunch)}::jsonb) as s`.execute(db);
    expect(rows[0]!.s).toBe(7.5 * 3600);
  });
});

describe('time to first response and to resolution', () => {
  it('gives count, median, p90 and mean per queue, wall clock and in business hours', async () => {
    const rows = await resolutionStats(db, week, 'queue');
    for (const row of rows) {
      const mine = fixtureRequests.filter((r) => r.queue === row.key);
      expect(row.count).toBe(mine.length);
      closeTo(row.firstResponse.wallClock, stats(mine.map((r) => seconds(r.createdAt, r.firstRespondedAt))));
      closeTo(row.resolution.wallClock, stats(mine.map((r) => seconds(r.createdAt, r.resolvedAt))));
      closeTo(row.firstResponse.businessHours, stats(mine.map((r) => businessSeconds(r, r.firstRespondedAt))));
      closeTo(row.resolution.businessHours, stats(mine.map((r) => businessSeconds(r, r.resolvedAt))));
    }
    expect(rows.map((r) => r.key).sort()).toEqual(['cards', 'fx', 'transfers']);
  });

  it('histograms resolution times in hours', async () => {
    const histogram = await resolutionHistogram(db, week);
    const bounds = [1, 4, 8, 24, 72, 168];
    const hours = fixtureRequests.filter((r) => r.resolvedAt !== null).map((r) => seconds(r.createdAt, r.resolvedAt)! / 3600);
    expect(histogram.map((b) => b.count)).toEqual([...bounds, Infinity].map((bound, i) => hours.filter((h) => h < bound && h >= (i === 0 ? 0 : bounds[i - 1]!)).length));
  });
});

describe('SLA compliance', () => {
  it('counts requests on an SLA, breaches per clock, open breaches and escalations by level', async () => {
    const rows = await slaStats(db, week, 'queue');
    for (const row of rows) {
      const mine = fixtureRequests.filter((r) => r.queue === row.key);
      const onSla = mine.filter((r) => r.slaDueAt !== null || r.slaBreached);
      const fr = onSla.filter((r) => r.escalations.some((e) => e.clock === 'firstResponse')).length;
      const res = onSla.filter((r) => r.escalations.some((e) => e.clock === 'resolution')).length;
      const nr = onSla.filter((r) => r.escalations.some((e) => e.clock === 'nextReply')).length;
      const breached = mine.filter((r) => r.slaBreached).length;
      expect(row).toEqual({
        key: row.key,
        withSla: onSla.length,
        breached,
        firstResponseBreaches: fr,
        resolutionBreaches: res,
        nextReplyBreaches: nr,
        firstResponseCompliance: (onSla.length - fr) / onSla.length,
        resolutionCompliance: (onSla.length - res) / onSla.length,
        compliance: (onSla.length - breached) / onSla.length,
        openBreached: mine.filter((r) => r.slaBreached && r.status !== 'resolved').length,
        escalationsByLevel: [1, 2]
          .map((level) => ({ level, count: mine.flatMap((r) => r.escalations).filter((e) => e.level === level).length }))
          .filter((e) => e.count > 0),
      });
    }
  });
});

describe('customer satisfaction', () => {
  it('gives response rate, distribution and mean per assignee', async () => {
    const rows = await csatStats(db, week, 'assignee');
    for (const row of rows) {
      const resolved = fixtureRequests.filter((r) => r.resolvedAt !== null && (r.assignee ?? 'unassigned') === row.key);
      const scores = resolved.flatMap((r) => (r.csat === null ? [] : [r.csat]));
      expect(row.resolved).toBe(resolved.length);
      expect(row.rated).toBe(scores.length);
      expect(row.responseRate).toBeCloseTo(scores.length / resolved.length, 9);
      expect(row.distribution).toEqual([1, 2, 3, 4, 5].map((s) => scores.filter((x) => x === s).length));
      if (scores.length > 0) expect(row.mean).toBeCloseTo(mean(scores)!, 9);
    }
  });

  it('trends the daily mean score, every day present', async () => {
    const trend = await csatTrend(db, week, 'UTC');
    expect(trend).toHaveLength(7);
    trend.forEach((day, d) => {
      const scores = fixtureRequests.filter((r) => r.csat !== null && Math.floor((r.createdAt.getTime() - fixtureStart.getTime()) / DAY) === d).map((r) => r.csat!);
      expect(day.rated).toBe(scores.length);
      if (scores.length === 0) expect(day.mean).toBeNull();
      else expect(day.mean).toBeCloseTo(mean(scores)!, 9);
    });
  });
});

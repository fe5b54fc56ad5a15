import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureRequests, fixtureStart, seedFixture } from './analytics-fixture';
import { createDb, type Db } from './client';
import { migrateToLatest } from './migrate';
import { type AnalyticsFilter, analyticsAggregate, isStatementTimeout, volumeSeries } from './queries/analytics';
import { classifierQuality, listTopicCandidates } from './queries/analytics-classifier';
import { listAtRiskRequests } from './queries/analytics-service';
import { newRequestRow } from './testing';

let db: Db;
let database: RunningPostgres;

beforeAll(async () => {
  // A database of its own: the known answers hold only if nobody else writes requests here.
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl);
  await migrateToLatest(db);
  await seedFixture(db);
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

const DAY = 86_400_000;
const week: AnalyticsFilter = { from: fixtureStart, to: new Date(fixtureStart.getTime() + 7 * DAY) };

/** Counts per key and bucket index, recomputed from the fixture in plain TypeScript. */
function expectedCounts(bucketOf: (t: Date) => number, keyOf: (r: (typeof fixtureRequests)[number]) => string, include = (_r: (typeof fixtureRequests)[number]) => true) {
  const out = new Map<string, Map<number, number>>();
  for (const r of fixtureRequests.filter(include)) {
    const key = keyOf(r);
    const buckets = out.get(key) ?? new Map<number, number>();
    buckets.set(bucketOf(r.createdAt), (buckets.get(bucketOf(r.createdAt)) ?? 0) + 1);
    out.set(key, buckets);
  }
  return out;
}

describe('request volume', () => {
  it('counts requests per UTC day and category, with every day of the period present', async () => {
    const { series, total } = await volumeSeries(db, week, { interval: 'day', groupBy: 'category', tz: 'UTC', top: 10 });
    expect(total).toBe(40);
    const expected = expectedCounts((t) => Math.floor((t.getTime() - fixtureStart.getTime()) / DAY), (r) => r.category);
    expect(series.map((s) => s.key).sort()).toEqual([...expected.keys()].sort());
    for (const s of series) {
      expect(s.points).toHaveLength(7);
      expect(s.points.map((p) => p.t.toISOString())).toEqual(Array.from({ length: 7 }, (_, d) => new Date(fixtureStart.getTime() + d * DAY).toISOString()));
      expect(s.points.map((p) => p.count)).toEqual(Array.from({ length: 7 }, (_, d) => expected.get(s.key)?.get(d) ?? 0));
    }
  });

  it('buckets by local days of the requested time zone', async () => {
    const { series } = await volumeSeries(db, week, { interval: 'day', groupBy: 'queue', tz: 'Asia/Shanghai', top: 10 });
    // Shanghai is UTC+8 all year: local midnight is 16:00 UTC the day before.
    const firstLocalMidnight = fixtureStart.getTime() - 8 * 3_600_000;
    const expected = expectedCounts((t) => Math.floor((t.getTime() - firstLocalMidnight) / DAY), (r) => r.queue);
    for (const s of series) {
      expect(s.points[0]!.t.toISOString()).toBe('2026-09-30T16:00:00.000Z');
      expect(s.points).toHaveLength(8);
      expect(s.points.map((p) => p.count)).toEqual(Array.from({ length: 8 }, (_, d) => expected.get(s.key)?.get(d) ?? 0));
    }
    expect(series.reduce((sum, s) => sum + s.points.reduce((n, p) => n + p.count, 0), 0)).toBe(40);
  });

  it('fills empty hours with zero and applies the filters', async () => {
    const day: AnalyticsFilter = { from: fixtureStart, to: new Date(fixtureStart.getTime() + DAY), channel: 'email' };
    const { series, total } = await volumeSeries(db, day, { interval: 'hour', groupBy: 'channel', tz: 'UTC', top: 10 });
    const emails = fixtureRequests.filter((r) => r.channel === 'email' && r.createdAt < day.to);
    expect(total).toBe(emails.length);
    expect(series).toHaveLength(1);
    expect(series[0]!.points).toHaveLength(24);
    expect(series[0]!.points.filter((p) => p.count > 0).map((p) => p.t.getUTCHours())).toEqual(emails.map((r) => r.createdAt.getUTCHours()));
  });

  it('sums groups beyond the largest ones as "other", listed last', async () => {
    const { series, total } = await volumeSeries(db, week, { interval: 'week', groupBy: 'category', tz: 'UTC', top: 2 });
    expect(total).toBe(40);
    // Every category has 10 requests: ties go by name.
    expect(series.map((s) => s.key)).toEqual(['card_arrival', 'exchange_rate', 'other']);
    expect(series.map((s) => s.points.reduce((n, p) => n + p.count, 0))).toEqual([10, 10, 20]);
  });

  it('answers an empty period with no series', async () => {
    const empty = await volumeSeries(db, { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2020-01-02T00:00:00Z') }, { interval: 'day', groupBy: 'category', tz: 'UTC', top: 10 });
    expect(empty).toEqual({ series: [], total: 0 });
  });
});

describe('classifier quality from operator actions', () => {
  // Reviewed only by an explicit act: resolving a request confirms nothing.
  const verified = fixtureRequests.filter((r) => r.reclassified || r.confirmed);

  it('counts as reviewed only confirmed or reclassified requests, not every resolved one, and gives the coverage', async () => {
    const { totals } = await classifierQuality(db, week);
    expect(totals).toEqual({
      classified: 40,
      triaged: fixtureRequests.filter((r) => r.predictedQueue === 'triage').length,
      verified: verified.length,
      confirmed: verified.filter((r) => r.predicted === r.category).length,
      corrected: verified.filter((r) => r.predicted !== r.category).length,
      coverage: verified.length / 40,
    });
    // The fixture resolves requests nobody confirmed: they stay out of the accuracy.
    expect(fixtureRequests.some((r) => r.status === 'resolved' && !r.reclassified && !r.confirmed)).toBe(true);
  });

  it('counts a reclassification to the same category as a confirmation, and a resolution without review not at all', async () => {
    const day = { from: new Date('2020-03-02T00:00:00Z'), to: new Date('2020-03-03T00:00:00Z') };
    const resolved = { status: 'resolved', category: 'card_arrival', queue: 'cards', model_category: 'card_arrival', model_queue: 'cards', model_confidence: 0.9, created_at: '2020-03-02T10:00:00Z' };
    await db.insertInto('customers').values({ id: 'cust-review' }).onConflict((oc) => oc.doNothing()).execute();
    await db.insertInto('requests').values([newRequestRow({ ...resolved, customer_id: 'cust-review', reclassified: true }), newRequestRow({ ...resolved, customer_id: 'cust-review' })]).execute();
    const { totals } = await classifierQuality(db, day);
    expect(totals).toEqual({ classified: 2, triaged: 0, verified: 1, confirmed: 1, corrected: 0, coverage: 0.5 });
  });

  it('measures accuracy per predicted category and names the confused pairs', async () => {
    const quality = await classifierQuality(db, week);
    for (const row of quality.categories) {
      const mine = verified.filter((r) => r.predicted === row.category);
      expect(row).toEqual({ category: row.category, verified: mine.length, confirmed: mine.filter((r) => r.category === r.predicted).length });
    }
    const pairs = new Map<string, number>();
    for (const r of verified.filter((v) => v.predicted !== v.category)) pairs.set(`${r.predicted}>${r.category}`, (pairs.get(`${r.predicted}>${r.category}`) ?? 0) + 1);
    expect(new Map(quality.confusedPairs.map((p) => [`${p.predicted}>${p.actual}`, p.count]))).toEqual(pairs);
  });

  it('tables accuracy by confidence bucket (reliability)', async () => {
    const { reliability } = await classifierQuality(db, week);
    for (const bucket of reliability) {
      const mine = verified.filter((r) => r.confidence >= bucket.low - 1e-9 && r.confidence < bucket.high - 1e-9);
      expect(bucket.verified).toBe(mine.length);
      expect(bucket.confirmed).toBe(mine.filter((r) => r.predicted === r.category).length);
      expect(bucket.meanConfidence).toBeCloseTo(mine.reduce((s, r) => s + r.confidence, 0) / mine.length, 9);
    }
    expect(reliability.reduce((n, b) => n + b.verified, 0)).toBe(verified.length);
  });

  it('offers the triaged and the reclassified requests to topic discovery, newest first', async () => {
    const candidates = await listTopicCandidates(db, week, { limit: 100 });
    const expected = fixtureRequests.filter((r) => r.predictedQueue === 'triage' || r.reclassified).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    expect(candidates.map((c) => c.id)).toEqual(expected.map((r) => r.id));
    expect(candidates[0]!.text).toContain(candidates[0]!.subject);
  });
});

describe('open requests at risk', () => {
  it('lists open requests that breached or fall due within the horizon, most urgent first', async () => {
    const now = new Date(fixtureStart.getTime() + 5 * DAY);
    const rows = await listAtRiskRequests(db, { limit: 100, now, horizonHours: 24 });
    const expected = fixtureRequests
      .filter((r) => r.slaDueAt !== null && r.status !== 'resolved' && (r.slaBreached || r.slaDueAt.getTime() <= now.getTime() + DAY))
      .sort((a, b) => a.slaDueAt!.getTime() - b.slaDueAt!.getTime());
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    const cards = await listAtRiskRequests(db, { limit: 100, now, horizonHours: 24, queue: 'cards' });
    expect(cards.map((r) => r.id)).toEqual(expected.filter((r) => r.queue === 'cards').map((r) => r.id));
  });
});

describe('an analytics statement', () => {
  it('is cancelled by PostgreSQL once it runs past its time limit, and says so', async () => {
    const error = await analyticsAggregate(db, sql`select pg_sleep(5)`, { statementTimeout: '200ms' }).catch((e: unknown) => e);
    expect(isStatementTimeout(error)).toBe(true);
    expect((await analyticsAggregate(db, sql<{ one: number }>`select 1 as one`)).rows).toEqual([{ one: 1 }]);
  });
});

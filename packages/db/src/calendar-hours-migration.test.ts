import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from './client';
import { migrateTo, migrateToLatest } from './migrate';
import { type MigratedTestDatabase, migratedTestDatabase } from './testing';

let db: Db;
let database: MigratedTestDatabase;

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'));
  db = database.db;
});

afterAll(async () => {
  await database?.stop();
});

const plain = { timeZone: 'Europe/Berlin', workingDays: [1, 2, 3, 4, 5], openTime: '09:00', closeTime: '17:30', holidays: [] };
const lunch = { ...plain, hours: [['09:00', '12:00'], ['13:00', '17:30']] };

/** Business seconds of Friday 2 October 2026, 08:00–22:00 in Berlin. */
async function friday(calendar: object): Promise<number> {
  const { rows } = await sql<{ s: number }>`select caseflow_business_seconds('2026-10-02T06:00:00Z'::timestamptz, '2026-10-02T20:00:00Z'::timestamptz, ${JSON.stringify(calendar)}::jsonb) as s`.execute(db);
  return rows[0]!.s;
}

describe('migration 2026-12-01-1200-calendar-hours', () => {
  it('counts openings when hours is given, computes calendars without it as before, and goes down and up again', async () => {
    expect(await friday(lunch)).toBe(7.5 * 3600);
    expect(await friday(plain)).toBe(8.5 * 3600);
    await migrateTo(db, '2026-12-01-1110-customer-keys');
    // Down: the function of 2026-11-25-0400 again, which reads only openTime/closeTime.
    expect(await friday(lunch)).toBe(8.5 * 3600);
    expect(await friday(plain)).toBe(8.5 * 3600);
    await migrateToLatest(db);
    expect(await friday(lunch)).toBe(7.5 * 3600);
  });
});

import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatMailDetails, formatMailSummary, runMailChaos } from './chaos/mail';
import { createNamespace } from './namespace';

let database: RunningPostgres;
let namespace: string;

beforeAll(async () => {
  [namespace, database] = await Promise.all([createNamespace(inject('temporalAddress')), createTestDatabase(inject('databaseUrl'))]);
}, 120_000);

afterAll(async () => {
  await database?.stop();
});

// The short version of the e-mail stream of `pnpm chaos`: 200 mails, mail-intake killed twice.
describe('mail under fire', () => {
  it('records every one of 200 mails exactly once while mail-intake is SIGKILLed twice mid-stream by retrying senders', { timeout: 300_000 }, async () => {
    const report = await runMailChaos({
      databaseUrl: database.databaseUrl,
      temporalAddress: inject('temporalAddress'),
      temporalNamespace: namespace,
      mails: 200,
      ratePerSecond: 10,
      concurrency: 8,
      kills: 2,
      killGapMs: [3_000, 5_000],
      downtimeMs: [200, 800],
      giveUpAfterMs: 120_000,
      log: () => {},
    });
    console.log(`${formatMailSummary(report)}\n${formatMailDetails(report)}`);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ sent: 200, recordedOnce: 200, lost: 0, doubled: 0, refused: 0, kills: 2 });
    // Both kills fell inside the stream: senders saw them and had to retry.
    expect(report.retries).toBeGreaterThan(0);
  });
});

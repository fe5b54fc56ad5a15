import { describe, expect, it } from 'vitest';
import { formatReport, runChaos } from './chaos/run';

// The short version of `pnpm chaos`: 100 requests, one SIGKILL of every member.
describe('under fire', () => {
  it('loses and duplicates nothing while every process, Temporal and PostgreSQL are killed and restarted', { timeout: 900_000 }, async () => {
    const report = await runChaos({
      requests: 100,
      concurrency: 8,
      ratePerSecond: 5,
      killRounds: 1,
      killGapMs: [500, 1_500],
      downtimeMs: [200, 800],
      quiescenceTimeoutMs: 360_000,
      log: () => {},
    });
    console.log(formatReport(report));
    // The problems name the cause: they go in the message, which CI's excerpt of the log keeps.
    expect(report.problems, report.problems.join(' | ')).toEqual([]);
    expect(report.accepted).toBe(100);
    expect(Object.values(report.kills).every((kills) => kills === 1)).toBe(true);
    expect(report.eventsExpected).toBeGreaterThan(200);
  });
});

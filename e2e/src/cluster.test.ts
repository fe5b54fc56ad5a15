import { describe, expect, it } from 'vitest';
import { formatReport, runChaos } from './chaos/run';

// The smoke test of the production topology (`pnpm test:cluster`, not part of `make test`:
// the first run builds temporal-server from source, see README): temporal-server on
// PostgreSQL, two copies of every caseflow process, one copy of each and the server and
// PostgreSQL SIGKILLed once while 60 requests arrive on both intake copies.
describe('the cluster topology under fire', () => {
  it('loses and duplicates nothing, and the surviving copies answer while one copy of each process is killed', { timeout: 1_200_000 }, async () => {
    const report = await runChaos({
      topology: 'cluster',
      requests: 60,
      concurrency: 8,
      ratePerSecond: 4,
      killRounds: 1,
      killGapMs: [500, 1_500],
      downtimeMs: [200, 800],
      quiescenceTimeoutMs: 360_000,
      log: () => {},
    });
    console.log(formatReport(report));
    expect(report.problems).toEqual([]);
    expect(report.accepted).toBe(60);
    expect(Object.keys(report.kills)).toEqual(['intake#1', 'workflows#1', 'classification#1', 'notification#1', 'temporal', 'postgres']);
    expect(Object.values(report.kills).every((kills) => kills === 1)).toBe(true);
    // Requests really went to the second intake copy while the first was down, and all got answers.
    expect(report.liveAnswers['intake#1']?.sent).toBeGreaterThan(0);
    expect(report.liveAnswers['intake#1']?.failed).toBe(0);
  });
});

// `pnpm chaos [--topology dev|cluster] [--requests N] [--rate R] [--rounds K]`: the full
// fault-injection run, on the dev server as `make up` runs (default) or on the production
// topology of `CASEFLOW_TOPOLOGY=cluster make up` (temporal-server on PostgreSQL, two copies
// of every caseflow process, one copy of each killed).
import { parseArgs } from 'node:util';
import { formatReport, passed, runChaos } from './run';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '12' },
    concurrency: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '3' },
    topology: { type: 'string', default: 'dev' },
  },
});
const topology = values.topology;
if (topology !== 'dev' && topology !== 'cluster') {
  console.error(`chaos: --topology must be dev or cluster, got "${topology}"`);
  process.exit(2);
}
const positive = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`chaos: --${name} must be a positive integer, got "${value}"`);
    process.exit(2);
  }
  return n;
};

const report = await runChaos({
  requests: positive('requests', values.requests),
  ratePerSecond: positive('rate', values.rate),
  concurrency: positive('concurrency', values.concurrency),
  killRounds: positive('rounds', values.rounds),
  killGapMs: [1_000, 4_000],
  downtimeMs: [300, 2_000],
  quiescenceTimeoutMs: 300_000,
  topology,
  log: (line) => console.error(`chaos: ${line}`),
});
console.log(formatReport(report));
for (const problem of report.problems) console.log(`PROBLEM: ${problem}`);
console.log(passed(report) ? 'chaos: no request lost or duplicated' : 'chaos: FAILED');
process.exit(passed(report) ? 0 : 1);

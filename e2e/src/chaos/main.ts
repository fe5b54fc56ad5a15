// `pnpm chaos [--topology dev|cluster] [--requests N] [--rate R] [--rounds K]`: the full
// fault-injection run, on the dev server as `make up` runs (default) or on the production
// topology of `CASEFLOW_TOPOLOGY=cluster make up` (temporal-server on PostgreSQL, two copies
// of every caseflow process, one copy of each killed). Then the e-mail stream (`--mails N`,
// `--mail-kills K`; `--mails 0` skips it, `--requests 0` runs it alone): mail-intake
// SIGKILLed while retrying senders send, on a PostgreSQL and Temporal of its own.
import { parseArgs } from 'node:util';
import { startPostgres, startTemporal } from '@caseflow/test-harness';
import { formatMailDetails, formatMailSummary, type MailChaosReport, runMailChaos } from './mail';
import { formatReport, passed, runChaos } from './run';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '12' },
    concurrency: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '3' },
    topology: { type: 'string', default: 'dev' },
    mails: { type: 'string', default: '200' },
    'mail-kills': { type: 'string', default: '3' },
  },
});
const topology = values.topology;
if (topology !== 'dev' && topology !== 'cluster') {
  console.error(`chaos: --topology must be dev or cluster, got "${topology}"`);
  process.exit(2);
}
const positive = (name: string, value: string | undefined, min = 1) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`chaos: --${name} must be an integer of at least ${min}, got "${value}"`);
    process.exit(2);
  }
  return n;
};

const requests = positive('requests', values.requests, 0);
const mails = positive('mails', values.mails, 0);
const mailKills = positive('mail-kills', values['mail-kills']);

const report = requests === 0 ? undefined : await runChaos({
  requests,
  ratePerSecond: positive('rate', values.rate),
  concurrency: positive('concurrency', values.concurrency),
  killRounds: positive('rounds', values.rounds),
  killGapMs: [1_000, 4_000],
  downtimeMs: [300, 2_000],
  quiescenceTimeoutMs: 300_000,
  topology,
  log: (line) => console.error(`chaos: ${line}`),
});
if (report !== undefined) {
  console.log(formatReport(report));
  for (const problem of report.problems) console.log(`PROBLEM: ${problem}`);
}

let mail: MailChaosReport | undefined;
if (mails > 0) {
  console.error('chaos: starting PostgreSQL and Temporal for the e-mail stream');
  const [postgres, temporal] = await Promise.all([startPostgres(), startTemporal()]);
  try {
    mail = await runMailChaos({
      databaseUrl: postgres.databaseUrl,
      temporalAddress: temporal.address,
      temporalNamespace: temporal.namespace,
      mails,
      ratePerSecond: 10,
      concurrency: 8,
      kills: mailKills,
      killGapMs: [2_000, 5_000],
      downtimeMs: [300, 2_000],
      giveUpAfterMs: 300_000,
      log: (line) => console.error(`chaos: ${line}`),
    });
  } finally {
    await Promise.all([postgres.stop(), temporal.stop()]);
  }
  console.log(formatMailSummary(mail));
  console.log(formatMailDetails(mail));
  for (const problem of mail.problems) console.log(`PROBLEM: ${problem}`);
}
const ok = (report === undefined || passed(report)) && (mail === undefined || mail.problems.length === 0);
console.log(ok ? 'chaos: no request or mail lost or duplicated' : 'chaos: FAILED');
process.exit(ok ? 0 : 1);

// `pnpm bench:analytics [--requests 1000000]`: seeds a throwaway PostgreSQL with demo
// requests (the `caseflow demo seed` generator, many seeds) and times every analytics
// aggregate the dashboard asks for. Rewrites its section of docs/benchmarks.md.
import { parseArgs } from 'node:util';
import { discoverTopics } from '@caseflow/analytics';
import { machineLine, percentile, writeBenchmarkSection } from '@caseflow/bench-report';
import { defaultRoutingPath, loadRouting, readLabelledCsv } from '@caseflow/classifier';
import { demoDueAt, demoRow, demoTargets, ensureDemoPolicies, generateDemo } from '@caseflow/cli';
import {
  type AnalyticsFilter,
  analyzeAfterBulkLoad,
  classifierQuality,
  createDb,
  csatStats,
  csatTrend,
  insertDemoRequests,
  listAtRiskRequests,
  listTopicCandidates,
  migrateToLatest,
  resolutionHistogram,
  resolutionStats,
  slaStats,
  volumeSeries,
} from '@caseflow/db';
import { repoRoot, startPostgres } from '@caseflow/test-harness/node';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } } });
const total = Number(values.requests);
const runs = Number(values.runs);
const log = (line: string) => console.error(`bench:analytics: ${line}`);
const DAY = 86_400_000;

const postgres = await startPostgres();
const db = createDb(postgres.databaseUrl, { maxConnections: 4 });
try {
  await migrateToLatest(db);
  const texts = await readLabelledCsv(`${repoRoot()}/data/banking77/train.csv`);
  const routing = loadRouting(defaultRoutingPath);
  const now = new Date();
  const policies = await ensureDemoPolicies(db);
  const batch = 10_000;
  const seedStart = performance.now();
  let events = 0;
  for (let seed = 1; seed * batch <= total; seed++) {
    const requests = generateDemo({
      now,
      days: 30,
      count: batch,
      seed,
      texts,
      routing,
      targets: (priority) => demoTargets[priority] ?? demoTargets['normal']!,
      dueAt: (start, minutes, priority) => demoDueAt(policies.get(priority), start, minutes),
    });
    const rows = requests.map((r) => demoRow(r, policies.get(r.priority) ?? null));
    events += rows.reduce((n, row) => n + row.events.length, 0);
    await Promise.all([0, 1, 2, 3].map((part) => insertDemoRequests(db, rows.filter((_, i) => i % 4 === part))));
    if (seed % 10 === 0) log(`${seed * batch} requests, ${events} events (${((performance.now() - seedStart) / 1000).toFixed(0)} s)`);
  }
  const seeded = await analyzeAfterBulkLoad(db);
  log(`seeded ${seeded} requests and ${events} events in ${((performance.now() - seedStart) / 1000).toFixed(0)} s`);

  const month: AnalyticsFilter = { from: new Date(now.getTime() - 30 * DAY), to: now };
  const week: AnalyticsFilter = { from: new Date(now.getTime() - 7 * DAY), to: now };
  const cards: AnalyticsFilter = { ...month, queue: 'cards' };
  const cases: [string, () => Promise<unknown>][] = [
    ['volume: 30 days by day × category', () => volumeSeries(db, month, { interval: 'day', groupBy: 'category', tz: 'UTC', top: 10 })],
    ['volume: 7 days by hour × queue, Asia/Shanghai', () => volumeSeries(db, week, { interval: 'hour', groupBy: 'queue', tz: 'Asia/Shanghai', top: 10 })],
    ['volume: 30 days, queue=cards', () => volumeSeries(db, cards, { interval: 'day', groupBy: 'category', tz: 'UTC', top: 10 })],
    ['classifier: 30 days', () => classifierQuality(db, month)],
    ['classifier: 30 days, queue=cards', () => classifierQuality(db, cards)],
    ['topic candidates: 7 days + the 7 before (SQL)', () => Promise.all([listTopicCandidates(db, week, { limit: 800 }), listTopicCandidates(db, { from: new Date(week.from.getTime() - 7 * DAY), to: week.from }, { limit: 800 })])],
    ['at-risk: 20 most urgent open requests', () => listAtRiskRequests(db, { limit: 20 })],
    ['resolution: 30 days by queue (wall clock + business hours)', () => resolutionStats(db, month, 'queue')],
    ['resolution histogram: 30 days', () => resolutionHistogram(db, month)],
    ['sla: 30 days by queue', () => slaStats(db, month, 'queue')],
    ['csat: 30 days by assignee + daily trend', () => Promise.all([csatStats(db, month, 'assignee'), csatTrend(db, month, 'UTC')])],
  ];
  const rows: string[] = [];
  for (const [name, run] of cases) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    rows.push(`| ${name} | ${percentile(times, 50).toFixed(0)} | ${times.at(-1)!.toFixed(0)} |`);
    log(rows.at(-1)!);
  }
  const [current, previous] = await Promise.all([listTopicCandidates(db, week, { limit: 800 }), listTopicCandidates(db, { from: new Date(week.from.getTime() - 7 * DAY), to: week.from }, { limit: 800 })]);
  const t = performance.now();
  const discovery = discoverTopics(current, previous);
  const clusterMs = performance.now() - t;
  rows.push(`| topic clustering in Node: ${current.length} + ${previous.length} requests, k = ${discovery.k} | ${clusterMs.toFixed(0)} | — |`);

  writeBenchmarkSection(
    'Analytics (read-model aggregates)',
    [
      'Generated by `pnpm bench:analytics` — do not edit by hand; rerun it.',
      '',
      `- Date and machine: ${machineLine()}`,
      `- Data: ${seeded.toLocaleString('en')} requests and ${events.toLocaleString('en')} lifecycle events over 30 days, made by the \`caseflow demo seed\` generator (seeds 1…${Math.floor(total / batch)}), in a throwaway PostgreSQL cluster (no fsync), after \`ANALYZE\`.`,
      `- Each query: one warm-up, then ${runs} runs; milliseconds, as the route's query function sees them (no HTTP).`,
      '',
      '| query | p50 ms | max ms |',
      '|---|---:|---:|',
      ...rows,
      '',
      'Indexes that serve them: `requests (created_at, id)`, `(queue, created_at)`, `(category, created_at)` and friends for the',
      'period and filters; `request_events (type, request_id)` for the classified / reclassified / escalated events of a period;',
      'a partial index on open requests\' `sla_due_at` for the at-risk list. Every answer is an aggregate: nothing but the result',
      'rows reaches Node, except topic discovery, which reads at most 800 + 800 short texts.',
    ].join('\n'),
  );
  log('wrote docs/benchmarks.md');
} finally {
  await db.destroy();
  await postgres.stop();
}

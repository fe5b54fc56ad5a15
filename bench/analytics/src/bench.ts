// `pnpm bench:analytics [--requests 1000000]`: starts the whole system (the chaos suite's
// cluster), seeds its PostgreSQL with demo requests (the `caseflow demo seed` generator, many
// seeds), times every analytics aggregate the dashboard asks for, then what a lead waits for
// the dashboard over HTTP. Rewrites its section of docs/benchmarks.md.
import { loadavg } from 'node:os';
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
  type Db,
  csatStats,
  csatTrend,
  insertDemoRequests,
  listAtRiskRequests,
  listTopicCandidates,
  resolutionHistogram,
  resolutionStats,
  slaStats,
  volumeSeries,
} from '@caseflow/db';
import { startCluster } from '@caseflow/e2e/cluster';
import { repoRoot } from '@caseflow/test-harness/node';
import { dashboardQuestions, loadDashboard, type PageLoad } from './dashboard-load';
import { explainAll, type Plan, planShape, recordingDb } from './explain';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } } });
const total = Number(values.requests);
const runs = Number(values.runs);
const log = (line: string) => console.error(`bench:analytics: ${line}`);
const DAY = 86_400_000;

// The load average at start, before seeding: the machine is shared.
const machine = machineLine();
log('starting the system');
const cluster = await startCluster({ settings: 'make-up' });
const db = createDb(cluster.databaseUrl, { maxConnections: 4 });
try {
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
  const cases: [string, (db: Db) => Promise<unknown>][] = [
    ['volume: 30 days by day × category', (db) => volumeSeries(db, month, { interval: 'day', groupBy: 'category', tz: 'UTC', top: 10 })],
    ['volume: 7 days by hour × queue, Asia/Shanghai', (db) => volumeSeries(db, week, { interval: 'hour', groupBy: 'queue', tz: 'Asia/Shanghai', top: 10 })],
    ['volume: 30 days, queue=cards', (db) => volumeSeries(db, cards, { interval: 'day', groupBy: 'category', tz: 'UTC', top: 10 })],
    ['classifier: 30 days', (db) => classifierQuality(db, month)],
    ['classifier: 30 days, queue=cards', (db) => classifierQuality(db, cards)],
    ['topic candidates: 7 days + the 7 before (SQL)', (db) => Promise.all([listTopicCandidates(db, week, { limit: 800 }), listTopicCandidates(db, { from: new Date(week.from.getTime() - 7 * DAY), to: week.from }, { limit: 800 })])],
    ['at-risk: 20 most urgent open requests', (db) => listAtRiskRequests(db, { limit: 20 })],
    ['resolution: 30 days by queue (wall clock + business hours)', (db) => resolutionStats(db, month, 'queue')],
    ['resolution: 30 days overall (the dashboard\'s headline)', (db) => resolutionStats(db, month, null)],
    ['resolution histogram: 30 days', (db) => resolutionHistogram(db, month)],
    ['sla: 30 days by queue', (db) => slaStats(db, month, 'queue')],
    ['csat: 30 days by assignee + daily trend', (db) => Promise.all([csatStats(db, month, 'assignee'), csatTrend(db, month, 'UTC')])],
  ];
  const recording = recordingDb(cluster.databaseUrl);
  const measured: { name: string; cold: number; p50: number; max: number; plans: Plan[] }[] = [];
  for (const [name, run] of cases) {
    // Cold: the first call of this query after the load (its plan and pages not yet used by it).
    let t = performance.now();
    await run(db);
    const cold = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      await run(db);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    recording.take();
    await run(recording.db);
    const plans = await explainAll(db, recording.take());
    measured.push({ name, cold, p50: percentile(times, 50), max: times.at(-1)!, plans });
    log(`${name}: cold ${cold.toFixed(0)} ms, warm p50 ${percentile(times, 50).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms; ${plans.map((p) => `${p.executionMs.toFixed(0)} ms ${planShape(p.text)}`).join('; ')}`);
  }
  await recording.destroy();
  const [current, previous] = await Promise.all([listTopicCandidates(db, week, { limit: 800 }), listTopicCandidates(db, { from: new Date(week.from.getTime() - 7 * DAY), to: week.from }, { limit: 800 })]);
  const t = performance.now();
  const discovery = discoverTopics(current, previous);
  const clusterMs = performance.now() - t;

  // What a lead waits for, over HTTP, with intake sharing answers as it runs (README "Analytics").
  const questions = dashboardQuestions();
  const loads: { name: string; load: PageLoad }[] = [];
  const openDashboard = async (name: string, options: { fresh?: boolean } = {}) => {
    const load = await loadDashboard(cluster.intakeUrl, cluster.adminKey, questions, options);
    loads.push({ name, load });
    log(`dashboard, ${name}: complete in ${load.totalMs.toFixed(0)} ms; ${load.answers.map((a) => `${a.panel} ${a.ms.toFixed(0)} ms (age ${a.ageSeconds} s)`).join(', ')}`);
  };
  await openDashboard('the first lead of the morning (nothing shared yet)');
  await openDashboard('a second lead right after');
  await openDashboard('Refresh (`Cache-Control: no-cache`)', { fresh: true });
  await new Promise((resolve) => setTimeout(resolve, 31_000));
  await openDashboard('auto-refresh 31 s later (answers stale: served at once, recomputed behind)');
  // The background recomputations finish before the system stops.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const loadAtEnd = loadavg()[0]!.toFixed(2);

  const ms = (n: number) => n.toFixed(0);
  const table = measured.map((m) => `| ${m.name} | ${ms(m.cold)} | ${ms(m.p50)} | ${ms(m.max)} | ${m.plans.map((p) => ms(p.executionMs)).join(' + ')} | ${m.plans.map((p) => planShape(p.text)).join('; ')} |`);
  const missed = measured.filter((m) => m.p50 > 300 || Math.max(m.cold, m.max) > 1000).map((m) => m.name);
  const slowest = (load: PageLoad) => load.answers.reduce((a, b) => (b.ms > a.ms ? b : a));
  const half = (load: PageLoad) => percentile(load.answers.map((a) => a.ms).sort((a, b) => a - b), 50);
  const pageTable = loads.map(({ name, load }) => `| ${name} | ${ms(half(load))} | ${ms(load.totalMs)} | ${slowest(load).panel} | ${Math.max(...load.answers.map((a) => a.ageSeconds))} |`);
  writeBenchmarkSection(
    'Analytics (read-model aggregates)',
    [
      'Generated by `pnpm bench:analytics` — do not edit by hand; rerun it.',
      '',
      `- Date and machine: ${machine}; ${loadAtEnd} at the end. The machine is shared with other engineers' test runs: compare figures only with the load average beside them.`,
      `- Data: ${seeded.toLocaleString('en')} requests and ${events.toLocaleString('en')} lifecycle events over 30 days, made by the \`caseflow demo seed\` generator (seeds 1…${Math.floor(total / batch)}) and written by \`insertDemoRequests\` (which fills the analytics facts as the lifecycle writer does), after \`VACUUM ANALYZE\`, in the PostgreSQL 15 of a whole running system (the chaos suite's \`startCluster\` with \`make up\`'s settings and the project's PostgreSQL settings). Settings that differ from \`make up\`: ${cluster.differsFromMakeUp.join('; ')}.`,
      `- Each query is called as the route calls it (its query function, no HTTP, so no answer cache): once cold (the first call of that query after the load), then ${runs} warm runs. Plans: \`EXPLAIN (ANALYZE, BUFFERS)\` of the very statements the function sent, with its transaction settings.`,
      '',
      '| query | cold ms | warm p50 ms | warm max ms | plan execution ms | plan |',
      '|---|---:|---:|---:|---:|---|',
      ...table,
      `| topic clustering, CPU (intake runs it on a worker thread): ${current.length} + ${previous.length} requests, k = ${discovery.k} | ${ms(clusterMs)} | — | — | — | — |`,
      '',
      `Goal p50 ≤ 300 ms and worst ≤ 1 s per endpoint over the default 30-day window: ${missed.length === 0 ? '**met** by every query.' : `**not met** by ${missed.join('; ')}.`}`,
      '',
      `What a lead waits for: the ${questions.length} questions the dashboard asks on opening (last 30 days, every queue, its queue list), all at once as the page sends them, over HTTP to the running intake (\`ANALYTICS_CACHE_SECONDS\` 30, \`ANALYTICS_STALE_SECONDS\` 600), one after the other:`,
      '',
      '| page load | half the panels answered, ms | complete in ms | slowest panel | oldest answer (Age, s) |',
      '|---|---:|---:|---|---:|',
      ...pageTable,
      '',
      'Why the queries are shaped as they are, with figures from earlier runs: the hand-written section "Analytics: what the figures say (hand-written)" below.',
      '',
      '<details><summary>Plans</summary>',
      '',
      ...measured.flatMap((m) => m.plans.map((p) => `${m.name}\n\n\`\`\`\n${p.text}\n\`\`\`\n`)),
      '</details>',
    ].join('\n'),
  );
  log('wrote docs/benchmarks.md');
} finally {
  await db.destroy();
  await cluster.stop();
}

// `pnpm bench:throughput`: sustained end-to-end throughput beside the ceiling of the same
// Temporal server. Both columns are driven by the same open loop at the same offered rates,
// with the same warm-up and drain before every window, in alternating rounds:
//   ceiling  — a minimal workflow (start → one activity → complete), start → completed;
//   caseflow — POST /v1/requests → classified in the read model, and request.created and
//              request.classified received by a live webhook subscriber.
// A rate is sustained when every unit offered finished within the grace after the window,
// nothing failed, and the p99 stayed under --p99-ms. Then, at one low rate, what each request
// cost: workflows started, history events, activity tasks, database transactions.
// Rewrites its section of docs/benchmarks.md.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alternatingRounds, formatSpread, machineLine, measureProcesses, openLoop, percentile, type ProcessTimes, spreadOf, writeBenchmarkSection } from '@caseflow/bench-report';
import { payloadCodecsFor } from '@caseflow/codec';
import { createDb, pipelineBacklog } from '@caseflow/db';
import { sql } from 'kysely';
import { copiesText, profileCopies, startCluster } from '@caseflow/e2e/cluster';
import { connectClient } from '@caseflow/temporal';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { transactionsSql, workflowCosts } from './costs';
import { ArrivalLog } from './receiver';
import { highestSteadyRate, isSteady, type Rung } from './verdict';

const { values } = parseArgs({
  options: {
    ladder: { type: 'string', default: '5,10,20,40' },
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    grace: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    'p99-ms': { type: 'string', default: '1000' },
    'cost-requests': { type: 'string', default: '50' },
    // `chaos`: the crash tests' quicker settings (a small model), every one listed in the table.
    settings: { type: 'string', default: 'make-up' },
    // `cluster`: the production profile (temporal-server on PostgreSQL), for the scale-out figure.
    topology: { type: 'string', default: 'dev' },
    copies: { type: 'string' },
  },
});
const options = {
  ladder: values.ladder.split(',').map(Number),
  seconds: Number(values.seconds),
  warmup: Number(values.warmup),
  grace: Number(values.grace),
  rounds: Number(values.rounds),
  p99Ms: Number(values['p99-ms']),
  costRequests: Number(values['cost-requests']),
};
for (const [name, value] of Object.entries(options)) {
  if ((Array.isArray(value) ? value : [value]).some((n) => !Number.isFinite(n) || n <= 0)) throw new Error(`bench:throughput: --${name} must be positive numbers`);
}
if (values.settings !== 'make-up' && values.settings !== 'chaos') throw new Error('bench:throughput: --settings must be make-up or chaos');
const settings = values.settings;
if (values.topology !== 'dev' && values.topology !== 'cluster') throw new Error('bench:throughput: --topology must be dev or cluster');
const topology = values.topology;
// startCluster refuses a count it cannot run, before anything starts.
const copies = values.copies === undefined ? profileCopies(topology) : Number(values.copies);
const command = `pnpm bench:throughput --settings ${settings}${topology === 'dev' ? '' : ` --topology ${topology} --copies ${copies}`} --ladder ${values.ladder} --seconds ${options.seconds} --warmup ${options.warmup} --grace ${options.grace} --rounds ${options.rounds} --p99-ms ${options.p99Ms} --cost-requests ${options.costRequests}`;
const log = (line: string) => console.error(`bench:throughput: ${line}`);
const machine = machineLine();
const runsAs = topology === 'dev' ? 'make up' : 'CASEFLOW_TOPOLOGY=cluster make up';
const profile = topology === 'dev' ? 'dev topology' : `temporal-server on PostgreSQL, ${copiesText(copies)} of each caseflow process`;
const system = `The system as \`${runsAs}\` runs it (${profile}, ${settings === 'make-up' ? 'the default model' : 'the small model'})`;
/** Queries the drain makes per poll: subtracted from the transaction count of the cost window. */
const drainQueriesPerPoll = 1;
let drainPolls = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

log(`starting the ${topology} topology with ${copiesText(copies)} of each process and ${settings} settings`);
const cluster = await startCluster({ settings, topology, copies });
const temporal = await connectClient({ address: cluster.temporalAddress, namespace: 'default', payloadCodecs: payloadCodecsFor(cluster.codecKeys) });
const db = createDb(cluster.databaseUrl, { maxConnections: 2 });
/** Every process of the system (the load generator is their parent, so it cannot be counted apart from them this way). */
const accountedProcesses = Object.fromEntries([...cluster.members, ...cluster.standbys].map((member) => [member.name, member.pid]));
/** The same, and the bench's own process apart (its groups leave out the others' subtrees): the load loop, the receiver and the ceiling's worker. */
const loadGenerator = 'load generator (with the ceiling\'s worker)';
const windowProcesses = { ...accountedProcesses, [loadGenerator]: process.pid };
/** The intake copies in turn, as a load balancer would. */
let nextIntake = 0;
const intakeUrl = () => cluster.intakeUrls[nextIntake++ % cluster.intakeUrls.length]!;
const receiver = new ArrivalLog();
await receiver.start();
const auth = { authorization: `Bearer ${cluster.adminKey}`, 'content-type': 'application/json' };
const subscribed = await fetch(`${cluster.intakeUrl}/v1/webhooks`, { method: 'POST', headers: auth, body: JSON.stringify({ url: receiver.url, events: ['request.created', 'request.classified'], description: 'bench:throughput' }) });
if (subscribed.status !== 201) throw new Error(`subscribing the receiver answered ${subscribed.status}`);

Runtime.install({ logger: new DefaultLogger('WARN') });
const minimalQueue = `bench-minimal-${randomUUID().slice(0, 8)}`;
const workerConnection = await NativeConnection.connect({ address: cluster.temporalAddress });
const minimalWorker = await Worker.create({
  connection: workerConnection,
  namespace: 'default',
  taskQueue: minimalQueue,
  workflowsPath: fileURLToPath(new URL('./minimal-workflow.ts', import.meta.url)),
  activities: { touch: async () => {} },
});
const minimalRun = minimalWorker.run();

try {
  const columns = { ceiling: ceilingWindow, caseflow: caseflowWindow };
  const ladder: { rate: number; ceiling: Rung[]; caseflow: Rung[] }[] = [];
  const failed = new Set<string>();
  for (const rate of options.ladder) {
    const running = Object.fromEntries(Object.entries(columns).filter(([name]) => !failed.has(name))) as Partial<typeof columns>;
    if (Object.keys(running).length === 0) break;
    log(`${rate}/s: ${options.rounds} alternating rounds of ${Object.keys(running).join(', ')}`);
    const rounds = await alternatingRounds(options.rounds, Object.fromEntries(Object.entries(running).map(([name, window]) => [name, () => window(rate)])) as Record<string, () => Promise<Rung>>);
    const rung = { rate, ceiling: rounds['ceiling'] ?? [], caseflow: rounds['caseflow'] ?? [] };
    ladder.push(rung);
    for (const name of Object.keys(running)) {
      const results = rung[name as keyof typeof columns];
      const steady = steadyByMedian(results);
      log(`${rate}/s ${name}: p99 ${formatSpread(spreadOf(results.map((r) => r.p99Ms)), 0)} ms, ${steady ? 'sustained' : 'not sustained'}`);
      if (!steady) failed.add(name);
    }
  }
  const ceilingRate = highestSteadyRate(ladder.filter((r) => r.ceiling.length > 0).map((r) => ({ rate: r.rate, steady: steadyByMedian(r.ceiling) })));
  const caseflowRate = highestSteadyRate(ladder.filter((r) => r.caseflow.length > 0).map((r) => ({ rate: r.rate, steady: steadyByMedian(r.caseflow) })));

  log(`what a request costs: ${options.costRequests} requests at 5/s`);
  const costs = await costWindow(options.costRequests);

  const rows = ladder.flatMap(({ rate, ceiling, caseflow }) =>
    [
      ['ceiling (minimal workflow)', ceiling],
      ['caseflow (accepted → classified, events delivered)', caseflow],
    ].flatMap(([name, results]) => {
      const rs = results as Rung[];
      if (rs.length === 0) return [];
      const spread = (pick: (r: Rung) => number, digits = 0) => formatSpread(spreadOf(rs.map(pick)), digits);
      return [`| ${rate}/s | ${String(name)} | ${spread((r) => r.done)} of ${spread((r) => r.offered)} | ${spread((r) => r.errors)} | ${spread((r) => r.p50Ms)} ms | ${spread((r) => r.p99Ms)} ms | ${steadyByMedian(rs) ? 'yes' : 'no'} |`];
    }),
  );
  const cpuTable = cpuPerUnitTable(ladder);
  const perRequest = (n: number) => (n / costs.requests).toFixed(1);
  const section = `
Command: \`${command}\`
Measured ${machine}.

${cluster.differsFromMakeUp.length === 0 ? `${system}.` : `${system}, except:\n${cluster.differsFromMakeUp.map((line) => `- ${line}`).join('\n')}`}
The ceiling's worker runs inside the load generator's process (no codec, no interceptors);
caseflow's workers are their own processes. One live webhook subscriber (request.created,
request.classified) on loopback. Each window: drain, ${options.warmup} s warm-up at the rate, drain, ${options.seconds} s
open loop; a unit counts as done when it finished within ${options.grace} s after the window. A rate is
sustained when, in the median round, everything offered was done, nothing failed and the p99
was at most ${options.p99Ms} ms. Figures: median (lowest–highest) of ${options.rounds} alternating rounds.

| offered | column | done of offered | errors | p50 | p99 | sustained |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

| | requests/s |
| --- | --- |
| ceiling: highest sustained rate of the minimal workflow | ${ceilingRate}${ceilingRate === options.ladder.at(-1) ? ' (the top of the ladder: a floor, not the ceiling)' : ''} |
| caseflow: highest sustained end-to-end rate | ${caseflowRate} |
| ratio | ${ceilingRate === 0 ? 'n/a' : (caseflowRate / ceilingRate).toFixed(2)} |

CPU time per unit done in the same windows (/proc schedstat of each process and its
descendants, from the start of the window to the end of its grace for caseflow, to the last
result for the ceiling; ms, median of the rounds; the load generator's process also runs the
ceiling's worker and the webhook receiver; at a rate that is not sustained, work still queued
after the window is not counted):

${cpuTable.join('\n')}

Per request (${costs.requests} requests at 5/s, drained; every workflow started in that window, from their histories):

| | per request |
| --- | --- |
${Object.entries(costs.workflows.started).map(([type, count]) => `| workflows started: ${type} | ${perRequest(count)} |`).join('\n')}
| history events | ${perRequest(costs.workflows.events)} |
| workflow tasks | ${perRequest(costs.workflows.workflowTasks)} |
| activity tasks (through a task queue) | ${perRequest(costs.workflows.activityTasks)} |
| local activities | ${perRequest(costs.workflows.localActivities)} |
| \`patched()\` markers | ${perRequest(costs.workflows.patchMarkers)} |
| database transactions (pg_stat_database, the bench's own polling subtracted) | ${perRequest(costs.transactions)} |

CPU time per request by process in the same window (/proc schedstat of each process and its
descendants; the window lasted ${(costs.windowMs / 1000).toFixed(1)} s, and an idle window as long, measured right after,
is subtracted; run-queue wait is time spent runnable waiting for a core):

| process | CPU ms per request | idle CPU ms per second | run-queue wait ms per request |
| --- | --- | --- | --- |
${cpuRows(costs).join('\n')}
`;
  console.log(section);
  writeBenchmarkSection(topology === 'dev' ? 'Sustained throughput (bench:throughput)' : `Sustained throughput, cluster profile, ${copiesText(copies)} of each process (bench:throughput --topology cluster)`, section);
  log('wrote docs/benchmarks.md');
} finally {
  minimalWorker.shutdown();
  await minimalRun.catch(() => undefined);
  await workerConnection.close();
  await receiver.stop();
  await db.destroy();
  await temporal.connection.close();
  await cluster.stop();
}

function cpuRows(costs: { requests: number; cpu: ProcessTimes; idleCpu: ProcessTimes; windowMs: number }): string[] {
  const rows = Object.entries(costs.cpu).map(([name, time]) => {
    const idle = costs.idleCpu[name] ?? { cpuMs: 0, runQueueWaitMs: 0 };
    return { name, perRequest: (time.cpuMs - idle.cpuMs) / costs.requests, idlePerSecond: idle.cpuMs / (costs.windowMs / 1000), waitPerRequest: (time.runQueueWaitMs - idle.runQueueWaitMs) / costs.requests };
  });
  rows.sort((a, b) => b.perRequest - a.perRequest);
  const total = rows.reduce((sum, row) => ({ perRequest: sum.perRequest + row.perRequest, idlePerSecond: sum.idlePerSecond + row.idlePerSecond, waitPerRequest: sum.waitPerRequest + row.waitPerRequest }), { perRequest: 0, idlePerSecond: 0, waitPerRequest: 0 });
  return [...rows, { name: '**all**', ...total }].map((row) => `| ${row.name} | ${row.perRequest.toFixed(1)} | ${row.idlePerSecond.toFixed(1)} | ${row.waitPerRequest.toFixed(1)} |`);
}

function cpuPerUnitTable(ladder: readonly { rate: number; ceiling: Rung[]; caseflow: Rung[] }[]): string[] {
  const columns = [...new Set(ladder.flatMap((rung) => [...rung.ceiling, ...rung.caseflow].flatMap((r) => Object.keys(r.cpuMsPerUnit))))].filter((name) => name !== 'all');
  const rows = ladder.flatMap(({ rate, ceiling, caseflow }) =>
    (
      [
        ['ceiling', ceiling],
        ['caseflow', caseflow],
      ] as const
    ).flatMap(([name, rounds]) => (rounds.length === 0 ? [] : [`| ${rate}/s | ${name} | ${[...columns, 'all'].map((process) => formatSpread(spreadOf(rounds.map((r) => r.cpuMsPerUnit[process] ?? 0)), 1)).join(' | ')} |`])),
  );
  return [`| offered | column | ${columns.join(' | ')} | all |`, `| --- | --- | ${columns.map(() => '---:').join(' | ')} | ---: |`, ...rows];
}

function steadyByMedian(rounds: readonly Rung[]): boolean {
  const verdicts = rounds.map((rung) => isSteady(rung, { p99LimitMs: options.p99Ms }));
  return verdicts.filter(Boolean).length * 2 > verdicts.length;
}

/** The minimal workflow at `rate`: start → result, each counted from when its start was due. */
async function ceilingWindow(rate: number): Promise<Rung> {
  const finished: number[] = [];
  const run = async () => {
    await temporal.workflow.execute('minimalWorkflow', { taskQueue: minimalQueue, workflowId: `bench-minimal-${randomUUID()}` });
    finished.push(Date.now());
  };
  await drained();
  await openLoop(run, options.warmup, rate);
  await drained();
  finished.length = 0;
  const cutoff = Date.now() + (options.seconds + options.grace) * 1000;
  const { result, times } = await measureProcesses(windowProcesses, () => openLoop(run, options.seconds, rate));
  // The loop waits for every result; one that came after the grace is not done.
  const done = finished.filter((at) => at <= cutoff).length;
  return { rate, offered: result.completed + result.errors, errors: result.errors, done, p50Ms: result.p50Ms, p99Ms: result.p99Ms, cpuMsPerUnit: perUnit(times, done) };
}

/** POST /v1/requests at `rate`: accepted → classified (read model), and both events received. */
async function caseflowWindow(rate: number): Promise<Rung> {
  const post = (channel: string) => async () => {
    const response = await fetch(`${intakeUrl()}/v1/requests`, { method: 'POST', headers: { ...auth, 'idempotency-key': randomUUID() }, body: body(channel) });
    await response.arrayBuffer();
    if (response.status !== 201 && response.status !== 202) throw new Error(`POST /v1/requests answered ${response.status}`);
  };
  await drained();
  await openLoop(post(`warm-${randomUUID().slice(0, 8)}`), options.warmup, rate);
  await drained();
  const channel = `bench-${randomUUID().slice(0, 8)}`;
  const { result, times: cpu } = await measureProcesses(windowProcesses, async () => {
    const posted = await openLoop(post(channel), options.seconds, rate);
    await sleep(options.grace * 1000);
    return posted;
  });
  const cutoff = Date.now();
  const rows = await db.selectFrom('requests').select(['id', 'created_at', 'classified_at']).where('channel', '=', channel).execute();
  const created = receiver.arrivedAt('request.created');
  const classifiedEvents = receiver.arrivedAt('request.classified');
  const times: number[] = [];
  for (const row of rows) {
    const classifiedAt = row.classified_at?.getTime();
    const delivered = (created.get(row.id) ?? Infinity) <= cutoff && (classifiedEvents.get(row.id) ?? Infinity) <= cutoff;
    if (classifiedAt !== undefined && classifiedAt <= cutoff && delivered) times.push(classifiedAt - row.created_at.getTime());
  }
  times.sort((a, b) => a - b);
  return { rate, offered: result.completed + result.errors, errors: result.errors, done: times.length, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), cpuMsPerUnit: perUnit(cpu, times.length) };
}

/** CPU ms per unit done, by process, and in all. */
function perUnit(times: ProcessTimes, done: number): Record<string, number> {
  const entries = Object.entries(times).map(([name, time]) => [name, done === 0 ? 0 : time.cpuMs / done] as const);
  return { ...Object.fromEntries(entries), all: entries.reduce((sum, [, ms]) => sum + ms, 0) };
}

function body(channel: string): string {
  return JSON.stringify({ customerId: `bench-${randomUUID().slice(0, 6)}`, subject: 'Card not arrived', body: `I ordered a card two weeks ago and it has not arrived (${randomUUID()}).`, channel });
}

/** Until nothing is pending: no request unclassified, no event unplanned, no delivery due. At most five minutes. */
async function drained(): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    drainPolls += 1;
    if ((await pipelineBacklog(db)) === 0) return;
    await sleep(500);
  }
  log('the backlog did not drain within five minutes; measuring anyway');
}

async function costWindow(requests: number): Promise<{ requests: number; workflows: Awaited<ReturnType<typeof workflowCosts>>; transactions: number; cpu: ProcessTimes; idleCpu: ProcessTimes; windowMs: number }> {
  await drained();
  await sleep(1_500);
  const transactions = async () => Number((await sql<{ transactions: string }>`${sql.raw(transactionsSql)}`.execute(db)).rows[0]?.transactions ?? 0);
  const before = await transactions();
  const pollsBefore = drainPolls;
  const from = new Date();
  const channel = `cost-${randomUUID().slice(0, 8)}`;
  const started = Date.now();
  const { times: cpu } = await measureProcesses(accountedProcesses, async () => {
    await openLoop(
      async () => {
        const response = await fetch(`${intakeUrl()}/v1/requests`, { method: 'POST', headers: { ...auth, 'idempotency-key': randomUUID() }, body: body(channel) });
        await response.arrayBuffer();
      },
      requests / 5,
      5,
    );
    await drained();
  });
  const windowMs = Date.now() - started;
  const to = new Date();
  // What the same processes use doing nothing for as long (polls, timers, the dev server's own loops).
  const { times: idleCpu } = await measureProcesses(accountedProcesses, () => sleep(windowMs));
  // The statistics reach pg_stat_database when a backend goes idle: give them a moment.
  await sleep(1_500);
  const after = await transactions();
  const bench = (drainPolls - pollsBefore) * drainQueriesPerPoll + 1;
  return { requests, workflows: await workflowCosts(temporal, from, to), transactions: after - before - bench, cpu, idleCpu, windowMs };
}

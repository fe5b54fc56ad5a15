// `pnpm bench:assignment`: the system as `make up` runs it (startCluster, dev topology), 20
// available agents serving every routed queue, each queue `least_loaded`; requests posted
// at --rate a second for --seconds, in --rounds rounds on the same system. For each request,
// the time from its request.classified event to its request.assigned event, both as the
// request's workflow recorded them. Rewrites its own section of docs/benchmarks.md.
import { parseArgs } from 'node:util';
import { machineLine, percentile, writeBenchmarkSection } from '@caseflow/bench-report';
import { createDb, type Db } from '@caseflow/db';
import { routedQueues, turnOnAssignment } from '@caseflow/e2e/chaos-assignment';
import { type Attempt, runLoad } from '@caseflow/e2e/chaos-load';
import { startCluster } from '@caseflow/e2e/cluster';
import { connectClient } from '@caseflow/temporal';
import { lineSpans, type Spans, spanRows } from './timeline';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    agents: { type: 'string', default: '20' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const rounds = Number(values.rounds);
const agents = Number(values.agents);
const drainTimeoutMs = 120_000;
const log = (line: string) => console.error(`bench:assignment: ${line}`);
// Taken before the system starts: the load it reports is the machine's, not the benchmark's.
const machine = machineLine();

interface Round {
  measured: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  unassigned: number;
}

/** Classified → assigned per request of the run, in arrival order (the idempotency key's number). */
async function latencies(db: Db, runId: string): Promise<{ index: number; ms: number | null }[]> {
  const rows = await db
    .selectFrom('requests')
    .innerJoin('request_events as c', (join) => join.onRef('c.request_id', '=', 'requests.id').on('c.type', '=', 'request.classified'))
    .leftJoin('request_events as a', (join) => join.onRef('a.request_id', '=', 'requests.id').on('a.type', '=', 'request.assigned'))
    .select(['requests.idempotency_key as key', 'c.at as classifiedAt', 'a.at as assignedAt'])
    .where('requests.idempotency_key', 'like', `${runId}-%`)
    .execute();
  return rows.map((row) => ({
    index: Number(String(row.key).slice(runId.length + 1)),
    ms: row.assignedAt === null ? null : new Date(row.assignedAt).getTime() - new Date(row.classifiedAt).getTime(),
  }));
}

log('starting the system');
const cluster = await startCluster({ settings: 'make-up' });
const db = createDb(cluster.databaseUrl, { maxConnections: 2 });
const temporal = await connectClient({ address: cluster.temporalAddress, namespace: 'default' });
try {
  const requestsPerRound = Math.round(rate * seconds);
  // Nobody resolves during the run: every agent has room for all of it, so a wait is the line's, not capacity's.
  await turnOnAssignment(cluster.intakeUrl, cluster.adminKey, `bench-${Date.now()}`, agents, Math.min(1000, Math.ceil((requestsPerRound * rounds) / agents) + 10));
  const results: Round[] = [];
  const spans: Spans = {};
  for (let round = 1; round <= rounds; round += 1) {
    const runId = `bench-assign-${Date.now()}-${round}`;
    const attempts: Attempt[] = [];
    const countedFrom = Date.now() + warmupSeconds * 1000;
    log(`round ${round}/${rounds}: ${requestsPerRound} requests at ${rate}/s`);
    await runLoad({ intakeUrls: cluster.intakeUrls, attempts, apiKey: cluster.adminKey, runId, requests: requestsPerRound, concurrency: 8, resolveEvery: Number.MAX_SAFE_INTEGER, giveUpAfterMs: 60_000, ratePerSecond: rate });
    // Drain: every request classified and assigned, or the timeout.
    const deadline = Date.now() + drainTimeoutMs;
    let measured = await latencies(db, runId);
    while (Date.now() < deadline && (measured.length < requestsPerRound || measured.some((m) => m.ms === null))) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      measured = await latencies(db, runId);
    }
    const counted = measured.filter((m) => m.index >= warmupSeconds * rate);
    const times = counted.flatMap((m) => (m.ms === null ? [] : [m.ms])).sort((a, b) => a - b);
    const round_: Round = { measured: times.length, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), maxMs: times.at(-1) ?? Number.NaN, unassigned: counted.length - times.length + (requestsPerRound - measured.length) };
    log(`round ${round}: p50 ${round_.p50Ms} ms, p99 ${round_.p99Ms} ms, max ${round_.maxMs} ms, ${round_.unassigned} not assigned`);
    results.push(round_);
    for (const [name, values] of Object.entries(await lineSpans(temporal, routedQueues(), countedFrom))) (spans[name] ??= []).push(...values);
  }
  const median = (pick: (r: Round) => number) => percentile(results.map(pick).sort((a, b) => a - b), 50);
  const spread = (pick: (r: Round) => number) => `${Math.min(...results.map(pick))}–${Math.max(...results.map(pick))}`;
  writeBenchmarkSection(
    'Automatic assignment (bench:assignment)',
    `
Command: \`pnpm bench:assignment --rate ${rate} --seconds ${seconds} --warmup ${warmupSeconds} --rounds ${rounds} --agents ${agents}\`
Measured ${machine}.

The system as \`make up\` runs it (dev topology: one copy of each process, the Temporal dev
server, the default model)${cluster.differsFromMakeUp.length === 0 ? '' : `, except:\n${cluster.differsFromMakeUp.map((line) => `- ${line}`).join('\n')}\n`}
${agents} available agents serving every routed queue, every queue
\`least_loaded\`, nobody resolving. Each round posts ${requestsPerRound} requests at ${rate}/s (retrying
clients, 8 at a time); the first ${warmupSeconds} s of arrivals of each round are not counted; a round
ends when every request is assigned (or after ${drainTimeoutMs / 1000} s). Time = request.assigned's \`at\`
− request.classified's \`at\`, as the request's workflow recorded them.

| | median of ${rounds} rounds | spread |
| --- | --- | --- |
| requests measured per round | ${median((r) => r.measured)} | ${spread((r) => r.measured)} |
| classified → assigned p50 | ${median((r) => r.p50Ms)} ms | ${spread((r) => r.p50Ms)} ms |
| classified → assigned p99 | ${median((r) => r.p99Ms)} ms | ${spread((r) => r.p99Ms)} ms |
| slowest | ${median((r) => r.maxMs)} ms | ${spread((r) => r.maxMs)} ms |
| not assigned at the end | ${median((r) => r.unassigned)} | ${spread((r) => r.unassigned)} |

${linesSection(spans)}
`,
  );
  log(`written to docs/benchmarks.md (${spans['assignFromLine: ran']?.length ?? 0} picks by the lines after warm-up)`);
} finally {
  await temporal.connection.close();
  await db.destroy();
  await cluster.stop();
}

/**
 * The lines' share: a request assigned on arrival never reaches a line, so the picks the lines
 * made after the warm-up are the requests that waited in one.
 */
function linesSection(spans: Spans): string {
  const picks = spans['assignFromLine: ran']?.length ?? 0;
  if (picks === 0) return 'No line handed out a request after the warm-up (no `assignFromLine` in the lines\' histories): every measured request was assigned on arrival.';
  return `The lines handed out ${picks} requests after the warm-up (\`assignFromLine\` runs); the rest were assigned on arrival.
Where the lines' time went, from the lines' own Temporal histories (all rounds, after warm-up;
"waited for a worker" is scheduled → started, "ran" is started → completed; \`assignFromLine\`
runs the capacity guard and the request's assign Update):

| span | count | p50 | p99 | sum |
| --- | --- | --- | --- | --- |
${spanRows(spans).join('\n')}`;
}

// `pnpm bench:read`: seeds 1,000,000 requests with COPY, then measures GET /v1/requests
// (filters, keyset pages, search) over HTTP and EXPLAINs the SQL behind each case.
// Rewrites its own section of docs/benchmarks.md.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { closedLoop, machineLine, measureProcesses, type ProcessTimes, type Throughput, writeBenchmarkSection } from '@caseflow/bench-report';
import { createDb, searchRequests } from '@caseflow/db';
import { startCluster } from '@caseflow/e2e/cluster';
import { sql } from 'kysely';
import { filtersOf, type ReadCase, readCases } from './cases';
import { explainSearch, type PlanSummary } from './explain';
import { seedRequests } from './seed';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '8' } },
});
const rows = Number(values.rows);
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const days = 30;
const log = (line: string) => console.error(`bench:read: ${line}`);
// Taken before the system starts: the load it reports is the machine's, not the benchmark's.
const machine = machineLine();

interface Measured {
  readCase: ReadCase;
  throughput: Throughput;
  queryOnly: Throughput;
  slowest: PlanSummary;
  /** The variant whose plan was slowest, as API parameters. */
  slowestParams: Record<string, string>;
  /** CPU used and run-queue wait of intake, PostgreSQL and the load generator during the HTTP window. */
  times: ProcessTimes;
}

log('starting the system');
const cluster = await startCluster({ settings: 'make-up' });
const pids = Object.fromEntries(cluster.members.map((member) => [member.name, member.pid]));
const accounted = { intake: pids['intake'], postgres: pids['postgres'], 'load generator': process.pid };
const db = createDb(cluster.databaseUrl, { maxConnections: 2 });
const queryDb = createDb(cluster.databaseUrl, { maxConnections: concurrency });
const headers = { authorization: `Bearer ${cluster.adminKey}` };

async function getPage(params: Record<string, string>): Promise<{ items: { id: string; createdAt: string }[]; nextCursor: string | null }> {
  const response = await fetch(`${cluster.intakeUrl}/v1/requests?${new URLSearchParams(params)}`, { headers });
  if (response.status !== 200) throw new Error(`GET /v1/requests?${new URLSearchParams(params)}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { items: { id: string; createdAt: string }[]; nextCursor: string | null };
}

/** Follows nextCursor to page `page`; answers its cursor and the keyset position it stands for. */
async function cursorOfPage(params: Record<string, string>, page: number): Promise<{ cursor: string; after: { createdAt: string; id: string } }> {
  let current = params;
  let last: { id: string; createdAt: string } | undefined;
  for (let i = 1; i < page; i += 1) {
    const answer = await getPage(current);
    last = answer.items.at(-1);
    if (answer.nextCursor === null || last === undefined) throw new Error(`only ${i} pages for ${JSON.stringify(params)}`);
    current = { ...params, cursor: answer.nextCursor };
  }
  return { cursor: current.cursor!, after: { createdAt: last!.createdAt, id: last!.id } };
}

try {
  const now = new Date();
  log(`seeding ${rows} requests with COPY`);
  const seed = await seedRequests(cluster.databaseUrl, { rows, customers: 2_000, agents: 60, days, now, seed: 7 });
  log(`seeded: COPY ${seed.copySeconds.toFixed(1)} s, indexes ${seed.indexSeconds.toFixed(1)} s, VACUUM ANALYZE ${seed.analyzeSeconds.toFixed(1)} s`);
  const sizes = await databaseSizes();

  const measured: Measured[] = [];
  for (const readCase of readCases(seed, now, days)) {
    let variants = readCase.variants;
    let after: { createdAt: string; id: string } | undefined;
    if (readCase.deepPage !== undefined) {
      const deep = await cursorOfPage(variants[0]!, readCase.deepPage);
      variants = [{ ...variants[0]!, cursor: deep.cursor }];
      after = deep.after;
    }
    let next = 0;
    let firstError: unknown;
    const call = () =>
      getPage(variants[next++ % variants.length]!).catch((error: unknown) => {
        firstError ??= error;
        throw error;
      });
    await closedLoop(call, 1, concurrency); // warm-up: connections, plan caches, buffers
    const { result: throughput, times } = await measureProcesses(accounted, () => closedLoop(call, seconds, concurrency));
    // The same values straight through searchRequests (a pool of `concurrency`): the query's
    // share of the HTTP latency above.
    let nextQuery = 0;
    const queryOnly = await closedLoop(() => {
      const { cursor: _cursor, ...filters } = variants[nextQuery++ % variants.length]!;
      return searchRequests(queryDb, filtersOf(filters), { limit: 21, after });
    }, Math.max(2, seconds / 2), concurrency);
    // The slowest value's plan explains the tail; EXPLAIN each (a sample of 30 at most).
    let slowest: PlanSummary | undefined;
    let slowestParams: Record<string, string> = {};
    for (const params of variants.slice(0, 30)) {
      const { cursor: _cursor, ...filters } = params;
      const plan = await explainSearch(db, filtersOf(filters), { limit: 21, after });
      if (slowest === undefined || plan.executionMs > slowest.executionMs) [slowest, slowestParams] = [plan, params];
    }
    if (firstError !== undefined) log(`${readCase.name}: first error: ${String(firstError)}`);
    measured.push({ readCase, throughput, times, queryOnly, slowest: slowest!, slowestParams });
    log(`${readCase.name}: ${throughput.requestsPerSecond.toFixed(0)}/s p50 ${throughput.p50Ms.toFixed(1)} ms p99 ${throughput.p99Ms.toFixed(1)} ms, errors ${throughput.errors}; query alone p50 ${queryOnly.p50Ms.toFixed(2)} ms p99 ${queryOnly.p99Ms.toFixed(2)} ms; slowest plan ${slowest!.executionMs.toFixed(2)} ms ${slowest!.shape}`);
  }

  const section = render(measured, seed, sizes);
  console.log(section);
  writeBenchmarkSection('Read path (1,000,000 requests)', section);
  log('wrote docs/benchmarks.md');
} finally {
  await db.destroy();
  await queryDb.destroy();
  await cluster.stop();
}

async function databaseSizes(): Promise<Record<string, string>> {
  const { rows: [sizes] } = await sql<Record<string, string>>`
    select pg_size_pretty(pg_database_size(current_database())) as database,
           pg_size_pretty(pg_relation_size('requests')) as heap,
           pg_size_pretty(pg_table_size('requests') - pg_relation_size('requests')) as toast,
           pg_size_pretty(pg_indexes_size('requests')) as indexes,
           pg_size_pretty(pg_relation_size('requests_search_idx')) as search_index,
           (select count(*)::text from requests) as rows`.execute(db);
  return sizes!;
}

/** What the plans and the /proc accounting say, as figures; no cause is named that was not measured. */
function reading(lists: Measured[]): string {
  const worstPlan = Math.max(...lists.map((m) => m.slowest.executionMs));
  const worstBuffers = Math.max(...lists.map((m) => m.slowest.sharedHit + m.slowest.sharedRead));
  const medianQuery = Math.max(...lists.map((m) => m.queryOnly.p50Ms));
  const waited = (m: Measured) => Object.values(m.times).reduce((total, time) => total + time.runQueueWaitMs, 0) / 1000;
  return `Every list plan, for its slowest value, executes in ≤ ${worstPlan.toFixed(2)} ms and touches ≤ ${worstBuffers} buffers; the query alone has p50 ≤ ${medianQuery.toFixed(2)} ms. During the HTTP windows (${seconds} s each, 2 cores) intake, PostgreSQL and the load generator together sat runnable but waiting for a CPU for ${Math.min(...lists.map(waited)).toFixed(1)}–${Math.max(...lists.map(waited)).toFixed(1)} s (column "run-queue wait"), from /proc/*/task/*/schedstat.`;
}

function cpuCell(times: ProcessTimes): string {
  return ['intake', 'postgres', 'load generator'].map((name) => `${((times[name]?.cpuMs ?? 0) / 1000).toFixed(1)} / ${((times[name]?.runQueueWaitMs ?? 0) / 1000).toFixed(1)}`).join(', ');
}

function render(measured: Measured[], seed: Awaited<ReturnType<typeof seedRequests>>, sizes: Record<string, string>): string {
  const lists = measured.filter((m) => m.readCase.kind === 'list');
  const missed = lists.filter((m) => m.throughput.p99Ms > 20);
  const queryMissed = lists.filter((m) => m.queryOnly.p99Ms > 20);
  const row = (m: Measured) =>
    `| ${m.readCase.name} | ${m.readCase.variants.length} | ${m.throughput.requestsPerSecond.toFixed(0)} | ${m.throughput.p50Ms.toFixed(1)} | ${m.throughput.p99Ms.toFixed(1)} | ${m.throughput.errors} | ${m.queryOnly.p50Ms.toFixed(2)} | ${m.queryOnly.p99Ms.toFixed(2)} | ${m.slowest.executionMs.toFixed(2)} | ${m.slowest.sharedHit + m.slowest.sharedRead} | ${m.slowest.shape} | ${cpuCell(m.times)} |`;
  const header = '| case | values rotated | HTTP requests/s | HTTP p50 ms | HTTP p99 ms | errors | query alone p50 ms | query alone p99 ms | slowest plan: execution ms | buffers | plan (slowest value) | CPU s / run-queue wait s (intake, postgres, load generator) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |';
  const plans = measured
    .filter((m) => ['no filter, first page', 'status', 'customerId', 'createdFrom/createdTo (one day)', 'page 50 via cursors, queue=cards', 'q English word "refund"', 'q Chinese two characters "退款"'].includes(m.readCase.name))
    .map((m) => `\`GET /v1/requests?${decodeURIComponent(new URLSearchParams(m.slowestParams).toString())}\`\n\n\`\`\`\n${m.slowest.text}\n\`\`\``)
    .join('\n\n');
  return `Generated by \`pnpm bench:read\` (options: \`--rows ${rows} --seconds ${seconds} --concurrency ${concurrency}\`) — rerun it, do not edit by hand.

- ${machine}
- The whole system (PostgreSQL 15 with the project's settings, the Temporal dev server, the four caseflow processes), on the same 2-core machine as the load generator. Settings that differ from \`make up\`:\n${cluster.differsFromMakeUp.map((line) => `  - ${line}`).join('\n')}
- Data: ${Number(sizes.rows).toLocaleString('en')} requests over ${days} days (business-hours arrivals, quieter weekends), 2,000 customers (a few large ones, a long tail), 60 agents, statuses by age (recent open, older resolved then closed), category from banking77 texts with the classifier's routing for queue and priority (~8% low confidence in \`triage\`), ~5% Chinese texts, 40% of bodies with a reference number.
- Seeding: COPY (2 streams, pg-copy-streams) **${seed.copySeconds.toFixed(1)} s** (${Math.round(rows / seed.copySeconds).toLocaleString('en')} rows/s, the stored search tsvector computed by PostgreSQL), secondary indexes rebuilt ${seed.indexSeconds.toFixed(1)} s, VACUUM ANALYZE ${seed.analyzeSeconds.toFixed(1)} s.
- Size: database **${sizes.database}**; \`requests\` heap ${sizes.heap}, TOAST ${sizes.toast}, indexes ${sizes.indexes} (of which the search GIN index ${sizes.search_index}).
- Load: ${concurrency} requests in flight (closed loop, \`fetch\` with keep-alive), admin key, ${seconds} s per case after a 1 s warm-up, default page size 20; each call takes the next of the case's values (every status, every queue, 200 customers, one-day windows, …). HTTP latency is the client's; *query alone* runs the same values through \`searchRequests\` (the route's query function) from the bench process with a pool of ${concurrency} connections, no HTTP. \`category\` rotates through all 77 of banking77's intents.
- Plans: \`EXPLAIN (ANALYZE, BUFFERS)\` of the very SQL the route runs (\`requestSearchQuery(…).compile()\`), for each value (30 at most), the slowest shown.

${header}
${measured.map(row).join('\n')}

Goal p99 ≤ 20 ms for filtered lists, over HTTP: ${missed.length === 0 ? '**met** by every list case' : `**not met** by ${missed.map((m) => m.readCase.name).join(', ')}`}; by the query alone: ${queryMissed.length === 0 ? '**met** by every list case' : `**not met** by ${queryMissed.map((m) => m.readCase.name).join(', ')}`}. Load average at the end: ${loadavg()[0]?.toFixed(2)}. Search (\`q\`) figures are stated above, not judged.

${reading(lists)}

<details><summary>Plans of the main queries (slowest value)</summary>

${plans}

</details>
`;
}

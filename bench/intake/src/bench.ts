// `pnpm bench:intake`: intake throughput against its two ceilings, time to classification,
// and resident memory, in one run on one Temporal dev server. Rewrites its section of
// docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closedLoop, machineLine, openLoop, percentile, type Throughput, writeBenchmarkSection } from '@caseflow/bench-report';
import { payloadCodecsFor } from '@caseflow/codec';
import { serviceRequestStart, serviceRequestWorkflowType } from '@caseflow/contracts';
import { createDb } from '@caseflow/db';
import { startCluster } from '@caseflow/e2e/cluster';
import { connectClient } from '@caseflow/temporal';
import { freePort } from '@caseflow/test-harness/node';
import { hammer } from './load';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '16' },
    rate: { type: 'string', default: '5' },
    ladder: { type: 'string', default: '10,20,30,40,60,80' },
    'step-seconds': { type: 'string', default: '10' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const steadyRate = Number(values.rate);
const ladder = values.ladder.split(',').map(Number);
const stepSeconds = Number(values['step-seconds']);
/** The latency goal of the issue: p99 at or under this, at a given offered load. */
const latencyGoalMs = 50;
const log = (line: string) => console.error(`bench:intake: ${line}`);

const body = () =>
  JSON.stringify({ customerId: 'bench-customer', subject: 'Card not arrived', body: `I ordered a card two weeks ago and it has not arrived (${randomUUID()}).`, channel: 'bench' });

log('starting the system');
const cluster = await startCluster({ webhookRetryMaxMs: 2_000 });
const [intake, workflows, classification, notification] = cluster.members;
const services = [intake, workflows, classification, notification].filter((member) => member !== undefined);
const rss = () => Object.fromEntries(services.map((member) => [member.name, residentMB(member.pid)]));
const temporal = await connectClient({ address: cluster.temporalAddress, namespace: 'default', payloadCodecs: payloadCodecsFor(cluster.codecKeys) });
const auth = { authorization: `Bearer ${cluster.adminKey}` };

try {
  const idle = rss();
  log(`warming up`);
  await hammer(`${cluster.intakeUrl}/v1/requests`, auth, body, 3, 4);

  log(`(a) Fastify hello world, ${seconds} s × ${connections} connections`);
  const helloPort = await freePort();
  const hello = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./hello-server.ts', import.meta.url))], { env: { ...process.env, PORT: String(helloPort) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => hello.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve()));
  const ceilingHttp = await hammer(`http://127.0.0.1:${helloPort}/hello`, {}, body, seconds, connections);
  hello.kill('SIGTERM');

  log(`(b) client.workflow.start from this process, ${seconds} s × ${connections} in flight`);
  const ceilingTemporal = await closedLoop(startWorkflowDirectly, seconds, connections);

  await drained();
  log(`(c) POST /v1/requests end to end, ${seconds} s × ${connections} connections`);
  let peak: Record<string, number> = {};
  const sampler = setInterval(() => {
    for (const [name, mb] of Object.entries(rss())) peak[name] = Math.max(peak[name] ?? 0, mb);
  }, 250);
  const caseflow = await hammer(`${cluster.intakeUrl}/v1/requests`, auth, body, seconds, connections);
  clearInterval(sampler);
  const underLoad = peak;
  peak = {};
  await drained();
  // Latency at a given load: both paths offered the same open-loop rates, the backlog drained
  // between steps, so each step starts from a system that keeps up.
  const steps: { rate: number; temporal: Throughput; caseflow: Throughput }[] = [];
  for (const rate of ladder) {
    log(`open loop at ${rate}/s for ${stepSeconds} s: (b) workflow.start, then (c) POST /v1/requests`);
    const temporalStep = await openLoop(startWorkflowDirectly, stepSeconds, rate);
    await drained();
    const caseflowStep = await openLoop(postRequest, stepSeconds, rate);
    await drained();
    steps.push({ rate, temporal: temporalStep, caseflow: caseflowStep });
  }
  const meets = (t: Throughput, rate: number) => t.p99Ms <= latencyGoalMs && t.errors === 0 && t.requestsPerSecond >= rate * 0.95;
  const bestRate = (pick: (step: (typeof steps)[number]) => Throughput) => Math.max(0, ...steps.filter((step) => meets(pick(step), step.rate)).map((step) => step.rate));
  const temporalAtGoal = bestRate((step) => step.temporal);
  const caseflowAtGoal = bestRate((step) => step.caseflow);

  log(`time to classification at a steady ${steadyRate} requests/s for ${seconds} s`);
  // The backlog of the throughput runs drains first: this measures a system keeping up.
  await drained();
  const since = new Date();
  const steadyChannel = `steady-${randomUUID().slice(0, 8)}`;
  const total = steadyRate * seconds;
  for (let i = 0; i < total; i += 1) {
    const due = since.getTime() + (i * 1000) / steadyRate;
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    void fetch(`${cluster.intakeUrl}/v1/requests`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ ...JSON.parse(body()), channel: steadyChannel }),
    });
  }
  await drained();
  const db = createDb(cluster.databaseUrl, { maxConnections: 1 });
  const rows = await db.selectFrom('requests').select(['created_at', 'classified_at']).where('channel', '=', steadyChannel).execute();
  await db.destroy();
  const toClassified = rows
    .filter((row) => row.classified_at !== null)
    .map((row) => row.classified_at!.getTime() - row.created_at.getTime())
    .sort((a, b) => a - b);

  const ratio = caseflow.requestsPerSecond / ceilingTemporal.requestsPerSecond;
  const line = (name: string, t: Throughput) =>
    `| ${name} | ${t.requestsPerSecond.toFixed(0)} | ${t.p50Ms.toFixed(1)} | ${t.p99Ms.toFixed(1)} | ${t.completed} | ${t.errors} |`;
  const section = `Generated by \`pnpm bench:intake\` (options: \`--seconds ${seconds} --connections ${connections} --rate ${steadyRate} --ladder ${ladder.join(',')} --step-seconds ${stepSeconds}\`) — rerun it, do not edit by hand.

- ${machineLine()}
- One Temporal dev server (SQLite), one PostgreSQL, the four caseflow processes with their workers running (each started workflow really runs: classify, record, notify), as \`make up\` runs them; load generator autocannon ${connections} connections (or ${connections} calls in flight for (b)), ${seconds} s each, on the same 2-core machine.

| what | requests/s | p50 ms | p99 ms | completed | errors |
| --- | ---: | ---: | ---: | ---: | ---: |
${line('(a) Fastify hello world — HTTP ceiling', ceilingHttp)}
${line('(b) client.workflow.start — Temporal ceiling', ceilingTemporal)}
${line('(c) caseflow POST /v1/requests', caseflow)}

Ratio (c)/(b) at saturation: **${ratio.toFixed(2)}** (goal ≥ 0.8: ${ratio >= 0.8 ? 'met' : 'not met'}). At saturation a closed loop's latency is queueing (Little's law: ${connections} in flight ÷ throughput), so the latency goal is measured at fixed offered loads instead: the same open-loop rates for (b) and (c), latency counted from when each call was due, the backlog drained between steps:

| offered /s | (b) achieved /s | (b) p50 ms | (b) p99 ms | (c) achieved /s | (c) p50 ms | (c) p99 ms | (c) errors |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${steps.map(({ rate, temporal: b, caseflow: c }) => `| ${rate} | ${b.requestsPerSecond.toFixed(1)} | ${b.p50Ms.toFixed(1)} | ${b.p99Ms.toFixed(1)} | ${c.requestsPerSecond.toFixed(1)} | ${c.p50Ms.toFixed(1)} | ${c.p99Ms.toFixed(1)} | ${c.errors} |`).join('\n')}

Highest offered rate with p99 ≤ ${latencyGoalMs} ms and no errors: (b) **${temporalAtGoal}/s**, (c) **${caseflowAtGoal}/s**${temporalAtGoal > 0 ? ` — ratio ${(caseflowAtGoal / temporalAtGoal).toFixed(2)} (goal ≥ 0.8: ${caseflowAtGoal / temporalAtGoal >= 0.8 ? 'met' : 'not met'})` : ''}.

Time to classification (POST accepted → \`classified\` recorded, from the read model's timestamps) at a steady ${steadyRate} requests/s: p50 **${percentile(toClassified, 50).toFixed(0)} ms**, p99 ${percentile(toClassified, 99).toFixed(0)} ms over ${toClassified.length} of ${rows.length} requests (goal p50 ≤ 150 ms: ${percentile(toClassified, 50) <= 150 ? 'met' : 'not met'}).

Resident memory (MB, VmRSS):

| process | idle | peak under (c) |
| --- | ---: | ---: |
${services.map((member) => `| ${member.name} | ${(idle[member.name] ?? 0).toFixed(0)} | ${(underLoad[member.name] ?? 0).toFixed(0)} |`).join('\n')}
`;
  console.log(section);
  writeBenchmarkSection('Intake throughput and time to classification', section);
  log('wrote docs/benchmarks.md');
} finally {
  await temporal.connection.close();
  await cluster.stop();
}

/** The start intake makes (same options, search attributes and codec), minus HTTP and PostgreSQL. */
async function startWorkflowDirectly(): Promise<void> {
  const input = {
    requestId: randomUUID(),
    customerId: 'bench-customer',
    subject: 'Card not arrived',
    body: 'I ordered a card two weeks ago and it has not arrived.',
    type: 'inquiry' as const,
    channel: 'bench',
    metadata: {},
    idempotencyKey: null,
    requestHash: 'bench',
    createdAt: new Date().toISOString(),
  };
  await temporal.workflow.start(serviceRequestWorkflowType, serviceRequestStart(input, {}));
}

async function postRequest(): Promise<void> {
  const response = await fetch(`${cluster.intakeUrl}/v1/requests`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: body(),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`POST /v1/requests answered ${response.status}`);
}

/**
 * Waits until the system is idle again: no request pending and no event delivery still
 * running (each event is a `deliverEvent` workflow on the same server, so a backlog of them
 * would slow whatever is measured next). At most five minutes.
 */
async function drained(): Promise<void> {
  const db = createDb(cluster.databaseUrl, { maxConnections: 1 });
  try {
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      const { pending } = await db.selectFrom('requests').select(db.fn.countAll<number>().as('pending')).where('status', '=', 'pending').executeTakeFirstOrThrow();
      const { count: delivering } = Number(pending) === 0 ? await temporal.workflow.count(`WorkflowType = "deliverEvent" AND ExecutionStatus = "Running"`) : { count: -1 };
      if (delivering === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    log('the backlog did not drain within five minutes; measuring anyway');
  } finally {
    await db.destroy();
  }
}

function residentMB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

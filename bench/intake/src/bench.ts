// `pnpm bench:intake`: intake throughput against its two ceilings, time to classification,
// and resident memory, in one run on one Temporal dev server. Rewrites its section of
// docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closedLoop, machineLine, percentile, type Throughput, writeBenchmarkSection } from '@caseflow/bench-report';
import { payloadCodecsFor } from '@caseflow/codec';
import { requestWorkflowId, serviceRequestWorkflowType, taskQueues } from '@caseflow/contracts';
import { createDb } from '@caseflow/db';
import { startCluster } from '@caseflow/e2e/cluster';
import { connectClient } from '@caseflow/temporal';
import { freePort } from '@caseflow/test-harness/node';
import { hammer } from './load';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '15' }, connections: { type: 'string', default: '16' }, rate: { type: 'string', default: '20' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const steadyRate = Number(values.rate);
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
  const ceilingTemporal = await closedLoop(async () => {
    const requestId = randomUUID();
    await temporal.workflow.start(serviceRequestWorkflowType, {
      taskQueue: taskQueues.requests,
      workflowId: requestWorkflowId(requestId),
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [
        {
          requestId,
          customerId: 'bench-customer',
          subject: 'Card not arrived',
          body: 'I ordered a card two weeks ago and it has not arrived.',
          type: 'inquiry',
          channel: 'bench',
          metadata: {},
          idempotencyKey: null,
          requestHash: 'bench',
          createdAt: new Date().toISOString(),
        },
        {},
      ],
    });
  }, seconds, connections);

  log(`(c) POST /v1/requests end to end, ${seconds} s × ${connections} connections`);
  let peak: Record<string, number> = {};
  const sampler = setInterval(() => {
    for (const [name, mb] of Object.entries(rss())) peak[name] = Math.max(peak[name] ?? 0, mb);
  }, 250);
  const caseflow = await hammer(`${cluster.intakeUrl}/v1/requests`, auth, body, seconds, connections);
  clearInterval(sampler);
  const underLoad = peak;
  peak = {};

  log(`time to classification at a steady ${steadyRate} requests/s for ${seconds} s`);
  // Let the backlog of the throughput runs drain first: this measures a system keeping up.
  await new Promise((resolve) => setTimeout(resolve, 10_000));
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
  await new Promise((resolve) => setTimeout(resolve, 5_000));
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
  const section = `Generated by \`pnpm bench:intake\` (options: \`--seconds ${seconds} --connections ${connections} --rate ${steadyRate}\`) — rerun it, do not edit by hand.

- ${machineLine()}
- One Temporal dev server (SQLite), one PostgreSQL, the four caseflow processes with their workers running (each started workflow really runs: classify, record, notify), as \`make up\` runs them; load generator autocannon ${connections} connections (or ${connections} calls in flight for (b)), ${seconds} s each, on the same 2-core machine.

| what | requests/s | p50 ms | p99 ms | completed | errors |
| --- | ---: | ---: | ---: | ---: | ---: |
${line('(a) Fastify hello world — HTTP ceiling', ceilingHttp)}
${line('(b) client.workflow.start — Temporal ceiling', ceilingTemporal)}
${line('(c) caseflow POST /v1/requests', caseflow)}

Ratio (c)/(b): **${ratio.toFixed(2)}** (goal ≥ 0.8 with p99 ≤ 50 ms at that load: ${ratio >= 0.8 && caseflow.p99Ms <= 50 ? 'met' : 'not met'}).

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

function residentMB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

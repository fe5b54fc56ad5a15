// `pnpm bench:intake`: intake against its two ceilings, measured alike — one load generator
// (bench-report's closed and open loops) for every column, the same warm-up and drain
// before each window, alternating rounds (a, b, c, a, b, c, …) reported as median and
// spread — then time to classification at a steady rate, and where the CPU went, from
// /proc. Rewrites its section of docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alternatingRounds, machineLine, openLoop, percentile, writeBenchmarkSection } from '@caseflow/bench-report';
import { payloadCodecsFor } from '@caseflow/codec';
import { serviceRequestStart, serviceRequestWorkflowType } from '@caseflow/contracts';
import { createDb, pipelineBacklog } from '@caseflow/db';
import { startCluster } from '@caseflow/e2e/cluster';
import { connectClient } from '@caseflow/temporal';
import { freePort } from '@caseflow/test-harness/node';
import { render, type Steady } from './render';
import { measuredWindow, residentMB, type WindowSettings } from './windows';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    'warmup-seconds': { type: 'string', default: '3' },
    'in-flight': { type: 'string', default: '16' },
    rounds: { type: 'string', default: '3' },
    ladder: { type: 'string', default: '10,20,40' },
    'step-seconds': { type: 'string', default: '10' },
    rate: { type: 'string', default: '20' },
    'steady-seconds': { type: 'string', default: '30' },
  },
});
const options = {
  seconds: Number(values.seconds),
  warmupSeconds: Number(values['warmup-seconds']),
  inFlight: Number(values['in-flight']),
  rounds: Number(values.rounds),
  ladder: values.ladder.split(',').map(Number),
  stepSeconds: Number(values['step-seconds']),
  rate: Number(values.rate),
  steadySeconds: Number(values['steady-seconds']),
};
for (const [name, value] of Object.entries(options)) {
  if ((Array.isArray(value) ? value : [value]).some((n) => !Number.isFinite(n) || n <= 0)) throw new Error(`bench:intake: --${name} must be positive numbers`);
}
const log = (line: string) => console.error(`bench:intake: ${line}`);
const machine = machineLine();

const body = (channel = 'bench') =>
  JSON.stringify({ customerId: 'bench-customer', subject: 'Card not arrived', body: `I ordered a card two weeks ago and it has not arrived (${randomUUID()}).`, channel });

log('starting the system with make up settings');
const cluster = await startCluster({ settings: 'make-up' });
const temporal = await connectClient({ address: cluster.temporalAddress, namespace: 'default', payloadCodecs: payloadCodecsFor(cluster.codecKeys) });
const auth = { authorization: `Bearer ${cluster.adminKey}` };
const helloPort = await freePort();
const hello = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./hello-server.ts', import.meta.url))], { env: { ...process.env, PORT: String(helloPort) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve) => hello.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve()));

try {
  const byName = Object.fromEntries(cluster.members.map((member) => [member.name, member.pid]));
  const caseflowProcesses = { intake: byName['intake'], workflows: byName['workflows'], classification: byName['classification'], notification: byName['notification'] };
  const settings: WindowSettings = {
    seconds: options.seconds,
    warmupSeconds: options.warmupSeconds,
    inFlight: options.inFlight,
    processes: { ...caseflowProcesses, temporal: byName['temporal'], postgres: byName['postgres'], 'hello server': hello.pid, 'load generator': process.pid },
    memory: caseflowProcesses,
    drained,
  };
  const idleRssMB = Object.fromEntries(Object.entries(caseflowProcesses).map(([name, pid]) => [name, residentMB(pid)]));

  log(`${options.rounds} alternating rounds of (a) hello, (b) workflow.start, (c) POST /v1/requests, ${options.seconds} s each`);
  const saturation = await alternatingRounds(options.rounds, {
    a: () => measuredWindow(settings, () => post(`http://127.0.0.1:${helloPort}/hello`, {}, body())),
    b: () => measuredWindow(settings, startWorkflowDirectly),
    c: () => measuredWindow(settings, () => post(`${cluster.intakeUrl}/v1/requests`, { ...auth, 'idempotency-key': randomUUID() }, body())),
  });

  // Latency at a given load: the same open-loop rates for (b) and (c), each step from a
  // drained system, the rates' rounds alternating too.
  const ladder = [];
  for (const rate of options.ladder) {
    log(`open loop at ${rate}/s, ${options.rounds} rounds of (b), (c)`);
    const step = await alternatingRounds(options.rounds, {
      b: async () => {
        await drained();
        return openLoop(startWorkflowDirectly, options.stepSeconds, rate);
      },
      c: async () => {
        await drained();
        return openLoop(() => post(`${cluster.intakeUrl}/v1/requests`, { ...auth, 'idempotency-key': randomUUID() }, body()), options.stepSeconds, rate);
      },
    });
    ladder.push({ rate, ...step });
  }

  log(`time to classification at a steady ${options.rate}/s for ${options.steadySeconds} s, ${options.rounds} rounds`);
  const steady: Steady[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    await drained();
    const channel = `steady-${randomUUID().slice(0, 8)}`;
    const offered = await openLoop(() => post(`${cluster.intakeUrl}/v1/requests`, { ...auth, 'idempotency-key': randomUUID() }, body(channel)), options.steadySeconds, options.rate);
    await drained();
    steady.push({ offered, ...(await timesToClassification(channel)) });
  }
  await drained();
  const section = render({ options, machine, loadAtEnd: loadavg()[0] ?? 0, differsFromMakeUp: cluster.differsFromMakeUp, saturation, ladder, steady, idleRssMB });
  console.log(section);
  writeBenchmarkSection('Intake throughput and time to classification', section);
  log('wrote docs/benchmarks.md');
} finally {
  hello.kill('SIGTERM');
  await temporal.connection.close();
  await cluster.stop();
}

async function post(url: string, headers: Record<string, string>, payload: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: payload });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
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

/** Accepted → `classified` recorded, from the read model's own timestamps. */
async function timesToClassification(channel: string): Promise<Omit<Steady, 'offered'>> {
  const db = createDb(cluster.databaseUrl, { maxConnections: 1 });
  try {
    const rows = await db.selectFrom('requests').select(['created_at', 'classified_at']).where('channel', '=', channel).execute();
    const sorted = rows
      .filter((row) => row.classified_at !== null)
      .map((row) => row.classified_at!.getTime() - row.created_at.getTime())
      .sort((a, b) => a - b);
    return { accepted: rows.length, classified: sorted.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
  } finally {
    await db.destroy();
  }
}

/**
 * Waits until the system is idle again: no request pending, no event left unplanned in the
 * outbox and no delivery still due (a backlog would slow whatever is measured next), nor a
 * `deliverEvent` workflow of a run from before the outbox. At most five minutes.
 */
async function drained(): Promise<void> {
  const db = createDb(cluster.databaseUrl, { maxConnections: 1 });
  try {
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      const idle = (await pipelineBacklog(db)) === 0;
      const { count: delivering } = idle ? await temporal.workflow.count(`WorkflowType = "deliverEvent" AND ExecutionStatus = "Running"`) : { count: -1 };
      if (delivering === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    log('the backlog did not drain within five minutes; measuring anyway');
  } finally {
    await db.destroy();
  }
}

import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectClient } from '@caseflow/temporal';
import { WebhookReceiver } from '../webhook-receiver';
import { type AssignmentVerdict, turnOnAssignment, verifyAssignment } from './assignment';
import { awaitQuiescence, type Verdict, verify } from './checks';
import { startCluster, type Topology } from './cluster';
import { type Attempt, resolveChosen, runLoad } from './load';
import { sleep, type Supervised } from '../processes';

export interface ChaosOptions {
  requests: number;
  concurrency: number;
  ratePerSecond: number;
  /** Kills of each member, spread over the load (each member in turn). */
  killRounds: number;
  /** Pause between two kills, ms (a random point in [min, max]). */
  killGapMs: [number, number];
  /** How long a killed member stays down before it restarts, ms. */
  downtimeMs: [number, number];
  quiescenceTimeoutMs: number;
  /** `dev` (default): as `make up` runs; `cluster`: the production topology, two copies of each process. */
  topology?: Topology;
  log: (line: string) => void;
}

/** While one member was down (SIGKILL to ready again): what the intake copies that were not killed answered. */
export interface KillWindow {
  member: string;
  from: number;
  to: number;
}

export interface LiveAnswers {
  /** Attempts sent to an intake copy other than the killed one while a member was down. */
  sent: number;
  /** Of those, answers other than 2xx… */
  not2xx: number;
  /** …and, among them, failures a client must retry: no answer, 5xx or 429. */
  failed: number;
}

export interface ChaosReport extends Verdict {
  assignment: Omit<AssignmentVerdict, 'problems'>;
  topology: Topology;
  kills: Record<string, number>;
  /** Per killed member (in kill order), the intake answers from the copies still alive. */
  liveAnswers: Record<string, LiveAnswers>;
  loadSeconds: number;
  quiescenceSeconds: number;
}

const between = ([min, max]: [number, number]) => min + Math.random() * (max - min);

/**
 * Starts the whole system, drives a bounded load with retrying clients, SIGKILLs and
 * restarts every member in turn while it runs, then checks from PostgreSQL, Temporal and a
 * webhook receiver that nothing accepted was lost or doubled.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const runId = `chaos-${randomBytes(4).toString('hex')}`;
  const receiver = new WebhookReceiver();
  await receiver.start();
  const topology = options.topology ?? 'dev';
  options.log(`starting the ${topology} topology (PostgreSQL, Temporal, caseflow's processes) for run ${runId}`);
  const cluster = await startCluster({ webhookRetryMaxMs: 2_000, topology });
  for (const member of [...cluster.members, ...cluster.standbys]) member.onUnexpectedExit = options.log;
  const attempts: Attempt[] = [];
  const windows: KillWindow[] = [];
  const temporal = await connectClient({ address: cluster.temporalAddress, namespace: 'default' });
  try {
    const subscribed = await fetch(`${cluster.intakeUrl}/v1/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cluster.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: receiver.url, events: ['*'], description: 'chaos receiver' }),
    });
    if (subscribed.status !== 201) throw new Error(`could not subscribe the receiver: ${subscribed.status} ${await subscribed.text()}`);
    // Automatic assignment runs through the kills too: four agents with room for everything.
    await turnOnAssignment(cluster.intakeUrl, cluster.adminKey, runId, 4, options.requests);

    const loadOptions = {
      intakeUrls: cluster.intakeUrls,
      attempts,
      apiKey: cluster.adminKey,
      runId,
      requests: options.requests,
      concurrency: options.concurrency,
      ratePerSecond: options.ratePerSecond,
      resolveEvery: 5,
      giveUpAfterMs: 300_000,
    };
    let loading = true;
    const monkey = (async () => {
      for (let round = 0; round < options.killRounds && loading; round += 1) {
        for (const member of cluster.members) {
          if (!loading) return;
          await sleep(between(options.killGapMs));
          windows.push(await crashAndRestart(member, between(options.downtimeMs), options.log));
        }
      }
    })();
    const started = Date.now();
    options.log(`posting ${options.requests} requests (${options.ratePerSecond}/s, ${options.concurrency} clients) while killing each member in turn`);
    const outcomes = await runLoad(loadOptions);
    await resolveChosen(loadOptions, outcomes);
    // The kill plan is part of the run: let it finish before the system is judged.
    await monkey;
    loading = false;
    const loadSeconds = (Date.now() - started) / 1000;
    options.log(`load done in ${loadSeconds.toFixed(1)} s; waiting for quiescence`);
    const quiescenceMs = await awaitQuiescence(cluster.databaseUrl, runId, outcomes, receiver.received, options.quiescenceTimeoutMs, () =>
      [...cluster.members, ...cluster.standbys].some((member) => member.unexpectedExits.length > 0),
    );
    const verdict = await readingAgain(() => verify({ databaseUrl: cluster.databaseUrl, temporal, runId, outcomes, received: receiver.received }));
    const { problems: assignmentProblems, ...assignment } = await verifyAssignment(cluster.databaseUrl, runId);
    verdict.problems.push(...assignmentProblems);
    // A process that dies by itself is a defect even when an orchestrator would restart it.
    verdict.problems.push(...[...cluster.members, ...cluster.standbys].flatMap((member) => member.unexpectedExits));
    const answers = liveAnswers(cluster.members.map((member) => member.name), windows, attempts);
    logFailedAttempts(windows, attempts);
    // With a second copy of every caseflow process, losing one must not cost a single answer
    // (Temporal and PostgreSQL have no second copy: intake rightly answers 503 without them).
    if (cluster.standbys.length > 0) {
      for (const member of cluster.members.filter((candidate) => cluster.standbys.some((standby) => standby.name.split('#')[0] === candidate.name.split('#')[0]))) {
        const failed = answers[member.name]?.failed ?? 0;
        if (failed > 0) verdict.problems.push(`${failed} attempts to a live intake copy failed while ${member.name} was down`);
      }
    }
    return {
      ...verdict,
      assignment,
      topology,
      kills: Object.fromEntries(cluster.members.map((member) => [member.name, member.kills])),
      liveAnswers: answers,
      loadSeconds,
      quiescenceSeconds: quiescenceMs / 1000,
    };
  } catch (error) {
    for (const member of cluster.members) options.log(`---- ${member.name}\n${member.outputTail}`);
    throw error;
  } finally {
    await temporal.connection.close();
    await cluster.stop();
    await receiver.stop();
  }
}

/**
 * The verdict only reads, so a read that fails is asked again for a minute: temporal-server
 * answered "namespace not found" for a few seconds after PostgreSQL, killed last, came back
 * (its namespace registry reloads from there), and the run ended on that instead of a verdict.
 */
async function readingAgain<T>(read: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await read();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(2_000);
    }
  }
}

async function crashAndRestart(member: Supervised, downtimeMs: number, log: (line: string) => void): Promise<KillWindow> {
  const from = Date.now();
  await member.crash();
  await sleep(downtimeMs);
  // Five minutes to be back: on a 2-core machine shared with other builds a worker's restart
  // (tsx, bundling its workflows) has taken more than two; slow is not lost.
  await member.start(300_000);
  const to = Date.now();
  log(`killed ${member.name} (SIGKILL), back after ${((to - from) / 1000).toFixed(1)} s`);
  return { member: member.name, from, to };
}

/** With CASEFLOW_E2E_LOG_DIR set, the kill windows and every attempt that got no 2xx, beside the processes' logs. */
function logFailedAttempts(windows: KillWindow[], attempts: Attempt[]): void {
  const dir = process.env['CASEFLOW_E2E_LOG_DIR'];
  if (dir === undefined || dir === '') return;
  const at = (ms: number) => new Date(ms).toISOString();
  const lines = [
    ...windows.map((window) => `${at(window.from)} .. ${at(window.to)} ${window.member} down`),
    ...attempts.filter((attempt) => attempt.status < 200 || attempt.status > 299).map((attempt) => `${at(attempt.at)} intake#${attempt.copy + 1} ${attempt.what} -> ${attempt.status} ${attempt.error ?? ''}`),
  ];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'attempts.log'), `${lines.sort().join('\n')}\n`);
}

/** The intake copy a member name is (`intake#2` is copy 1, a lone `intake` copy 0), if it is one. */
const intakeCopy = (name: string) => (name === 'intake' ? 0 : name.startsWith('intake#') ? Number(name.slice('intake#'.length)) - 1 : undefined);

/** Counts, per killed member, the attempts that went to a live intake copy while it was down. */
export function liveAnswers(members: string[], windows: KillWindow[], attempts: Attempt[]): Record<string, LiveAnswers> {
  const counts = Object.fromEntries(members.map((name) => [name, { sent: 0, not2xx: 0, failed: 0 }])) as Record<string, LiveAnswers>;
  for (const window of windows) {
    const killed = intakeCopy(window.member);
    const count = counts[window.member] ?? { sent: 0, not2xx: 0, failed: 0 };
    counts[window.member] = count;
    for (const attempt of attempts) {
      if (attempt.at < window.from || attempt.at > window.to || attempt.copy === killed) continue;
      count.sent += 1;
      if (attempt.status < 200 || attempt.status > 299) count.not2xx += 1;
      if (attempt.status === 0 || attempt.status >= 500 || attempt.status === 429) count.failed += 1;
    }
  }
  return counts;
}

export function formatReport(report: ChaosReport): string {
  const rows: [string, string | number][] = [
    ['requests sent', report.sent],
    ['accepted (2xx)', report.accepted],
    ['client gave up', report.gaveUp],
    ['lost', report.lost],
    ['duplicated', report.duplicated],
    ['rows without a 2xx', report.phantom],
    ['never classified', report.notClassified],
    ['resolve not applied', report.notResolved],
    ['workflows missing / doubled', `${report.workflowsMissing} / ${report.workflowsDuplicated}`],
    ['event sequences with gaps', report.sequenceGaps],
    ['webhook events expected', report.eventsExpected],
    ['webhook events missing / unknown', `${report.eventsMissing} / ${report.eventsUnexpected}`],
    ['redeliveries (deduplicated)', report.redeliveries],
    ['assigned twice', report.assignment.assignedTwice],
    ['never assigned although capacity was free', report.assignment.neverAssigned],
    ['topology', report.topology],
    ['kills', Object.entries(report.kills).map(([name, n]) => `${name} ${n}`).join(', ')],
    [
      'live intake copies while down: sent / not 2xx / failed',
      Object.entries(report.liveAnswers).map(([name, a]) => `${name} ${a.sent}/${a.not2xx}/${a.failed}`).join(', '),
    ],
    ['load time', `${report.loadSeconds.toFixed(1)} s`],
    ['time to quiescence', `${report.quiescenceSeconds.toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return ['| what | count |', '| --- | --- |', ...rows.map(([label, value]) => `| ${label.padEnd(width)} | ${value} |`)].join('\n');
}

export const passed = (report: ChaosReport) => report.problems.length === 0;

import { randomBytes } from 'node:crypto';
import { connectClient } from '@caseflow/temporal';
import { WebhookReceiver } from '../webhook-receiver';
import { awaitQuiescence, type Verdict, verify } from './checks';
import { startCluster } from './cluster';
import { resolveChosen, runLoad } from './load';
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
  log: (line: string) => void;
}

export interface ChaosReport extends Verdict {
  kills: Record<string, number>;
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
  options.log(`starting the system (PostgreSQL, Temporal, 4 caseflow processes) for run ${runId}`);
  const cluster = await startCluster({ webhookRetryMaxMs: 2_000 });
  for (const member of cluster.members) member.onUnexpectedExit = options.log;
  const temporal = await connectClient({ address: cluster.temporalAddress, namespace: 'default' });
  try {
    const subscribed = await fetch(`${cluster.intakeUrl}/v1/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cluster.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: receiver.url, events: ['*'], description: 'chaos receiver' }),
    });
    if (subscribed.status !== 201) throw new Error(`could not subscribe the receiver: ${subscribed.status} ${await subscribed.text()}`);

    const loadOptions = {
      intakeUrl: cluster.intakeUrl,
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
          await crashAndRestart(member, between(options.downtimeMs), options.log);
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
      cluster.members.some((member) => member.unexpectedExits.length > 0),
    );
    const verdict = await verify({ databaseUrl: cluster.databaseUrl, temporal, runId, outcomes, received: receiver.received });
    // A process that dies by itself is a defect even when an orchestrator would restart it.
    verdict.problems.push(...cluster.members.flatMap((member) => member.unexpectedExits));
    return {
      ...verdict,
      kills: Object.fromEntries(cluster.members.map((member) => [member.name, member.kills])),
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

async function crashAndRestart(member: Supervised, downtimeMs: number, log: (line: string) => void): Promise<void> {
  const at = Date.now();
  await member.crash();
  await sleep(downtimeMs);
  await member.start();
  log(`killed ${member.name} (SIGKILL), back after ${((Date.now() - at) / 1000).toFixed(1)} s`);
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
    ['kills', Object.entries(report.kills).map(([name, n]) => `${name} ${n}`).join(', ')],
    ['load time', `${report.loadSeconds.toFixed(1)} s`],
    ['time to quiescence', `${report.quiescenceSeconds.toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return ['| what | count |', '| --- | --- |', ...rows.map(([label, value]) => `| ${label.padEnd(width)} | ${value} |`)].join('\n');
}

export const passed = (report: ChaosReport) => report.problems.length === 0;

import { randomBytes } from 'node:crypto';
import { createDb, migrateToLatest } from '@caseflow/db';
import { connectClient } from '@caseflow/temporal';
import { freePort } from '@caseflow/test-harness/node';
import { WorkflowNotFoundError } from '@temporalio/client';
import { createTransport } from 'nodemailer';
import { serviceProcess, sleep } from '../processes';

export interface MailChaosOptions {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  mails: number;
  /** Mails started per second (the stream must outlast the kills), and how many are in flight at once. */
  ratePerSecond: number;
  concurrency: number;
  /** SIGKILLs of mail-intake during the stream. */
  kills: number;
  /** Pause before each kill, and how long mail-intake stays down, ms (a random point in [min, max]). */
  killGapMs: [number, number];
  downtimeMs: [number, number];
  /** A sender gives a mail up after this long without a 250 (a real MTA keeps trying for days). */
  giveUpAfterMs: number;
  log: (line: string) => void;
}

export interface MailChaosReport {
  sent: number;
  /** Mails found exactly once: one stored raw mail, recorded, on one request or message whose workflow exists. */
  recordedOnce: number;
  lost: number;
  doubled: number;
  /** Permanent (5xx) answers and mails given up: a retrying MTA would bounce them to the customer. */
  refused: number;
  /** Send attempts that failed and were tried again (connection lost, refused, 4xx). */
  retries: number;
  kills: number;
  seconds: number;
  problems: string[];
}

const between = ([min, max]: [number, number]) => min + Math.random() * (max - min);

/**
 * The e-mail stream of the chaos run: real SMTP clients (nodemailer) that retry like an MTA
 * (connection lost or a 4xx: try again with the same Message-ID; 5xx: give up) send mail
 * to mail-intake while it is SIGKILLed and restarted. Then, from PostgreSQL and Temporal:
 * every mail is recorded exactly once, as a request (with its workflow) or a message.
 */
export async function runMailChaos(options: MailChaosOptions): Promise<MailChaosReport> {
  const runId = `mailchaos-${randomBytes(4).toString('hex')}`;
  const db = createDb(options.databaseUrl, { maxConnections: 2 });
  await migrateToLatest(db);
  const port = await freePort();
  const codecKey = randomBytes(32).toString('base64');
  const mailIntake = serviceProcess(
    'mail-intake',
    'services/mail-intake',
    {
      DATABASE_URL: options.databaseUrl,
      TEMPORAL_ADDRESS: options.temporalAddress,
      TEMPORAL_NAMESPACE: options.temporalNamespace,
      CODEC_KEYS: `mailchaos-1:${codecKey}`,
      INBOUND_SMTP_PORT: String(port),
      // One sending address for the whole stream: the per-IP limit is not under test here.
      INBOUND_RATE_PER_MINUTE: '1000000',
      LOG_LEVEL: 'info',
    },
    /mail intake listening/,
  );
  mailIntake.onUnexpectedExit = options.log;
  await mailIntake.start();
  const temporal = await connectClient({ address: options.temporalAddress, namespace: options.temporalNamespace });
  const problems: string[] = [];
  let retries = 0;
  let refused = 0;
  try {
    const ids = Array.from({ length: options.mails }, (_, i) => `<${runId}-${i}@sender.example>`);
    const started = Date.now();
    let sending = true;
    const monkey = (async () => {
      for (let kill = 0; kill < options.kills && sending; kill += 1) {
        await sleep(between(options.killGapMs));
        const from = Date.now();
        await mailIntake.crash();
        await sleep(between(options.downtimeMs));
        await mailIntake.start(300_000);
        options.log(`killed mail-intake (SIGKILL), back after ${((Date.now() - from) / 1000).toFixed(1)} s`);
      }
    })();
    options.log(`sending ${options.mails} mails (${options.ratePerSecond}/s, ${options.concurrency} senders) while killing mail-intake ${options.kills} times`);
    let next = 0;
    const sender = async () => {
      for (let i = next++; i < options.mails; i = next++) {
        const due = started + (i * 1000) / options.ratePerSecond;
        if (due > Date.now()) await sleep(due - Date.now());
        const outcome = await sendUntilAccepted(port, ids[i]!, i, runId, options.giveUpAfterMs);
        retries += outcome.retries;
        if (outcome.refused !== null) {
          refused += 1;
          problems.push(`mail ${ids[i]} refused: ${outcome.refused}`);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, sender));
    sending = false;
    await monkey;
    const seconds = (Date.now() - started) / 1000;

    const counts = await recordedCounts(db, ids);
    let recordedOnce = 0;
    let lost = 0;
    let doubled = 0;
    for (const id of ids) {
      const found = counts.get(id) ?? { stored: 0, recorded: 0, requests: 0, messages: 0, workflowIds: [] };
      const landed = found.requests + found.messages;
      if (found.stored > 1 || landed > 1) {
        doubled += 1;
        problems.push(`mail ${id} doubled: ${JSON.stringify(found)}`);
      } else if (found.recorded !== 1 || landed !== 1 || !(await workflowsExist(temporal, found.workflowIds))) {
        lost += 1;
        problems.push(`mail ${id} lost: ${JSON.stringify(found)}`);
      } else recordedOnce += 1;
    }
    problems.push(...mailIntake.unexpectedExits);
    return { sent: ids.length, recordedOnce, lost, doubled, refused, retries, kills: mailIntake.kills, seconds, problems };
  } finally {
    await mailIntake.stop();
    await temporal.connection.close();
    await db.destroy();
  }
}

/** One mail, sent as an MTA sends it: the same message again after a lost connection or a 4xx. */
async function sendUntilAccepted(port: number, messageId: string, index: number, runId: string, giveUpAfterMs: number): Promise<{ retries: number; refused: string | null }> {
  const deadline = Date.now() + giveUpAfterMs;
  let retries = 0;
  let wait = 100;
  for (;;) {
    // A fresh connection per attempt: a killed listener leaves nothing worth reusing.
    const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 20_000 });
    try {
      await transport.sendMail({
        from: `Customer ${index % 20} <customer-${index % 20}-${runId}@example.com>`,
        to: 'support@caseflow.local',
        subject: `Order ${index} never arrived`,
        text: `Mail ${index} of ${runId}: my order has not arrived and nobody answers the phone.`,
        messageId,
      });
      return { retries, refused: null };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) return { retries, refused: `${code} ${(error as Error).message}` };
      if (Date.now() > deadline) return { retries, refused: `gave up: ${(error as Error).message}` };
      retries += 1;
      await sleep(wait);
      wait = Math.min(wait * 2, 2_000);
    } finally {
      transport.close();
    }
  }
}

interface Found {
  stored: number;
  recorded: number;
  requests: number;
  messages: number;
  workflowIds: string[];
}

/** Per Message-ID: raw mails stored, recorded, requests opened by it and messages carrying it. */
async function recordedCounts(db: ReturnType<typeof createDb>, ids: string[]): Promise<Map<string, Found>> {
  const found = new Map<string, Found>(ids.map((id) => [id, { stored: 0, recorded: 0, requests: 0, messages: 0, workflowIds: [] }]));
  const stored = await db.selectFrom('inbound_emails').select(['key', 'outcome']).where('key', 'in', ids).execute();
  for (const row of stored) {
    const entry = found.get(row.key)!;
    entry.stored += 1;
    if (row.outcome === 'recorded') entry.recorded += 1;
  }
  const requests = await db
    .selectFrom('requests')
    .select((eb) => [eb.ref('metadata', '->>').key('messageId').as('mid'), 'workflow_id'])
    .where((eb) => eb(eb.ref('metadata', '->>').key('messageId'), 'in', ids))
    .execute();
  for (const row of requests) {
    const entry = found.get(String(row.mid))!;
    entry.requests += 1;
    entry.workflowIds.push(row.workflow_id);
  }
  // A request's opening message has the request's id: that is the request, not a second landing.
  const messages = await db.selectFrom('messages').select(['external_id']).where('external_id', 'in', ids).whereRef('id', '!=', 'request_id').execute();
  for (const row of messages) if (row.external_id !== null) found.get(row.external_id)!.messages += 1;
  return found;
}

async function workflowsExist(temporal: Awaited<ReturnType<typeof connectClient>>, workflowIds: string[]): Promise<boolean> {
  for (const workflowId of workflowIds) {
    try {
      await temporal.workflow.getHandle(workflowId).describe();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }
  return true;
}

export const formatMailSummary = (report: MailChaosReport) =>
  `mails sent ${report.sent} / recorded once ${report.recordedOnce} / lost ${report.lost} / doubled ${report.doubled}`;

export const formatMailDetails = (report: MailChaosReport) =>
  `mail-intake killed ${report.kills} times; ${report.retries} send attempts retried; ${report.refused} refused or given up; ${report.seconds.toFixed(1)} s`;

import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pingDatabase, createDb, migrateToLatest } from '@caseflow/db';
import { seedSmallModel, smallModelLimitPerLabel } from '../small-model';
import { connectClient, isTemporalReachable } from '@caseflow/temporal';
import { freePorts, repoRoot } from '@caseflow/test-harness/node';
import { Supervised } from '../processes';
import { prepareTemporalServer, type TemporalServer } from './temporal-cluster';

/** `dev`: the Temporal dev server and one copy of each process (`make up`); `cluster`: the production topology (`CASEFLOW_TOPOLOGY=cluster make up`). */
export type Topology = 'dev' | 'cluster';

export interface Cluster {
  databaseUrl: string;
  temporalAddress: string;
  intakeUrl: string;
  /** Every intake copy (the first is intakeUrl); in the order of their copies. */
  intakeUrls: string[];
  adminKey: string;
  /** The payload codec key ring every member runs with: a client must seal with it too. */
  codecKeys: { id: string; key: Uint8Array }[];
  /** In kill order: every caseflow process (its first copy), then Temporal, then PostgreSQL. */
  members: Supervised[];
  /** The further copies of each caseflow process (cluster topology): never killed, they carry the load meanwhile. */
  standbys: Supervised[];
  /** Every setting this cluster runs with that `make up` does not, as `NAME=value (make up: …) — why` lines for a benchmark's table. */
  differsFromMakeUp: string[];
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** The longest pause between webhook retries with `chaos` settings (default 2 s). */
  webhookRetryMaxMs?: number;
  topology?: Topology;
  /**
   * `chaos` (the default) shortens what a crash test waits on: a 5 s escalation sweep, fast
   * webhook retries, a classifier trained on 20 texts per label. `make-up` runs every process
   * with `make up`'s settings, for benchmarks; only the admin key's rate limit is raised, so
   * that one load generator can offer more than 10 requests/s.
   */
  settings?: 'chaos' | 'make-up';
  /** Copies of each caseflow process: 1 under `dev`, 2 (the profile's) under `cluster` unless set. */
  copies?: number;
}

/** Copies of each caseflow process the profile runs: one under `make up`, two under `CASEFLOW_TOPOLOGY=cluster make up`. */
export function profileCopies(topology: Topology): number {
  return topology === 'cluster' ? 2 : 1;
}

/** "1 copy", "2 copies": how tables and logs name a count of copies. */
export function copiesText(copies: number): string {
  return `${copies} ${copies === 1 ? 'copy' : 'copies'}`;
}

/** A setting that differs from `make up`, with its reason. */
interface Override {
  value: string;
  makeUp: string;
  why: string;
}

function overridesFor(settings: 'chaos' | 'make-up', webhookRetryMaxMs: number): Record<'intake' | 'workflows' | 'classification' | 'notification', Record<string, Override>> {
  const intake = { RATE_LIMIT_ADMIN: { value: '1000000', makeUp: '600 per minute', why: 'one admin key carries all the load' } };
  if (settings === 'make-up') return { intake, workflows: {}, classification: {}, notification: {} };
  return {
    intake: { ...intake, LOG_LEVEL: { value: 'warn', makeUp: 'info', why: 'quiet crash logs' } },
    // A short sweep interval so stalled requests are nudged within about a minute (docs/reliability.md).
    workflows: { LOG_LEVEL: { value: 'warn', makeUp: 'info', why: 'quiet crash logs' }, ESCALATION_SWEEP_INTERVAL_SECONDS: { value: '5', makeUp: '60', why: 'stalled requests nudged sooner' } },
    classification: { LOG_LEVEL: { value: 'warn', makeUp: 'info', why: 'quiet crash logs' }, CLASSIFIER_BOOTSTRAP_LIMIT_PER_LABEL: { value: String(smallModelLimitPerLabel), makeUp: '0 (all texts)', why: 'the small model, registered before the worker starts (e2e/src/small-model.ts)' } },
    notification: {
      LOG_LEVEL: { value: 'warn', makeUp: 'info', why: 'quiet crash logs' },
      WEBHOOK_RETRY_INITIAL_MS: { value: '200', makeUp: '1000', why: 'deliveries retried within the run' },
      WEBHOOK_RETRY_MAX_MS: { value: String(webhookRetryMaxMs), makeUp: '600000', why: 'deliveries retried within the run' },
    },
  };
}

const envOf = (overrides: Record<string, Override>) => Object.fromEntries(Object.entries(overrides).map(([name, { value }]) => [name, value]));

/**
 * The whole system on loopback, as `make up` runs it (CASEFLOW_TOPOLOGY=`topology`), on free
 * ports and a data folder of its own, each member restartable in place after a crash.
 */
export async function startCluster({ webhookRetryMaxMs = 2_000, topology = 'dev', settings = 'chaos', copies = profileCopies(topology) }: ClusterOptions): Promise<Cluster> {
  if (!(Number.isInteger(copies) && copies >= 1 && copies <= 4)) throw new RangeError(`copies must be an integer from 1 to 4, got ${copies}`);
  const overrides = overridesFor(settings, webhookRetryMaxMs);
  const root = repoRoot();
  const dataDir = await mkdtemp(join(tmpdir(), `caseflow-chaos-${process.pid}-`));
  const [pgPort, temporalPort, httpPort, metricsPort, ...servicePorts] = (await freePorts(4 + 4 * copies)) as [number, number, number, number, ...number[]];
  // Each worker copy serves its Prometheus metrics on a port of its own, never the defaults
  // a `make up` on the same machine holds; each intake copy its API.
  const intakePorts = servicePorts.slice(0, copies);
  const metricsAddress = (worker: number, copy: number) => ({ METRICS_ADDRESS: `127.0.0.1:${servicePorts[copies + worker * copies + copy]}` });
  // The cluster authenticates with scram-sha-256, as under `make up`; restarts reuse the password.
  const pgPassword = randomBytes(24).toString('base64url');
  const databaseUrl = `postgres://caseflow:${pgPassword}@127.0.0.1:${pgPort}/caseflow`;
  const adminKey = `chaos-admin-${process.pid}-0123456789abcdef0123456789`;
  const pgData = join(dataDir, 'postgres');
  const codecKeys = [{ id: 'chaos-1', key: new Uint8Array(randomBytes(32)) }];

  const postgres = new Supervised({
    name: 'postgres',
    command: 'bash',
    args: [join(root, 'infra/postgres/start.sh'), '--foreground'],
    cwd: root,
    env: { PGDATA_DIR: pgData, PGPORT: String(pgPort), PGPASSWORD: pgPassword },
    ready: async () => {
      const db = createDb(databaseUrl, { maxConnections: 1 });
      try {
        await pingDatabase(db);
        return true;
      } finally {
        await db.destroy();
      }
    },
    // The postmaster itself, not the wrapper script: that is what crashes in production.
    crashPid: async () => Number((await readFile(join(pgData, 'postmaster.pid'), 'utf8')).split('\n')[0]),
  });
  const temporalClient = { current: undefined as Awaited<ReturnType<typeof connectClient>> | undefined };
  // The real server answers for its system namespace before caseflow's exists (set up below).
  const readyNamespace = { current: topology === 'cluster' ? 'temporal-system' : 'default' };
  const reachable = (address: string) => async () => {
    temporalClient.current ??= await connectClient({ address, namespace: 'default' });
    return isTemporalReachable(temporalClient.current, readyNamespace.current);
  };
  let temporalAddress = `127.0.0.1:${temporalPort}`;
  let temporal: Supervised;
  let setUpTemporal = async () => {};
  if (topology === 'cluster') {
    // Temporal's schema goes into the project's PostgreSQL: it must run first.
    await postgres.start();
    const prepared: TemporalServer = await prepareTemporalServer({ root, pgPort, pgPassword, ready: (): Promise<boolean> => reachable(prepared.address)() }).catch(async (error: unknown) => {
      await postgres.stop();
      throw error;
    });
    temporalAddress = prepared.address;
    temporal = prepared.server;
    setUpTemporal = async () => {
      await prepared.setUp();
      readyNamespace.current = 'default';
    };
  } else {
    temporal = new Supervised({
      name: 'temporal',
      command: 'bash',
      args: [join(root, 'infra/temporal/start.sh'), '--headless', '--http-port', String(httpPort), '--metrics-port', String(metricsPort)],
      cwd: root,
      env: { TEMPORAL_PORT: String(temporalPort), TEMPORAL_DB_FILE: join(dataDir, 'temporal.db') },
      ready: reachable(temporalAddress),
    });
  }

  try {
    if (topology === 'cluster') await temporal.start();
    else await Promise.all([postgres.start(), temporal.start()]);
    await setUpTemporal();
  } catch (error) {
    // Leave nothing running behind a failed start.
    await temporal.stop();
    await postgres.stop();
    throw error;
  }
  const db = createDb(databaseUrl, { maxConnections: 1 });
  await migrateToLatest(db);
  await db.destroy();
  if (settings === 'chaos') await seedSmallModel(databaseUrl);

  const common = {
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    // Encrypted payloads, as in production: a restart must read what the crashed process wrote.
    CODEC_KEYS: codecKeys.map(({ id, key }) => `${id}:${Buffer.from(key).toString('base64')}`).join(','),
    // The run's webhook receiver listens on loopback, which webhooks may reach only when allowed, as under `make up`.
    WEBHOOK_ALLOW_PRIVATE: '127.0.0.1/32,::1/128',
  };
  const service = (name: string, dir: string, env: Record<string, string>, ready: (pid: number) => Promise<boolean>) =>
    new Supervised({ name, command: process.execPath, args: ['--import', 'tsx', 'src/main.ts'], cwd: join(root, dir), env: { ...common, ...env }, ready });
  const intakeUrls = intakePorts.map((port) => `http://127.0.0.1:${port}`);
  // The server lists pollers seen in the last minutes, the killed process's too: only a
  // poller with the new process's identity (the SDK's default `<pid>@<host>`) counts.
  const pollers = (taskQueue: string) => async (pid: number) => {
    const client = temporalClient.current;
    if (client === undefined) return false;
    const queue = await client.workflowService.describeTaskQueue({ namespace: 'default', taskQueue: { name: taskQueue }, taskQueueType: 2 });
    return queue.pollers.some((poller) => poller.identity?.startsWith(`${pid}@`) === true);
  };
  // Readiness is "polls its task queue": a restarted worker must be back at work, not just alive.
  const processes = (copy: number) => {
    const name = (base: string) => (copies > 1 ? `${base}#${copy + 1}` : base);
    const intakeUrl = intakeUrls[copy]!;
    return [
      service(name('intake'), 'services/intake', { PORT: String(intakePorts[copy]), CASEFLOW_ADMIN_KEY: adminKey, ...envOf(overrides.intake) }, async () => (await fetch(`${intakeUrl}/readyz`)).ok),
      service(name('workflows'), 'workflows', { ...envOf(overrides.workflows), ...metricsAddress(0, copy) }, pollers('caseflow-requests')),
      service(name('classification'), 'services/classification', { ...envOf(overrides.classification), ...metricsAddress(1, copy) }, pollers('caseflow-classification')),
      service(name('notification'), 'services/notification', { ...envOf(overrides.notification), ...metricsAddress(2, copy) }, pollers('caseflow-notification')),
    ];
  };
  const members = processes(0);
  const standbys = Array.from({ length: copies - 1 }, (_, index) => processes(index + 1)).flat();
  // One at a time: the first classification copy trains the bootstrap model, the second finds it.
  // With make up's settings the first classification copy trains on every text (minutes on a loaded machine).
  for (const member of [...members, ...standbys]) await member.start(settings === 'make-up' && member.name.startsWith('classification') ? 900_000 : undefined);
  return {
    databaseUrl,
    temporalAddress,
    intakeUrl: intakeUrls[0]!,
    intakeUrls,
    adminKey,
    codecKeys,
    members: [...members, temporal, postgres],
    standbys,
    differsFromMakeUp: [
      ...Object.entries(overrides).flatMap(([process, set]) => Object.entries(set).map(([name, { value, makeUp, why }]) => `${process}: \`${name}=${value}\` (make up: ${makeUp}) — ${why}`)),
      ...(copies === profileCopies(topology) ? [] : [`${copiesText(copies)} of each caseflow process (the profile runs ${profileCopies(topology)})`]),
      'no mail-intake and no loopback mailbox (the measured requests carry no e-mail address)',
      'every process on free ports and a data folder of its own',
    ],
    stop: async () => {
      await Promise.all([...members, ...standbys].map((member) => member.stop()));
      await temporalClient.current?.connection.close();
      await temporal.stop();
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

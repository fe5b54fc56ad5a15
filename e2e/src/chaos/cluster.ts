import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pingDatabase, createDb, migrateToLatest } from '@caseflow/db';
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
  stop(): Promise<void>;
}

export interface ClusterOptions {
  webhookRetryMaxMs: number;
  topology?: Topology;
}

/**
 * The whole system on loopback, as `make up` runs it (CASEFLOW_TOPOLOGY=`topology`), on free
 * ports and a data folder of its own, each member restartable in place after a crash.
 */
export async function startCluster({ webhookRetryMaxMs, topology = 'dev' }: ClusterOptions): Promise<Cluster> {
  const root = repoRoot();
  const copies = topology === 'cluster' ? 2 : 1;
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
    const prepared: TemporalServer = await prepareTemporalServer({ root, pgPort, ready: (): Promise<boolean> => reachable(prepared.address)() }).catch(async (error: unknown) => {
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

  const common = {
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    LOG_LEVEL: 'warn',
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
      service(name('intake'), 'services/intake', { PORT: String(intakePorts[copy]), CASEFLOW_ADMIN_KEY: adminKey, RATE_LIMIT_ADMIN: '1000000' }, async () => (await fetch(`${intakeUrl}/readyz`)).ok),
      // A short sweep interval so stalled requests are nudged within about a minute (docs/reliability.md).
      service(name('workflows'), 'workflows', { ESCALATION_SWEEP_INTERVAL_SECONDS: '5', ...metricsAddress(0, copy) }, pollers('caseflow-requests')),
      service(name('classification'), 'services/classification', { CLASSIFIER_BOOTSTRAP_LIMIT_PER_LABEL: '20', ...metricsAddress(1, copy) }, pollers('caseflow-classification')),
      service(
        name('notification'),
        'services/notification',
        { WEBHOOK_RETRY_INITIAL_MS: '200', WEBHOOK_RETRY_MAX_MS: String(webhookRetryMaxMs), ...metricsAddress(2, copy) },
        pollers('caseflow-notification'),
      ),
    ];
  };
  const members = processes(0);
  const standbys = Array.from({ length: copies - 1 }, (_, index) => processes(index + 1)).flat();
  // One at a time: the first classification copy trains the bootstrap model, the second finds it.
  for (const member of [...members, ...standbys]) await member.start();
  return {
    databaseUrl,
    temporalAddress,
    intakeUrl: intakeUrls[0]!,
    intakeUrls,
    adminKey,
    codecKeys,
    members: [...members, temporal, postgres],
    standbys,
    stop: async () => {
      await Promise.all([...members, ...standbys].map((member) => member.stop()));
      await temporalClient.current?.connection.close();
      await temporal.stop();
      await postgres.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

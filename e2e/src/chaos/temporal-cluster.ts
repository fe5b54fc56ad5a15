import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Supervised } from '../processes';

const run = promisify(execFile);

export interface TemporalServerOptions {
  root: string;
  /** The project's PostgreSQL on loopback, where Temporal's databases go. */
  pgPort: number;
  /** The password of its superuser `postgres` (scram-sha-256, as under `make up`): init-role.sh signs in with it. */
  pgPassword: string;
  /** True once the frontend answers for the `default` namespace. */
  ready: () => Promise<boolean>;
}

export interface TemporalServer {
  address: string;
  server: Supervised;
  /** Creates the namespace and search attributes: once the server first answers. */
  setUp(): Promise<void>;
}

const installed = async (root: string, script: string) => (await run('bash', [join(root, script)], { cwd: root, maxBuffer: 1 << 24 })).stdout.trim();

/**
 * The cluster profile's Temporal on free ports, from the scripts `CASEFLOW_TOPOLOGY=cluster
 * make up` and docker-compose.yml run (infra/temporal/cluster): Temporal's role, databases
 * and schemas on the project's PostgreSQL, then temporal-server (restartable in place; the
 * killed pid is the server itself, server.sh execs it), then the namespace and search
 * attributes. No Web UI: nothing here looks at it.
 */
export async function prepareTemporalServer({ root, pgPort, pgPassword, ready }: TemporalServerOptions): Promise<TemporalServer> {
  const cluster = join(root, 'infra/temporal/cluster');
  const [serverBin, cliBin, pgBin] = await Promise.all([
    installed(root, 'infra/temporal/install-server.sh'),
    installed(root, 'infra/temporal/install.sh'),
    installed(root, 'infra/postgres/install.sh'),
  ]);
  const tools = dirname(serverBin);
  const [grpc, http, history, matching, worker, ...membership] = (await lowFreePorts(9)) as [number, number, number, number, number, ...number[]];
  const db = { TEMPORAL_DB_HOST: '127.0.0.1', TEMPORAL_DB_PORT: String(pgPort) };
  const path = `${dirname(cliBin)}:${pgBin}:${process.env['PATH'] ?? ''}`;
  const job = (script: string, env: Record<string, string>) => run('sh', [join(cluster, script)], { cwd: root, env: { PATH: path, HOME: process.env['HOME'] ?? '/tmp', ...env } });

  await job('init-role.sh', { PGHOST: '127.0.0.1', PGPORT: String(pgPort), PGPASSWORD: pgPassword });
  await job('schema.sh', { ...db, TEMPORAL_SQL_TOOL: join(tools, 'temporal-sql-tool'), TEMPORAL_SCHEMA_DIR: join(tools, 'schema/postgresql/v12') });
  const address = `127.0.0.1:${grpc}`;
  const server = new Supervised({
    name: 'temporal',
    command: 'sh',
    args: [join(cluster, 'server.sh')],
    cwd: root,
    env: {
      ...db,
      TEMPORAL_SERVER_BIN: serverBin,
      TEMPORAL_PORT: String(grpc),
      TEMPORAL_HTTP_PORT: String(http),
      TEMPORAL_HISTORY_PORT: String(history),
      TEMPORAL_MATCHING_PORT: String(matching),
      TEMPORAL_WORKER_PORT: String(worker),
      TEMPORAL_FRONTEND_MEMBERSHIP_PORT: String(membership[0]),
      TEMPORAL_HISTORY_MEMBERSHIP_PORT: String(membership[1]),
      TEMPORAL_MATCHING_MEMBERSHIP_PORT: String(membership[2]),
      TEMPORAL_WORKER_MEMBERSHIP_PORT: String(membership[3]),
    },
    ready,
  });
  return {
    address,
    server,
    setUp: async () => {
      await job('setup-namespace.sh', {
        TEMPORAL_ADDRESS: address,
        TEMPORAL_NAMESPACE: 'default',
        SEARCH_ATTRIBUTES_FILE: join(root, 'infra/temporal/search-attributes.txt'),
      });
    },
  };
}

/**
 * `count` distinct ports free on 127.0.0.1 below 32768: Temporal keeps each service's port
 * in a PostgreSQL smallint (cluster_membership.rpc_port), so an ephemeral port the OS hands
 * out (32768 and up) makes the server fail at start.
 */
async function lowFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) {
    const candidate = 20_000 + Math.floor(Math.random() * 12_000);
    if (!ports.has(candidate) && (await isFree(candidate))) ports.add(candidate);
  }
  return [...ports];
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { makeTempDir, spawnScript, stopChild, waitUntil } from './children';
import { repoRoot } from './paths';
import { freePorts } from './ports';

export interface RunningTemporal {
  /** host:port of the frontend gRPC service. */
  address: string;
  namespace: string;
  /** Web UI on http://127.0.0.1:<uiPort>, handy when a test needs a look. */
  uiPort: number;
  stop(): Promise<void>;
}

const NAMESPACE = 'default';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * A Temporal dev server (infra/temporal/start.sh, so the same CLI build and search
 * attributes as `make up`) on free ports with a temp SQLite file. Resolves once a client
 * can describe the namespace; stop() terminates it and removes the temp dir.
 */
export async function startTemporal(): Promise<RunningTemporal> {
  const tempDir = await makeTempDir('temporal');
  const [grpcPort, uiPort, httpPort, metricsPort] = (await freePorts(4)) as [number, number, number, number];
  const address = `127.0.0.1:${grpcPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEMPORAL_PORT: String(grpcPort),
    TEMPORAL_UI_PORT: String(uiPort),
    TEMPORAL_DB_FILE: join(tempDir, 'temporal.db'),
  };
  const args = ['--http-port', String(httpPort), '--metrics-port', String(metricsPort)];
  const child = spawnScript(join(repoRoot(), 'infra/temporal/start.sh'), args, env, tempDir);

  const stop = async (): Promise<void> => {
    await stopChild(child, STOP_TIMEOUT_MS);
    await rm(tempDir, { recursive: true, force: true });
  };
  try {
    await waitUntil('temporal (infra/temporal/start.sh)', child, START_TIMEOUT_MS, () => canDescribe(address));
  } catch (error) {
    await stop();
    throw error;
  }
  return { address, namespace: NAMESPACE, uiPort, stop };
}

async function canDescribe(address: string): Promise<boolean> {
  let connection: Connection | undefined;
  try {
    const connected = await Connection.connect({ address, connectTimeout: '1s' });
    connection = connected;
    await connected.withDeadline(Date.now() + 1_000, () =>
      connected.workflowService.describeNamespace({ namespace: NAMESPACE }),
    );
    return true;
  } catch {
    return false;
  } finally {
    await connection?.close();
  }
}

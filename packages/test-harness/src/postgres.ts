import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { makeTempDir, spawnScript, stopChild, waitUntil } from './children';
import { repoRoot } from './paths';
import { freePort } from './ports';

export interface RunningPostgres {
  /** postgres://… of a database that belongs to this run alone. */
  databaseUrl: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000; // generous: the first run may apt-get install postgresql
const STOP_TIMEOUT_MS = 15_000;

/**
 * With DATABASE_URL set: a fresh database `caseflow_test_<random>` in that server, dropped
 * on stop. Otherwise: a throwaway cluster (PG_THROWAWAY: no fsync) in a temp dir on a free
 * port, run by infra/postgres/start.sh --foreground as our child, with scram-sha-256
 * authentication and a password made up for the run (in the URL); stop() shuts it down
 * and removes the dir.
 */
export function startPostgres(): Promise<RunningPostgres> {
  const serverUrl = process.env['DATABASE_URL'];
  return serverUrl ? createTestDatabase(serverUrl) : startThrowawayCluster();
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own in the server behind `serverUrl`, for a test file whose data must
 * not meet other files' (the model registry's single active model, say). Dropped on stop.
 */
export async function createTestDatabase(serverUrl: string): Promise<RunningPostgres> {
  const name = `caseflow_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    stop: () => dropDatabase(serverUrl, name),
  };
}

/**
 * `with (force)` ends the file's own leftover connections, but refuses (42501) while an
 * autovacuum worker happens to be in the database: a non-superuser may not signal it (seen
 * in CI under load, 2 of 133 files). The worker is gone within moments, so try again.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await withClient(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function startThrowawayCluster(): Promise<RunningPostgres> {
  // The temp dir itself is the data dir; start.sh chowns it to postgres (it is empty, as
  // initdb wants) and makes its parents traversable.
  const dataDir = await makeTempDir('pg');
  const port = await freePort();
  // Password authentication even for a throwaway: the URL below carries the password.
  const password = randomBytes(24).toString('base64url');
  const env: NodeJS.ProcessEnv = { ...process.env, PGDATA_DIR: dataDir, PGPORT: String(port), PG_THROWAWAY: '1', PGPASSWORD: password };
  delete env['DATABASE_URL'];
  const child = spawnScript(join(repoRoot(), 'infra/postgres/start.sh'), ['--foreground'], env, dataDir);

  let stdout = '';
  child.process.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const stop = async (): Promise<void> => {
    await stopChild(child, STOP_TIMEOUT_MS);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntil('postgres (infra/postgres/start.sh)', child, START_TIMEOUT_MS, async () =>
      /^postgres:\/\/\S+$/m.test(stdout),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const databaseUrl = /^postgres:\/\/\S+$/m.exec(stdout)?.[0] ?? '';
  return { databaseUrl, stop };
}

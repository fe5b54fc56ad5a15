import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, eventually, freePorts, repoRoot, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createNamespace } from '../namespace';
import { printOutputs, type Supervised, serviceProcess } from '../processes';
import { authorized } from '../system';
import { builtServices } from './compose';
import { command, copies, deployedPackage, env, finalStage, stageNamed } from './dockerfile';

/**
 * What each image holds, without Docker: its Dockerfile's `pnpm deploy` run here into a
 * folder outside the workspace (so nothing resolves from the workspace's node_modules), its
 * runtime stage's COPY and ENV applied with /app as that folder, then the migration and
 * every process started there with the image's CMD. A production dependency missing from a
 * package.json, a data file the image lacks, a dashboard or workspace not deployed: each fails here.
 * Not covered: the base image, the build stage's own commands, containers and networking.
 */
const run = promisify(execFile);
const images = builtServices();
const readyLines: Record<string, RegExp> = {
  workflows: /workflow worker started/,
  classification: /classification worker started/,
  notification: /notification worker started/,
  intake: /Server listening/,
};

let folder: string;
let database: RunningPostgres;
let processes: Supervised[] = [];
let intakeUrl: string;
let migrateOutput: string;
const adminKey = `images-admin-${randomBytes(24).toString('base64url')}`;

/** The image's runtime environment, with /app meaning the deployed folder. */
async function install(name: string): Promise<{ dir: string; env: Record<string, string>; nodeArgs: string[] }> {
  const image = images.find((candidate) => candidate.name === name);
  const build = image === undefined ? undefined : stageNamed(image.dockerfile, 'build');
  if (image === undefined || build === undefined) throw new Error(`no image ${name} with a build stage`);
  const dir = join(folder, name);
  await run('pnpm', ['--filter', deployedPackage(build).name, '--prod', 'deploy', '--offline', dir], { cwd: repoRoot() });
  const runtime = finalStage(image.dockerfile);
  const inApp = (path: string) => path.replace(/^\/app(\/|$)/, `${dir}/`);
  for (const copy of copies(runtime).filter(({ from }) => from === undefined)) {
    for (const source of copy.sources) await cp(join(repoRoot(), source), join(inApp(copy.destination), source.split('/').at(-1) ?? ''), { recursive: true });
  }
  const imageEnv = Object.fromEntries(Object.entries(env(runtime)).map(([key, value]) => [key, value.split(',').map(inApp).join(',')]));
  const [node, ...nodeArgs] = command(runtime);
  expect(node).toBe('node');
  return { dir, env: imageEnv, nodeArgs };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'caseflow-images-'));
  const [namespace, postgres] = await Promise.all([createNamespace(inject('temporalAddress')), createTestDatabase(inject('databaseUrl'))]);
  database = postgres;
  const common = {
    DATABASE_URL: database.databaseUrl,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: namespace,
    CODEC_KEYS: `images-1:${randomBytes(32).toString('base64')}`,
    LOG_LEVEL: 'info',
  };
  // One deploy at a time: they share pnpm's store.
  const installed: Record<string, Awaited<ReturnType<typeof install>>> = {};
  for (const { name } of images) installed[name] = await install(name);

  const migrate = installed['migrate'];
  if (migrate === undefined) throw new Error('no migrate image');
  const migrated = await run(process.execPath, migrate.nodeArgs, { cwd: migrate.dir, env: { PATH: process.env['PATH'] ?? '', ...migrate.env, DATABASE_URL: database.databaseUrl } });
  migrateOutput = migrated.stdout;

  const [port, ...metricsPorts] = await freePorts(4);
  intakeUrl = `http://127.0.0.1:${port}`;
  // Workers' metrics on free ports, never the defaults a `make up` on this machine holds.
  const metrics = (index: number) => ({ METRICS_ADDRESS: `127.0.0.1:${metricsPorts[index]}` });
  const extra: Record<string, Record<string, string>> = {
    // A small bootstrap model keeps the suite fast (compose trains on the whole data set).
    classification: { CLASSIFIER_BOOTSTRAP_LIMIT_PER_LABEL: '20', ...metrics(0) },
    workflows: metrics(1),
    notification: metrics(2),
    // As docker-compose.yml sets it; the test reaches intake at 127.0.0.1.
    intake: { PORT: String(port), CASEFLOW_ADMIN_KEY: adminKey, ALLOWED_HOSTS: 'localhost,127.0.0.1,intake' },
  };
  processes = Object.entries(readyLines).map(([name, readyLine]) => {
    const image = installed[name];
    if (image === undefined) throw new Error(`docker-compose.yml builds no ${name} image`);
    return serviceProcess(name, image.dir, { ...image.env, ...common, ...extra[name] }, readyLine, image.nodeArgs);
  });
  await Promise.all(processes.map((process) => process.start()));
});

afterEach((context) => {
  if (context.task.result?.state !== 'fail') return;
  printOutputs(processes);
});

afterAll(async () => {
  await Promise.all(processes.map((process) => process.stop()));
  await database?.stop();
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

describe('the images\u2019 deployed packages, run outside the workspace', () => {
  it('migrate brings a fresh database to the latest schema', () => {
    expect(migrateOutput).toMatch(/^applied migrations: /);
  });

  it('take a request from intake through classification', async () => {
    const response = await fetch(`${intakeUrl}/v1/requests`, {
      method: 'POST',
      headers: authorized(adminKey, { 'content-type': 'application/json' }),
      body: JSON.stringify({ customerId: 'cust-images', subject: 'Card payment declined', body: 'My card payment was declined at the shop today, why?', type: 'complaint', channel: 'email' }),
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const request = await eventually('the request to be classified', async () => {
      const current = (await (await fetch(`${intakeUrl}/v1/requests/${id}`, { headers: authorized(adminKey) })).json()) as { status: string; category: string | null };
      return current.category === null ? undefined : current;
    });
    expect(request.category).toEqual(expect.any(String));
  });

  it('hold only files the unprivileged user may read: the images copy them owned by root', async () => {
    // pnpm's own lockfile and state (mode 600) are never read at run time.
    const pnpmOwn = /(^|\/)(pnpm-lock\.yaml|pnpm-workspace\.yaml|\.pnpm-workspace-state-v1\.json)$/;
    const unreadable: string[] = [];
    // Not through links: pnpm's links point at folders this walk reaches anyway.
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isSymbolicLink()) continue;
        if (((await lstat(path)).mode & 0o004) === 0 && !pnpmOwn.test(path)) unreadable.push(path);
        if (entry.isDirectory()) await walk(path);
      }
    };
    await walk(folder);
    expect(unreadable).toEqual([]);
  });

  it('intake serves the dashboard built into its image', async () => {
    const response = await fetch(`${intakeUrl}/dashboard`);
    expect(response.status).toBe(200);
    // The Vite build (hashed assets under the base path), not the page's source.
    expect(await response.text()).toContain('/dashboard/assets/');
  });

  it('intake serves the agent workspace built into its image', async () => {
    const response = await fetch(`${intakeUrl}/app`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('/app/assets/');
  });
});

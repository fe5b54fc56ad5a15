import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@caseflow/test-harness';
import { describe, expect, it } from 'vitest';
import { builtServices, readCompose } from './compose';
import { command, copies, deployedPackage, dockerignore, env, finalStage, ignored, of, stageNamed } from './dockerfile';

// No Docker engine runs these images here: these checks read docker-compose.yml and the
// Dockerfiles for what a build would only find out later (a COPY of a path that is missing
// or left out by .dockerignore, a CMD naming no file, a runtime import of a dev dependency).
const root = repoRoot();
const patterns = dockerignore(join(root, '.dockerignore'));
const services = builtServices();
const workspaceManifest = (folder: string) =>
  JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> };

describe('docker-compose.yml', () => {
  it('builds every caseflow process from the Dockerfile in its own folder, with the repository as context', () => {
    expect(Object.fromEntries(services.map(({ name, service }) => [name, service.build]))).toEqual({
      migrate: { context: '.', dockerfile: 'packages/db/Dockerfile' },
      workflows: { context: '.', dockerfile: 'workflows/Dockerfile' },
      classification: { context: '.', dockerfile: 'services/classification/Dockerfile' },
      notification: { context: '.', dockerfile: 'services/notification/Dockerfile' },
      intake: { context: '.', dockerfile: 'services/intake/Dockerfile' },
      'mail-intake': { context: '.', dockerfile: 'services/mail-intake/Dockerfile' },
    });
  });

  it('leaves the command to the image (no working_dir or command overrides), under an init process', () => {
    for (const { name, service } of services) {
      expect({ name, command: service.command, workingDir: service.working_dir, init: service.init }).toEqual({ name, command: undefined, workingDir: undefined, init: true });
    }
  });

  it('runs several copies of each worker and health-checks the stateful services and the API', () => {
    const { services: all } = readCompose();
    for (const worker of ['workflows', 'classification', 'notification']) expect(all[worker]?.deploy?.replicas, worker).toBeGreaterThanOrEqual(2);
    for (const checked of ['postgres', 'temporal', 'intake']) expect(all[checked]?.healthcheck?.test, checked).toBeDefined();
  });

  it('mounts only files that exist in the repository', () => {
    for (const [name, service] of Object.entries(readCompose().services)) {
      for (const volume of service.volumes ?? []) {
        const [source = ''] = volume.split(':');
        if (source.startsWith('./')) expect(existsSync(join(root, source)), `${name}: ${source}`).toBe(true);
      }
    }
  });

  it('gives every process that talks to Temporal the same codec key ring, and the Web UI the codec endpoint', () => {
    const { services: all } = readCompose();
    for (const name of ['workflows', 'classification', 'notification', 'intake']) expect(all[name]?.environment?.['CODEC_KEYS'], name).toBe('${CODEC_KEYS:-}');
    expect(all['temporal-ui']?.environment?.['TEMPORAL_CODEC_ENDPOINT']).toBe('http://localhost:${INTAKE_PORT:-8080}/codec');
    expect(all['intake']?.environment?.['CODEC_CORS_ORIGINS']).toBe('http://localhost:${TEMPORAL_UI_PORT:-8233}');
    // Other containers reach intake as `intake`; the published port as localhost.
    expect(all['intake']?.environment?.['ALLOWED_HOSTS']).toBe('${ALLOWED_HOSTS:-localhost,127.0.0.1,intake}');
  });
});

describe.each(services.map(({ name, dockerfile, folder }) => ({ name, dockerfile, folder })))('the $name image', ({ dockerfile, folder }) => {
  const build = stageNamed(dockerfile, 'build');
  const runtime = finalStage(dockerfile);

  it('deploys its own package in a build stage and keeps only that in the runtime stage', () => {
    expect(build).toBeDefined();
    if (build === undefined) return;
    expect(deployedPackage(build).name).toBe(workspaceManifest(folder).name);
    expect(of(build, 'RUN').some(({ args }) => args.includes('pnpm fetch'))).toBe(true);
    expect(of(build, 'RUN').some(({ args }) => args.includes('pnpm install --offline --frozen-lockfile'))).toBe(true);
    const fromBuild = copies(runtime).filter(({ from }) => from !== undefined);
    expect(fromBuild).toEqual([{ from: 'build', sources: [deployedPackage(build).target], destination: './' }]);
  });

  it('runs as the unprivileged node user', () => {
    // 1000:1000 is `node` in the official Node.js images.
    expect(of(runtime, 'USER').at(-1)?.args).toBe('1000:1000');
    expect(of(runtime, 'WORKDIR').at(-1)?.args).toBe('/app');
  });

  it('copies from the build context only paths that exist and that .dockerignore keeps', () => {
    for (const stage of dockerfile.stages) {
      for (const copy of copies(stage).filter(({ from }) => from === undefined)) {
        for (const source of copy.sources.filter((source) => source !== '.')) {
          expect(existsSync(join(root, source)), `${dockerfile.path}: COPY ${source}`).toBe(true);
          expect(ignored(source, patterns), `${dockerfile.path}: COPY ${source} is in .dockerignore`).toBe(false);
        }
      }
    }
  });

  it('starts a file of its package with tsx, which the package has as a production dependency', () => {
    const cmd = command(runtime);
    expect(cmd.slice(0, 3)).toEqual(['node', '--import', 'tsx']);
    const script = cmd[3] ?? '';
    expect(statSync(join(root, folder, script)).isFile(), `${folder}/${script}`).toBe(true);
    expect(workspaceManifest(folder).dependencies?.['tsx']).toBeDefined();
  });

  it('points every path in its environment at a file the image holds', () => {
    const copied = copies(runtime)
      .filter(({ from }) => from === undefined)
      .flatMap(({ sources, destination }) => sources.map((source) => join(destination, source.split('/').at(-1) ?? '')));
    // A value may list several paths, comma-separated (CLASSIFIER_BOOTSTRAP_DATA).
    const paths = Object.entries(env(runtime)).flatMap(([name, value]) => value.split(',').map((path) => [name, path] as const));
    for (const [name, path] of paths.filter(([, path]) => path.startsWith('/'))) expect(copied, name).toContain(path);
  });
});

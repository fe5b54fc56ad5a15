import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@caseflow/test-harness';
import { describe, expect, it } from 'vitest';
import { readCompose } from './compose';

// docker-compose.yml and `CASEFLOW_TOPOLOGY=cluster make up` (infra/up.sh with
// infra/cluster/lib.sh) must run the same system: the same services with the same copies
// (infra/cluster/topology.txt), Temporal started by the same scripts and configs
// (infra/temporal/cluster/), the caseflow processes given the same settings
// (infra/cluster/caseflow.env), and Temporal's images of the versions built from source.
// Images themselves aside: no Docker engine runs here.
const root = repoRoot();
const text = (path: string) => readFileSync(join(root, path), 'utf8');
const { services } = readCompose();

/** infra/cluster/topology.txt: service → copies (a number) or 'job'. */
function topology(): Record<string, number | 'job'> {
  const lines = text('infra/cluster/topology.txt').split('\n').map((line) => line.replace(/#.*/, '').trim()).filter((line) => line !== '');
  return Object.fromEntries(lines.map((line) => {
    const [name = '', copies = ''] = line.split(/\s+/);
    return [name, copies === 'job' ? 'job' : Number(copies)];
  }));
}

const temporalScripts: Record<string, string> = {
  'temporal-schema': 'schema.sh',
  temporal: 'server.sh',
  'temporal-setup': 'setup-namespace.sh',
  'temporal-ui': 'ui.sh',
};
const caseflowProcesses = ['workflows', 'classification', 'notification', 'intake'];

describe('docker-compose.yml and the cluster profile of make up', () => {
  it('run the same services, with the copies of infra/cluster/topology.txt', () => {
    const planned = topology();
    // Services behind a compose profile (observability: Prometheus, Grafana) are opt-in extras, not the topology.
    const always = Object.entries(services).filter(([, service]) => service.profiles === undefined).map(([name]) => name);
    expect(always.sort()).toEqual(Object.keys(planned).sort());
    for (const [name, copies] of Object.entries(planned)) {
      const service = services[name];
      if (copies === 'job') {
        // A one-shot: restarted only on failure, and what needs it waits for its success.
        expect(service?.restart, name).toMatch(/^on-failure/);
        const waiting = Object.values(services).filter((other) => other.depends_on?.[name]?.condition === 'service_completed_successfully');
        expect(waiting.length, `${name}: nothing waits for it`).toBeGreaterThan(0);
      } else {
        expect(service?.deploy?.replicas ?? 1, name).toBe(copies);
        expect(service?.restart, name).toBe('unless-stopped');
      }
    }
    for (const name of caseflowProcesses) expect(planned[name], name).toBe(2);
  });

  it('publish one host port per intake copy, as make up gives each copy its own', () => {
    expect(services['intake']?.ports).toEqual(['${INTAKE_PORT:-8080}-${INTAKE_SECOND_PORT:-8081}:8080']);
  });

  it('start Temporal with the same scripts and configs from infra/temporal/cluster', () => {
    const upScripts = text('infra/cluster/lib.sh');
    for (const [name, script] of Object.entries(temporalScripts)) {
      expect(services[name]?.entrypoint, name).toEqual(['/bin/sh', `/caseflow/temporal/${script}`]);
      expect(services[name]?.volumes, name).toContain('./infra/temporal/cluster:/caseflow/temporal:ro');
      expect(upScripts, `make up runs ${script}`).toContain(`"$cluster/${script}"`);
    }
    expect(services['postgres']?.volumes).toContain('./infra/temporal/cluster/init-role.sh:/docker-entrypoint-initdb.d/temporal-role.sh:ro');
    expect(upScripts).toContain('"$cluster/init-role.sh"');
    expect(services['temporal-setup']?.volumes).toContain('./infra/temporal/search-attributes.txt:/caseflow/search-attributes.txt:ro');
    expect(upScripts).toContain('infra/temporal/search-attributes.txt');
  });

  it('give Temporal its database through the variables its config reads', () => {
    const config = text('infra/temporal/cluster/config/caseflow.yaml');
    const read = new Set([...config.matchAll(/env "([A-Z_]+)"/g)].map((match) => match[1]));
    for (const name of ['temporal-schema', 'temporal']) {
      for (const variable of Object.keys(services[name]?.environment ?? {}).filter((key) => key.startsWith('TEMPORAL_DB_'))) {
        expect(read.has(variable) || text('infra/temporal/cluster/schema.sh').includes(variable), `${name}: ${variable}`).toBe(true);
      }
      expect(Object.keys(services[name]?.environment ?? {}), name).toEqual(expect.arrayContaining(['TEMPORAL_DB_HOST', 'TEMPORAL_DB_PORT', 'TEMPORAL_DB_USER', 'TEMPORAL_DB_PASSWORD']));
    }
  });

  it('give every caseflow process the settings of infra/cluster/caseflow.env', () => {
    for (const name of caseflowProcesses) expect(services[name]?.env_file, name).toBe('infra/cluster/caseflow.env');
    expect(text('infra/up.sh')).toContain('export_unset_from "$here/cluster/caseflow.env"');
    // Nothing in compose's own environment overrides a setting of the shared file.
    const shared = text('infra/cluster/caseflow.env').split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.split('=')[0]);
    expect(shared.length).toBeGreaterThan(0);
    for (const name of caseflowProcesses) for (const variable of shared) expect(services[name]?.environment?.[variable as string], `${name}: ${variable}`).toBeUndefined();
  });

  it('use the Temporal images of the versions built from source for make up', () => {
    const pinned = (script: string) => /:-v(\d+\.\d+\.\d+)\}/.exec(text(script))?.[1];
    const server = pinned('infra/temporal/install-server.sh');
    const ui = pinned('infra/temporal/install-ui.sh');
    expect(server).toBe('1.29.1');
    expect(services['temporal']?.image).toBe(`temporalio/server:${server}`);
    expect(services['temporal-schema']?.image).toBe(`temporalio/admin-tools:${server}`);
    expect(services['temporal-setup']?.image).toBe(`temporalio/admin-tools:${server}`);
    expect(services['temporal-ui']?.image).toBe(`temporalio/ui:${ui}`);
  });
});

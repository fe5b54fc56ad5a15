import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@caseflow/test-harness';
import { parse } from 'yaml';
import { type Dockerfile, parseDockerfile } from './dockerfile';

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  healthcheck?: { test: string[] };
  command?: unknown;
  working_dir?: string;
  init?: boolean;
  entrypoint?: string[];
  env_file?: string | string[];
  restart?: string;
  ports?: string[];
  /** Opt-in services (`docker compose --profile NAME`), outside the default topology. */
  profiles?: string[];
}

/** docker-compose.yml as written (anchors merged, `${…}` left as text). */
export function readCompose(): { services: Record<string, ComposeService> } {
  return parse(readFileSync(join(repoRoot(), 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
}

/** The services compose builds from this repository, with their Dockerfiles. */
export function builtServices(): { name: string; service: ComposeService; dockerfile: Dockerfile; folder: string }[] {
  return Object.entries(readCompose().services)
    .filter(([, service]) => service.build !== undefined)
    .map(([name, service]) => {
      const path = service.build?.dockerfile ?? '';
      return { name, service, dockerfile: parseDockerfile(join(repoRoot(), path)), folder: path.replace(/\/?Dockerfile$/, '') };
    });
}

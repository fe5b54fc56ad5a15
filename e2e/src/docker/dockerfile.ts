import { readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';

/**
 * Just enough of the Dockerfile grammar to check caseflow's images without a Docker engine:
 * instructions (with `\` continuations and comments), stages, COPY, ENV, USER, CMD, and the
 * `pnpm … deploy` that decides what an image holds.
 */
export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Copy {
  /** `--from=<stage>`: copied from another stage, not from the build context. */
  from: string | undefined;
  sources: string[];
  destination: string;
}

export interface Stage {
  name: string | undefined;
  base: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  path: string;
  stages: Stage[];
}

export function parseDockerfile(path: string): Dockerfile {
  const stages: Stage[] = [];
  for (const instruction of instructions(readFileSync(path, 'utf8'))) {
    if (instruction.keyword === 'FROM') {
      const [base = '', as, name] = instruction.args.split(/\s+/);
      stages.push({ base, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (instruction.keyword !== 'ARG' || stages.length > 0) {
      const stage = stages.at(-1);
      if (stage === undefined) throw new Error(`${path}:${instruction.line}: ${instruction.keyword} before FROM`);
      stage.instructions.push(instruction);
    }
  }
  return { path, stages };
}

function instructions(text: string): Instruction[] {
  const result: Instruction[] = [];
  let pending: { text: string; line: number } | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && pending === undefined)) return;
    const continued = line.endsWith('\\');
    const body = continued ? line.slice(0, -1).trim() : line;
    pending = pending === undefined ? { text: body, line: index + 1 } : { text: `${pending.text} ${body}`, line: pending.line };
    if (continued) return;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(pending.text) ?? [];
    result.push({ keyword: keyword.toUpperCase(), args, line: pending.line });
    pending = undefined;
  });
  return result;
}

export function finalStage(dockerfile: Dockerfile): Stage {
  const stage = dockerfile.stages.at(-1);
  if (stage === undefined) throw new Error(`${dockerfile.path}: no FROM`);
  return stage;
}

export function stageNamed(dockerfile: Dockerfile, name: string): Stage | undefined {
  return dockerfile.stages.find((stage) => stage.name === name);
}

export function of(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((instruction) => instruction.keyword === keyword);
}

export function copies(stage: Stage): Copy[] {
  return of(stage, 'COPY').map(({ args }) => {
    const words = args.split(/\s+/);
    const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
    const paths = words.filter((word) => !word.startsWith('--'));
    const destination = paths.pop();
    if (destination === undefined || paths.length === 0) throw new Error(`COPY needs a source and a destination: ${args}`);
    return { from, sources: paths, destination };
  });
}

/** ENV in the `KEY=value` form (the only one caseflow uses), later ones winning. */
export function env(stage: Stage): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { args } of of(stage, 'ENV')) {
    for (const pair of args.split(/\s+/)) {
      const [key = '', ...value] = pair.split('=');
      if (value.length === 0) throw new Error(`ENV must be KEY=value: ${args}`);
      result[key] = value.join('=');
    }
  }
  return result;
}

/** The exec-form CMD of a stage (the shell form would put `sh` between Docker and node's signals). */
export function command(stage: Stage): string[] {
  const cmd = of(stage, 'CMD').at(-1);
  if (cmd === undefined) throw new Error('no CMD');
  const parsed: unknown = JSON.parse(cmd.args);
  if (!Array.isArray(parsed) || !parsed.every((word) => typeof word === 'string')) throw new Error(`CMD must be the exec (JSON) form: ${cmd.args}`);
  return parsed;
}

/** The package a build stage deploys: `pnpm --filter <name> --prod deploy … <dir>`. */
export function deployedPackage(stage: Stage): { name: string; target: string } {
  for (const { args } of of(stage, 'RUN')) {
    const match = /pnpm --filter (\S+) --prod deploy ([^&;|]*)/.exec(args);
    const target = match?.[2]?.trim().split(/\s+/).at(-1);
    if (match !== null && target !== undefined) return { name: match[1] ?? '', target };
  }
  throw new Error('no `pnpm --filter <package> --prod deploy` in the build stage');
}

/** Whether .dockerignore leaves a context path out (the path or any folder above it). */
export function ignored(path: string, patterns: string[]): boolean {
  const parts = path.split('/');
  return parts.some((_, index) => {
    const prefix = parts.slice(0, index + 1).join('/');
    return patterns.some((pattern) => matchesGlob(prefix, pattern));
  });
}

export function dockerignore(path: string): string[] {
  const patterns = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  // Exceptions (`!pattern`) would need the full ordered matching; none are used.
  if (patterns.some((pattern) => pattern.startsWith('!'))) throw new Error(`${path}: exceptions (!) are not supported by this check`);
  return patterns;
}

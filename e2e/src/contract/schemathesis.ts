import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@caseflow/test-harness';

const run = promisify(execFile);

/** Pinned: a new Schemathesis brings new checks, and adopting them is a change of its own. */
export const SCHEMATHESIS_VERSION = '4.32.5';

/**
 * The Python of a venv holding Schemathesis, created once under .tools/schemathesis/<version>
 * (pip from PyPI, about 20 s) and reused by every later run. It is built in a folder of its
 * own and renamed into place, so a run that dies half-way or two runs at once never leave a
 * broken venv behind; Schemathesis is started as `python -m schemathesis.cli`, because the
 * venv's `bin/st` names the folder it was built in.
 */
export async function schemathesisPython(): Promise<string> {
  const venv = join(repoRoot(), '.tools', 'schemathesis', SCHEMATHESIS_VERSION);
  const python = join(venv, 'bin', 'python');
  if (existsSync(python)) return python;
  const building = `${venv}.building-${randomBytes(4).toString('hex')}`;
  await mkdir(join(venv, '..'), { recursive: true });
  try {
    await run('python3', ['-m', 'venv', building]);
    await run(join(building, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`], { maxBuffer: 16 * 1024 * 1024 });
    await rename(building, venv).catch((error: unknown) => {
      // Another run finished first: its venv is as good as this one.
      if (!existsSync(python)) throw error;
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return python;
}

export interface ContractRun {
  exitCode: number;
  /** Schemathesis's own report: failures with a curl line to reproduce each, then the summary. */
  output: string;
}

export interface ContractOptions {
  /** Where the API serves its document, e.g. http://127.0.0.1:8080 (the document is /openapi.json). */
  baseUrl: string;
  adminKey: string;
  maxExamples: number;
  seed: number | undefined;
  /** Where Schemathesis keeps its example database; never inside the repository's sources. */
  workDir: string;
  /** The id of an API key that DELETE and PATCH /v1/api-keys/{id} may change (e2e/schemathesis.toml). */
  spareKeyId: string;
}

/**
 * `st run` with its default checks against the document a running intake serves, with the
 * exceptions e2e/schemathesis.toml lists (each with its reason).
 */
export async function runSchemathesis(options: ContractOptions): Promise<ContractRun> {
  const python = await schemathesisPython();
  await mkdir(options.workDir, { recursive: true });
  const args = [
    '-m', 'schemathesis.cli',
    '--config-file', join(repoRoot(), 'e2e', 'schemathesis.toml'),
    'run', `${options.baseUrl}/openapi.json`,
    '--header', `Authorization: Bearer ${options.adminKey}`,
    '--max-examples', String(options.maxExamples),
    // One worker: with two, Hypothesis's caches race (a KeyError inside Schemathesis, seen in 4.32.5).
    '--workers', '1',
    ...(options.seed === undefined ? [] : ['--seed', String(options.seed)]),
    '--no-color',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, { cwd: options.workDir, env: { ...process.env, NO_COLOR: '1', COLUMNS: '120', CASEFLOW_CONTRACT_SPARE_KEY_ID: options.spareKeyId }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    // The whole report stays beside the run for a reader (phases, timings, every case), pass or fail.
    child.on('close', (code) => {
      writeFile(join(options.workDir, 'report.txt'), output).then(() => resolve({ exitCode: code ?? -1, output }), reject);
    });
  });
}

/**
 * The part of a report a reader needs when the test fails: the summary first, then the errors
 * and failures (each with a curl line), without progress lines or warnings; capped so an
 * assertion message stays readable.
 */
export function findings(output: string, maxChars = 30_000): string {
  const section = (name: string) => output.search(new RegExp(`^=+ ${name} =+$`, 'm'));
  const summary = section('SUMMARY');
  const details = [section('ERRORS'), section('FAILURES')].filter((at) => at !== -1);
  const end = [section('WARNINGS'), summary, output.length].filter((at) => at !== -1)[0] ?? output.length;
  const head = summary === -1 ? output.slice(-4_000) : output.slice(summary);
  const body = details.length === 0 ? '' : output.slice(Math.min(...details), end);
  const capped = body.length <= maxChars ? body : `${body.slice(0, maxChars)}\n… (${body.length - maxChars} more characters)`;
  return `${head}\n${capped}`;
}

import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '@caseflow/test-harness/node';

export interface SupervisedSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** True once the process (this pid) serves, given its output since this start; polled after each (re)start. */
  ready: (pid: number, outputSinceStart: string) => Promise<boolean> | boolean;
  /** The pid that a crash kills (the server itself, not a wrapper script); defaults to the child. */
  crashPid?: () => Promise<number | undefined>;
}

/**
 * A process of the system under test, started and stopped as an orchestrator would: ready
 * when its `ready` check says so, stopped with SIGTERM, crashed with SIGKILL and started
 * again on the same ports and data (the chaos run, a killed worker). Output is kept, not
 * printed, for a test to show when it fails.
 */
export class Supervised {
  #child: ChildProcess | undefined;
  #output = '';
  #sinceStart = '';
  #stopping = false;
  kills = 0;
  restartsAfterFailedStart = 0;
  /** Exits nobody asked for after the process was up: each one is a finding. */
  readonly unexpectedExits: string[] = [];
  /** Told at once of such an exit (the run's log), not only in the final verdict. */
  onUnexpectedExit: (report: string) => void = () => {};

  constructor(readonly spec: SupervisedSpec) {}

  /**
   * With CASEFLOW_E2E_LOG_DIR set, every line the process writes, and each start, kill and
   * stop, also goes to `<dir>/<name>.log` with the time: the 64 kB kept in memory rarely
   * reaches back to the kill a failed chaos run has to be explained by.
   */
  #log(text: string): void {
    const dir = process.env['CASEFLOW_E2E_LOG_DIR'];
    if (dir === undefined || dir === '') return;
    mkdirSync(dir, { recursive: true });
    appendFileSync(join(dir, `${this.name.replace(/[^\w.-]/g, '_')}.log`), text);
  }

  #mark(what: string): void {
    this.#log(`---- ${new Date().toISOString()} ${what}\n`);
  }

  get name(): string {
    return this.spec.name;
  }

  /** The running process's pid (for resident-size readings), if it runs. */
  get pid(): number | undefined {
    return this.#child?.exitCode === null ? this.#child.pid : undefined;
  }

  /** The last 64 kB of output, over every start. */
  get output(): string {
    return this.#output;
  }

  get outputTail(): string {
    return this.#output.slice(-4000);
  }

  /**
   * Starts it and waits until it serves. A start that dies on its own (the Temporal dev
   * server picks random internal ports and can lose a race for one) is retried, as an
   * orchestrator restarts a container that exited.
   */
  async start(timeoutMs = Number(process.env['CASEFLOW_E2E_START_TIMEOUT_MS'] ?? 120_000), attempts = 3): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.startOnce(timeoutMs);
      } catch (error) {
        if (!(error instanceof ExitedWhileStarting) || attempt >= attempts) throw error;
        this.restartsAfterFailedStart += 1;
      }
    }
  }

  private async startOnce(timeoutMs: number): Promise<void> {
    const child = spawn(this.spec.command, this.spec.args, {
      cwd: this.spec.cwd,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...this.spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    this.#sinceStart = '';
    this.#mark(`start (pid ${child.pid ?? '?'})`);
    const keep = (chunk: Buffer) => {
      this.#log(chunk.toString());
      this.#output = (this.#output + chunk.toString()).slice(-64_000);
      this.#sinceStart = (this.#sinceStart + chunk.toString()).slice(-64_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.#stopping = false;
    let up = false;
    child.once('exit', (code, signal) => {
      if (!up || this.#stopping) return;
      const report = `${this.name} exited on its own (${code ?? signal}):\n${this.outputTail}`;
      this.unexpectedExits.push(report);
      this.onUnexpectedExit(report);
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new ExitedWhileStarting(`${this.name} exited (${child.exitCode ?? child.signalCode}) while starting:\n${this.outputTail}`);
      }
      if (child.pid !== undefined && (await Promise.resolve(this.spec.ready(child.pid, this.#sinceStart)).catch(() => false))) {
        up = true;
        this.#mark('ready');
        return;
      }
      await sleep(200);
    }
    throw new Error(`${this.name} not ready after ${timeoutMs} ms:\n${this.outputTail}`);
  }

  /** Changes the environment of the next start (undefined removes a variable). */
  setEnv(changes: Record<string, string | undefined>): void {
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined) delete this.spec.env[name];
      else this.spec.env[name] = value;
    }
  }

  /** SIGKILL: no shutdown hook runs, no buffer is flushed. */
  async crash(): Promise<void> {
    const child = this.#child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.#stopping = true;
    const pid = (await this.spec.crashPid?.()) ?? child.pid;
    if (pid !== undefined) process.kill(pid, 'SIGKILL');
    this.#mark(`SIGKILL (pid ${pid ?? '?'})`);
    this.kills += 1;
    await exited;
  }

  async stop(timeoutMs = 20_000): Promise<void> {
    const child = this.#child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.#stopping = true;
    this.#mark('SIGTERM');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}

class ExitedWhileStarting extends Error {}

/** Prints the end of what each process wrote: a failure across processes is only explicable with their logs. */
export function printOutputs(processes: readonly Supervised[]): void {
  for (const process of processes) console.error(`---- ${process.name} (last 3000 chars)\n${process.output.slice(-3000)}`);
}

/**
 * A caseflow process started from its own `src/main.ts`, the way `make up` starts it (or with
 * the given node arguments, from a folder anywhere: an image's command in a deployed
 * package), ready once it logs `readyLine`.
 */
export function serviceProcess(name: string, dir: string, env: Record<string, string>, readyLine: RegExp, nodeArgs = ['--import', 'tsx', 'src/main.ts']): Supervised {
  return new Supervised({ name, command: process.execPath, args: nodeArgs, cwd: resolve(repoRoot(), dir), env, ready: (_pid, output) => readyLine.test(output) });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

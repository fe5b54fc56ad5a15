import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from '@caseflow/test-harness';

/**
 * A caseflow process started from its own `src/main.ts`, the way `make up` starts it
 * (or with the given node arguments, from a folder anywhere: an image's command in a
 * deployed package). Output is kept (not printed) and shown when a test needs it.
 */
export class ServiceProcess {
  #child: ChildProcess | undefined;
  #output = '';

  constructor(
    readonly name: string,
    private readonly dir: string,
    private readonly env: Record<string, string>,
    private readonly readyLine: RegExp,
    private readonly nodeArgs: string[] = ['--import', 'tsx', 'src/main.ts'],
  ) {}

  get output(): string {
    return this.#output;
  }

  async start(timeoutMs = 120_000): Promise<void> {
    const child = spawn(process.execPath, this.nodeArgs, {
      cwd: resolve(repoRoot(), this.dir),
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    this.#output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} not ready after ${timeoutMs} ms:\n${this.#output.slice(-4000)}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        this.#output += chunk.toString();
        if (this.readyLine.test(this.#output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${code ?? signal}) before it was ready:\n${this.#output.slice(-4000)}`));
      });
    });
  }

  /** SIGTERM, as an orchestrator stops a process; SIGKILL after the timeout. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000): Promise<void> {
    const child = this.#child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}

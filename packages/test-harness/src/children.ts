import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Servers started for a test run must not outlive it. Three layers:
// 1. stop() sends SIGTERM, then SIGKILL after a timeout (stopChild);
// 2. on process 'exit' (which also covers an unhandled error), every child still alive
//    gets SIGKILL and its temp dir is removed (best effort, synchronously);
// 3. on Linux every child runs under `setpriv --pdeathsig TERM`, so the kernel signals it
//    when this process dies in a way that runs no handler at all (SIGKILL, a default
//    SIGTERM). The infra scripts exec the server or forward the signal to it.
//    Only the temp dirs stay behind then; the next run sweeps them (makeTempDir).

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));

interface Tracked {
  child: ChildProcess;
  tempDir: string;
}
const tracked = new Set<Tracked>();
let exitHookInstalled = false;

function killAllOnExit(): void {
  for (const { child, tempDir } of tracked) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * A temp dir named after this process (`caseflow-<kind>-<pid>-XXXXXX`). First removes the
 * dirs of earlier runs whose process is gone (killed before it could clean up).
 */
export async function makeTempDir(kind: string): Promise<string> {
  for (const name of readdirSync(tmpdir())) {
    const pid = /^caseflow-[a-z]+-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // Someone else's (another user's run): not ours to remove.
    }
  }
  return mkdtemp(join(tmpdir(), `caseflow-${kind}-${process.pid}-`));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Child {
  process: ChildProcess;
  /** The last few kilobytes of its stderr, for error messages. */
  stderrTail(): string;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
}

const STDERR_TAIL_CHARS = 8_000;

/** Spawns `bash script args…` with the given env, tied to this process's life. */
export function spawnScript(script: string, args: string[], env: NodeJS.ProcessEnv, tempDir: string): Child {
  const command = SETPRIV === undefined ? ['bash', script, ...args] : [SETPRIV, '--pdeathsig', 'TERM', '--', 'bash', script, ...args];
  const [file = 'bash', ...rest] = command;
  const child = spawn(file, rest, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const entry = { child, tempDir };
  tracked.add(entry);
  if (!exitHookInstalled) {
    process.once('exit', killAllOnExit);
    exitHookInstalled = true;
  }

  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS);
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      tracked.delete(entry);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  return { process: child, stderrTail: () => stderr, exited };
}

/** SIGTERM, then SIGKILL if it is still running after `timeoutMs`. */
export async function stopChild(child: Child, timeoutMs: number): Promise<void> {
  const { process: proc } = child;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  proc.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([child.exited, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    proc.kill('SIGKILL');
    await child.exited;
  }
}

/** Resolves when `check` resolves true; rejects when the child exits first or on timeout. */
export async function waitUntil(
  what: string,
  child: Child,
  timeoutMs: number,
  check: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: number | string | undefined;
  void child.exited.then((code) => (exit = code));
  for (;;) {
    if (exit !== undefined) throw new Error(`${what} exited (${exit}) before it was ready:\n${child.stderrTail()}`);
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what} not ready after ${timeoutMs} ms:\n${child.stderrTail()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

import { execFileSync } from 'node:child_process';
import { runCli } from '@caseflow/cli';
import { repoRoot } from '@caseflow/test-harness';
import { type Browser, chromium } from 'playwright-core';
import type { RunningSystem } from './system';

/** What the browser tests share: Debian's chromium, and the demo data they look at. */

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? (execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || '/usr/bin/chromium');
}

/** Headless, no sandbox (the test runs as root in a container), nothing fetched from the network by the browser itself. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** `caseflow demo seed` against the running system, as a person would run it; answers its exit code and output. */
export async function seedDemo(system: RunningSystem, databaseUrl: string, count: number): Promise<{ code: number; output: string }> {
  const out: string[] = [];
  const code = await runCli(['demo', 'seed', '--count', String(count), '--live', '3', '--url', system.intakeUrl, '--key', system.adminKey], {
    cwd: repoRoot(),
    env: { DATABASE_URL: databaseUrl },
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => out.push(s) },
  });
  return { code, output: out.join('') };
}

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export const benchmarksDoc = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));

/**
 * Every benchmark owns one `## ` section of docs/benchmarks.md and rewrites only that one,
 * so each can be rerun on its own without erasing the others' figures.
 */
export function writeBenchmarkSection(title: string, body: string, path = benchmarksDoc): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const section = `## ${title}\n\n${body.trim()}\n`;
  const start = current.indexOf(`\n## ${title}\n`);
  if (start === -1) {
    writeFileSync(path, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf('\n## ', start + 1);
  writeFileSync(path, `${current.slice(0, start + 1)}${section}${next === -1 ? '' : `\n${current.slice(next + 1)}`}`);
}

/** Where a figure was measured: it means little without the machine and its load. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    // nproc missing: the CPU count Node sees will do
  }
  return `${new Date().toISOString().slice(0, 10)}, ${nproc} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, load average ${loadavg()[0]?.toFixed(2)} at start`;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Throughput {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  completed: number;
}

function throughput(latencies: number[], errors: number, elapsedSeconds: number): Throughput {
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: latencies.length / elapsedSeconds, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), errors, completed: latencies.length };
}

/** A closed loop: `concurrency` callers, each starting its next call when the last one ends. */
export async function closedLoop(operation: () => Promise<unknown>, seconds: number, concurrency: number): Promise<Throughput> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const at = performance.now();
        try {
          await operation();
          latencies.push(performance.now() - at);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return throughput(latencies, errors, (performance.now() - started) / 1000);
}

/**
 * An open loop: `operation` starts at a fixed rate whatever the earlier calls are doing,
 * and each latency counts from the moment the call was due, so a stall shows in the
 * percentiles instead of quietly lowering the offered load (no coordinated omission).
 */
export async function openLoop(operation: () => Promise<unknown>, seconds: number, ratePerSecond: number): Promise<Throughput> {
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.round(seconds * ratePerSecond);
  const started = performance.now();
  const calls: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    calls.push(
      operation().then(
        () => void latencies.push(performance.now() - due),
        () => void (errors += 1),
      ),
    );
  }
  await Promise.all(calls);
  return throughput(latencies, errors, (performance.now() - started) / 1000);
}

export { alternatingRounds, formatSpread, spreadOf, type Spread } from './rounds';
export { measureProcesses, processTimesBetween, snapshotProcesses, type ProcessSnapshot, type ProcessTime, type ProcessTimes } from './proc';

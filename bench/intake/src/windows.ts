import { readFileSync } from 'node:fs';
import { closedLoop, measureProcesses, type ProcessTimes, type Throughput } from '@caseflow/bench-report';

export interface Window {
  throughput: Throughput;
  /** What each process group used during the measured window only (not warm-up, not drain). */
  times: ProcessTimes;
  /** Peak resident memory per process during the window (MB). */
  peakRssMB: Record<string, number>;
}

export interface WindowSettings {
  seconds: number;
  warmupSeconds: number;
  inFlight: number;
  /** Each process group to account for: its root pid. */
  processes: Record<string, number | undefined>;
  /** The processes whose resident memory is sampled (single processes, not wrapper scripts). */
  memory: Record<string, number | undefined>;
  /** Waits until the system has finished what earlier load left behind. */
  drained: () => Promise<void>;
}

/**
 * One measured window, taken the same way for every column: drain, a warm-up of the same
 * operation, drain again, then the closed loop — so no column starts on another's backlog or
 * on a cold path, and every column counts completions and errors alike.
 */
export async function measuredWindow(settings: WindowSettings, operation: () => Promise<unknown>): Promise<Window> {
  await settings.drained();
  await closedLoop(operation, settings.warmupSeconds, settings.inFlight);
  await settings.drained();
  const peakRssMB: Record<string, number> = {};
  const sampler = setInterval(() => {
    for (const [name, pid] of Object.entries(settings.memory)) peakRssMB[name] = Math.max(peakRssMB[name] ?? 0, residentMB(pid));
  }, 250);
  try {
    const { result, times } = await measureProcesses(settings.processes, () => closedLoop(operation, settings.seconds, settings.inFlight));
    return { throughput: result, times, peakRssMB };
  } finally {
    clearInterval(sampler);
  }
}

export function residentMB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

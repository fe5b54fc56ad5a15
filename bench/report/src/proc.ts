import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where the machine's time went during a measured window, from /proc: per process group
 * (a process and all its descendants, so the dev server behind its wrapper script and
 * PostgreSQL's backends count with their parents — except a descendant that is itself the
 * root of another group: a load generator that started the system counts only its own
 * threads, not every process under it), the CPU time it used and the time its
 * threads sat runnable in the run queue waiting for a CPU. A claim that a window was
 * "CPU-bound" or "waiting for the machine" is read from these figures, not guessed.
 */
export interface ProcessTime {
  cpuMs: number;
  runQueueWaitMs: number;
}

export type ProcessTimes = Record<string, ProcessTime>;

interface Task {
  cpuNs: number;
  waitNs: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process or thread ended between listing and reading: it no longer counts.
    return undefined;
  }
}

/** Every live pid with its parent. */
function parents(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    // The command name is in parentheses and may itself hold spaces or parentheses.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields?.[1] !== undefined) byPid.set(Number(entry), Number(fields[1]));
  }
  return byPid;
}

/** `root` and its descendants, leaving out the subtrees of the other groups' roots. */
function descendants(root: number, byPid: Map<number, number>, otherRoots: ReadonlySet<number>): number[] {
  const found = [root];
  for (let i = 0; i < found.length; i += 1) for (const [pid, ppid] of byPid) if (ppid === found[i] && !otherRoots.has(pid)) found.push(pid);
  return found;
}

/** Per thread: schedstat's first field is time on a CPU, its second time waiting in the run queue (ns). */
function threads(pid: number): Map<string, Task> {
  const tasks = new Map<string, Task>();
  let names: string[];
  try {
    names = readdirSync(`/proc/${pid}/task`);
  } catch {
    return tasks;
  }
  for (const tid of names) {
    const [cpu, wait] = (read(`/proc/${pid}/task/${tid}/schedstat`) ?? '').trim().split(' ').map(Number);
    if (cpu !== undefined && wait !== undefined && Number.isFinite(cpu) && Number.isFinite(wait)) tasks.set(`${pid}/${tid}`, { cpuNs: cpu, waitNs: wait });
  }
  return tasks;
}

export interface ProcessSnapshot {
  groups: Record<string, Map<string, Task>>;
}

/** The counters of every thread of each named process group, now. */
export function snapshotProcesses(roots: Record<string, number | undefined>): ProcessSnapshot {
  const byPid = parents();
  const rootPids = new Set(Object.values(roots).filter((pid) => pid !== undefined));
  const groups: Record<string, Map<string, Task>> = {};
  for (const [name, root] of Object.entries(roots)) {
    const tasks = new Map<string, Task>();
    const otherRoots = new Set([...rootPids].filter((pid) => pid !== root));
    if (root !== undefined) for (const pid of descendants(root, byPid, otherRoots)) for (const [key, task] of threads(pid)) tasks.set(key, task);
    groups[name] = tasks;
  }
  return { groups };
}

/**
 * What each group used between two snapshots. A thread born in the window counts from
 * zero; one that ended in the window is lost (its counters went with it), so short-lived
 * threads are undercounted, never overcounted.
 */
export function processTimesBetween(before: ProcessSnapshot, after: ProcessSnapshot): ProcessTimes {
  const times: ProcessTimes = {};
  for (const [name, tasks] of Object.entries(after.groups)) {
    let cpuNs = 0;
    let waitNs = 0;
    for (const [key, task] of tasks) {
      const earlier = before.groups[name]?.get(key);
      cpuNs += task.cpuNs - (earlier?.cpuNs ?? 0);
      waitNs += task.waitNs - (earlier?.waitNs ?? 0);
    }
    times[name] = { cpuMs: cpuNs / 1e6, runQueueWaitMs: waitNs / 1e6 };
  }
  return times;
}

/** Runs `work` and says what each process group used meanwhile. */
export async function measureProcesses<T>(roots: Record<string, number | undefined>, work: () => Promise<T>): Promise<{ result: T; times: ProcessTimes }> {
  const before = snapshotProcesses(roots);
  const result = await work();
  return { result, times: processTimesBetween(before, snapshotProcesses(roots)) };
}

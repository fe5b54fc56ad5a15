import { Worker } from 'node:worker_threads';
import type { TopicDiscovery, TopicDocument, TopicOptions } from './topics';
import type { TopicJob } from './topics-worker';

/**
 * discoverTopics on a worker thread. Clustering 800 + 800 requests takes about a second of
 * CPU; on a server's event loop that second would stall every other request. One worker,
 * started on first use and kept (unref'd while idle, so it never holds a process open);
 * jobs queue in it. A worker that dies fails its pending jobs and is replaced on next use.
 */
let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (result: TopicDiscovery) => void; reject: (error: Error) => void }>();

function failAll(error: Error): void {
  worker = undefined;
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function started(): Worker {
  if (worker !== undefined) return worker;
  const created = new Worker(new URL('./topics-worker-entry.mjs', import.meta.url));
  created.on('message', ({ id, result, error }: { id: number; result?: TopicDiscovery; error?: string }) => {
    const job = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) created.unref();
    if (error !== undefined) job?.reject(new Error(`topic discovery failed: ${error}`));
    else job?.resolve(result!);
  });
  created.on('error', (error) => failAll(error));
  created.on('exit', (code) => {
    if (worker === created) failAll(new Error(`topic worker exited with code ${code}`));
  });
  return (worker = created);
}

export function discoverTopicsOffThread(current: readonly TopicDocument[], previous: readonly TopicDocument[], options: TopicOptions = {}): Promise<TopicDiscovery> {
  const thread = started();
  const id = nextId++;
  return new Promise<TopicDiscovery>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.ref();
    const job: TopicJob = { id, current: [...current], previous: [...previous], options };
    thread.postMessage(job);
  });
}

/** Stops the worker (tests, shutdown); the next call starts a new one. */
export async function stopTopicWorker(): Promise<void> {
  const running = worker;
  failAll(new Error('topic worker stopped'));
  if (running !== undefined) await running.terminate();
}

import { parentPort } from 'node:worker_threads';
import { discoverTopics, type TopicDocument, type TopicOptions } from './topics';

/** Worker side of discoverTopicsOffThread: one clustering job per message, answered in order. */
export interface TopicJob {
  id: number;
  current: TopicDocument[];
  previous: TopicDocument[];
  options: TopicOptions;
}

const port = parentPort;
if (!port) throw new Error('topics-worker must run in a worker thread');
port.on('message', ({ id, current, previous, options }: TopicJob) => {
  try {
    port.postMessage({ id, result: discoverTopics(current, previous, options) });
  } catch (err) {
    port.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});

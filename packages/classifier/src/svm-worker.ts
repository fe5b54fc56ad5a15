import { parentPort, workerData } from 'node:worker_threads';
import { trainBinarySvm, type BinarySvmOptions } from './binary-svm';
import type { SparseRows } from './features';

/** Worker side of the one-vs-rest pool: receives the data once, then one class index per job. */
export interface SvmWorkerData {
  rows: SparseRows;
  labels: Int32Array;
  options: BinarySvmOptions;
  /** per-row multiplier of C (`trainBinarySvm`); absent = 1 each */
  weights?: Float64Array;
}

const { rows, labels, options, weights } = workerData as SvmWorkerData;
const port = parentPort;
if (!port) throw new Error('svm-worker must run in a worker thread');
port.on('message', (positive: number) => {
  try {
    const result = trainBinarySvm(rows, labels, positive, options, weights);
    port.postMessage({ positive, result }, [result.w.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ positive, error: err instanceof Error ? err.message : String(err) });
  }
});

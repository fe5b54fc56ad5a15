import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { trainBinarySvm, type BinarySvmOptions, type BinarySvmResult } from './binary-svm';
import type { SparseRows } from './features';
import type { SvmWorkerData } from './svm-worker';

export interface OneVsRestOptions {
  svm: BinarySvmOptions;
  /** worker threads; 0 or 1 trains in this thread */
  workers: number;
  /** per-row multiplier of C (`trainBinarySvm`) */
  weights?: Float64Array;
  onClassDone?: (done: number, total: number) => void;
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** One binary linear SVM per class (this class vs the rest), spread over worker threads. */
export async function trainOneVsRest(
  rows: SparseRows,
  labels: Int32Array,
  nClasses: number,
  opts: OneVsRestOptions,
): Promise<BinarySvmResult[]> {
  const results = new Array<BinarySvmResult>(nClasses);
  const workers = Math.min(opts.workers, nClasses);
  if (workers <= 1) {
    for (let c = 0; c < nClasses; c++) {
      results[c] = trainBinarySvm(rows, labels, c, opts.svm, opts.weights);
      opts.onClassDone?.(c + 1, nClasses);
    }
    return results;
  }
  const data: SvmWorkerData = { rows, labels, options: opts.svm, ...(opts.weights && { weights: opts.weights }) };
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./svm-worker-entry.mjs', import.meta.url), { workerData: data }));
  try {
    let next = 0;
    let done = 0;
    await new Promise<void>((resolve, reject) => {
      const give = (w: Worker): void => {
        if (next < nClasses) w.postMessage(next++);
      };
      for (const w of pool) {
        w.on('error', reject);
        w.on('exit', (code) => {
          if (done < nClasses) reject(new Error(`SVM worker exited with code ${code} before training finished`));
        });
        w.on('message', (m: { positive: number; result?: BinarySvmResult; error?: string }) => {
          if (m.error !== undefined || !m.result) return reject(new Error(`training class ${m.positive}: ${m.error}`));
          results[m.positive] = m.result;
          done++;
          opts.onClassDone?.(done, nClasses);
          if (done === nClasses) resolve();
          else give(w);
        });
        give(w);
      }
    });
    return results;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

import { SVM, type SvmKernel } from './ml-svm';
import type { SparseRows } from './features';
import { mulberry32, shuffle } from './random';

/**
 * One binary linear SVM (this class vs the rest) trained with ml-svm's SMO.
 *
 * ml-svm computes a dense n×n kernel matrix and its SMO loop is O(n²) per
 * pass, so it cannot see all 10k texts at once. Two things make it fit:
 *
 * - ml-svm gets each text as a one-element "feature vector" holding the row
 *   index, and a custom kernel object computes the sparse dot product of the
 *   two rows (so a 2^20-dimensional space costs ~nnz per kernel entry).
 * - A working set (the classic cutting-plane/shrinking idea): all positives,
 *   the negatives most similar to the class centroid and a random sample.
 *   After each SMO run the alphas collapse to w = Σ αᵢyᵢxᵢ, every training
 *   text is scored, and negatives that violate the margin are added (negatives
 *   that ended with α = 0 leave the set: shrinking). When no text outside the
 *   set violates the margin, the solution is that of the full problem (up to the
 *   SMO tolerance): points outside would have α = 0 anyway.
 */
export interface BinarySvmOptions {
  C: number;
  tol: number;
  maxPasses: number;
  maxIterations: number;
  /** hardest negatives (by centroid similarity) in the first working set, as a multiple of the positives */
  initialHardNegatives: number;
  /** random negatives in the first working set */
  initialRandomNegatives: number;
  /** violating negatives added per round, at most */
  addPerRound: number;
  maxRounds: number;
  /** drop negatives with α = 0 from the working set between rounds */
  shrink: boolean;
  seed: number;
}

export const defaultBinarySvmOptions: BinarySvmOptions = {
  C: 1,
  tol: 1e-3,
  maxPasses: 3,
  maxIterations: 400,
  initialHardNegatives: 1,
  initialRandomNegatives: 100,
  addPerRound: 250,
  maxRounds: 6,
  shrink: true,
  seed: 1,
};

export interface BinarySvmResult {
  /** dense weights over the feature columns */
  w: Float64Array;
  b: number;
  rounds: number;
  workingSet: number;
  supportVectors: number;
  /** violators left outside the working set when the round limit stopped it */
  violatorsLeft: number;
  /** true when ml-svm hit maxIterations (the last solution is still used) */
  iterationLimitHit: boolean;
}

/** Sparse dot product between rows i and j, keeping row i scattered in a dense scratch buffer. */
function rowKernel(rows: SparseRows): SvmKernel {
  const { indptr, indices, data } = rows;
  const dense = new Float64Array(rows.nCols);
  let current = -1;
  return {
    compute(a: number[], b: number[]): number {
      const i = a[0]!;
      const j = b[0]!;
      if (i !== current) {
        if (current >= 0) for (let k = indptr[current]!; k < indptr[current + 1]!; k++) dense[indices[k]!] = 0;
        for (let k = indptr[i]!; k < indptr[i + 1]!; k++) dense[indices[k]!] = data[k]!;
        current = i;
      }
      let s = 0;
      for (let k = indptr[j]!; k < indptr[j + 1]!; k++) s += dense[indices[k]!]! * data[k]!;
      return s;
    },
  };
}

export function rowDot(rows: SparseRows, i: number, w: Float64Array): number {
  let s = 0;
  for (let k = rows.indptr[i]!; k < rows.indptr[i + 1]!; k++) s += w[rows.indices[k]!]! * rows.data[k]!;
  return s;
}

function addRow(rows: SparseRows, i: number, scale: number, into: Float64Array): void {
  for (let k = rows.indptr[i]!; k < rows.indptr[i + 1]!; k++) into[rows.indices[k]!]! += scale * rows.data[k]!;
}

/**
 * Trains "label === positive" vs the rest on rows whose class indices are `labels`.
 *
 * `copies[i]` (default 1) is row i's weight: ml-svm has one C for every text, so a row of
 * weight k enters its working sets k times. That is exactly a C of k·C for that row — the k
 * alphas of the copies share its margin, each boxed by C, and sum to one alpha boxed by k·C
 * (SMO skips a pair of copies: their kernel step η is 0).
 */
export function trainBinarySvm(
  rows: SparseRows,
  labels: Int32Array,
  positive: number,
  opts: BinarySvmOptions = defaultBinarySvmOptions,
  copies?: Uint8Array,
): BinarySvmResult {
  const n = labels.length;
  const random = mulberry32(opts.seed * 7919 + positive);
  const y = Int8Array.from(labels, (l) => (l === positive ? 1 : -1));
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let i = 0; i < n; i++) (y[i] === 1 ? positives : negatives).push(i);
  if (positives.length === 0 || negatives.length === 0) throw new Error(`class ${positive} has no positive or no negative examples`);

  // First working set: positives, the negatives nearest the positive centroid, a random sample.
  const centroid = new Float64Array(rows.nCols);
  for (const i of positives) addRow(rows, i, 1, centroid);
  const hard = negatives
    .map((i) => ({ i, s: rowDot(rows, i, centroid) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, Math.ceil(opts.initialHardNegatives * positives.length))
    .map((e) => e.i);
  const inSet = new Uint8Array(n);
  const set: number[] = [];
  const include = (i: number): void => {
    if (!inSet[i]) {
      inSet[i] = 1;
      set.push(i);
    }
  };
  positives.forEach(include);
  hard.forEach(include);
  shuffle(negatives.slice(), random).slice(0, opts.initialRandomNegatives).forEach(include);

  const kernel = rowKernel(rows);
  let w = new Float64Array(rows.nCols);
  let b = 0;
  let rounds = 0;
  let supportVectors = 0;
  let violatorsLeft = 0;
  let iterationLimitHit = false;
  while (rounds < opts.maxRounds) {
    rounds++;
    const svm = new SVM({
      C: opts.C,
      tol: opts.tol,
      maxPasses: opts.maxPasses,
      maxIterations: opts.maxIterations,
      kernel,
      whitening: false,
      random,
    });
    // The SMO problem: each row of the working set as often as its weight, copies side by side.
    const problem = copies === undefined ? set : set.flatMap((i) => Array<number>(copies[i]!).fill(i));
    const setLabels = problem.map((i) => y[i]!);
    let alphas: number[];
    let svIndex: number[];
    try {
      svm.train(
        problem.map((i) => [i]),
        setLabels,
      );
      alphas = svm.alphas;
      svIndex = svm._supportVectorIdx;
      iterationLimitHit = false;
    } catch (err) {
      // ml-svm throws at maxIterations but leaves every alpha in place: keep that solution.
      if (!(err instanceof Error && err.message === 'max iterations reached')) throw err;
      iterationLimitHit = true;
      alphas = svm.alphas;
      svIndex = alphas.map((_, k) => k);
    }
    w = new Float64Array(rows.nCols);
    const supporting = new Set<number>();
    svIndex.forEach((k, s) => {
      const alpha = alphas[s]!;
      if (alpha <= 0) return;
      supporting.add(problem[k]!);
      addRow(rows, problem[k]!, alpha * setLabels[k]!, w);
    });
    supportVectors = supporting.size;
    b = svm.b;

    if (opts.shrink && rounds < opts.maxRounds) {
      // Drop negatives that ended with α = 0: they are re-added if they violate again.
      const keep = supporting;
      const kept = set.filter((i) => y[i] === 1 || keep.has(i));
      for (const i of set) if (y[i] !== 1 && !keep.has(i)) inSet[i] = 0;
      set.length = 0;
      set.push(...kept);
    }
    const violators: { i: number; m: number }[] = [];
    for (const i of negatives) {
      if (inSet[i]) continue;
      const m = y[i]! * (rowDot(rows, i, w) + b);
      // Slack of 10×tol: SMO only reaches the KKT conditions to within its tolerance.
      if (m < 1 - opts.tol * 10) violators.push({ i, m });
    }
    violatorsLeft = violators.length;
    if (violators.length === 0 || rounds === opts.maxRounds) break;
    violators.sort((a, c) => a.m - c.m);
    for (const v of violators.slice(0, opts.addPerRound)) include(v.i);
  }
  return { w, b, rounds, workingSet: set.length, supportVectors, violatorsLeft, iterationLimitHit };
}

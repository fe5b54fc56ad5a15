import type { SparseRows } from './features';
import { mulberry32 } from './random';

/**
 * One binary linear SVM (this class vs the rest), solved exactly by dual coordinate descent:
 * the algorithm of liblinear (Hsieh, Chang, Lin, Keerthi, Sundararajan, "A Dual Coordinate
 * Descent Method for Large-scale Linear SVM", ICML 2008), for the L2-regularised squared-hinge
 * loss that liblinear and scikit-learn's `LinearSVC` use by default.
 *
 * Why this and not a kernel SMO: for a linear model the dual variable of one text can be
 * optimised in closed form against the primal weights w = Σ αᵢyᵢxᵢ kept up to date, so a
 * pass over all texts costs one sparse dot product per text — no kernel matrix, no working
 * set, and it runs to the optimality tolerance on all 13k texts at once. Texts whose α stays
 * at its bound are set aside while the others converge (liblinear's shrinking) and checked
 * again before it stops.
 *
 * The bias is learnt as the weight of a constant feature (`bias`, as liblinear's `-B` and
 * scikit-learn's `intercept_scaling`), so it is regularised like the other weights.
 */
export interface BinarySvmOptions {
  C: number;
  /** stop when the projected gradients' spread (max − min) is below this, on all texts */
  tol: number;
  /** passes over the active texts, at most */
  maxIterations: number;
  /** value of the constant feature whose weight is the bias */
  bias: number;
  /** seeds the order in which each pass visits the texts */
  seed: number;
}

export const defaultBinarySvmOptions: BinarySvmOptions = {
  C: 1,
  tol: 0.1,
  maxIterations: 1000,
  bias: 1,
  seed: 1,
};

export interface BinarySvmResult {
  /** dense weights over the feature columns */
  w: Float64Array;
  b: number;
  /** passes over the texts the solver made */
  iterations: number;
  /** texts with α > 0 */
  supportVectors: number;
  /** true when it stopped at maxIterations before reaching `tol` (the last solution is still used) */
  iterationLimitHit: boolean;
}

export function rowDot(rows: SparseRows, i: number, w: Float64Array): number {
  let s = 0;
  for (let k = rows.indptr[i]!; k < rows.indptr[i + 1]!; k++) s += w[rows.indices[k]!]! * rows.data[k]!;
  return s;
}

/**
 * Trains "label === positive" vs the rest on rows whose class indices are `labels`.
 * `weights[i]` (default 1) multiplies C for row i: a text of weight k counts k times in the loss.
 */
export function trainBinarySvm(
  rows: SparseRows,
  labels: Int32Array,
  positive: number,
  opts: BinarySvmOptions = defaultBinarySvmOptions,
  weights?: ArrayLike<number>,
): BinarySvmResult {
  if (!(opts.C > 0)) throw new RangeError('C must be > 0');
  const n = labels.length;
  const { indptr, indices, data } = rows;
  const y = Int8Array.from(labels, (l) => (l === positive ? 1 : -1));
  if (!y.includes(1) || !y.includes(-1)) throw new Error(`class ${positive} has no positive or no negative examples`);
  const bias = opts.bias;

  // Squared hinge: no upper bound on α; the loss becomes a diagonal term 1/(2Cᵢ) in the dual.
  const diag = new Float64Array(n);
  const qd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    diag[i] = 0.5 / (opts.C * (weights?.[i] ?? 1));
    let xx = bias * bias;
    for (let k = indptr[i]!; k < indptr[i + 1]!; k++) xx += data[k]! * data[k]!;
    qd[i] = diag[i]! + xx;
  }

  const w = new Float64Array(rows.nCols);
  let wb = 0;
  const alpha = new Float64Array(n);
  const index = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(opts.seed * 7919 + positive);
  let active = n;
  let pgMaxOld = Infinity;
  let iterations = 0;
  let converged = false;
  while (iterations < opts.maxIterations) {
    for (let s = active - 1; s > 0; s--) {
      const j = Math.floor(random() * (s + 1));
      const t = index[s]!;
      index[s] = index[j]!;
      index[j] = t;
    }
    let pgMax = -Infinity;
    let pgMin = Infinity;
    for (let s = 0; s < active; s++) {
      const i = index[s]!;
      const yi = y[i]!;
      let wx = wb * bias;
      for (let k = indptr[i]!; k < indptr[i + 1]!; k++) wx += w[indices[k]!]! * data[k]!;
      const g = yi * wx - 1 + alpha[i]! * diag[i]!;
      let pg = g;
      if (alpha[i] === 0) {
        if (g > pgMaxOld) {
          // At its bound and pushing outwards since the last pass: set aside (shrinking).
          active--;
          index[s] = index[active]!;
          index[active] = i;
          s--;
          continue;
        }
        if (g > 0) pg = 0;
      }
      if (pg > pgMax) pgMax = pg;
      if (pg < pgMin) pgMin = pg;
      if (Math.abs(pg) > 1e-12) {
        const old = alpha[i]!;
        const next = Math.max(old - g / qd[i]!, 0);
        alpha[i] = next;
        const d = (next - old) * yi;
        for (let k = indptr[i]!; k < indptr[i + 1]!; k++) w[indices[k]!]! += d * data[k]!;
        wb += d * bias;
      }
    }
    iterations++;
    if (pgMax - pgMin <= opts.tol) {
      if (active === n) {
        converged = true;
        break;
      }
      // Converged on the active texts: check all of them again before stopping.
      active = n;
      pgMaxOld = Infinity;
      continue;
    }
    pgMaxOld = pgMax <= 0 ? Infinity : pgMax;
  }
  let supportVectors = 0;
  for (let i = 0; i < n; i++) if (alpha[i]! > 0) supportVectors++;
  return { w, b: wb * bias, iterations, supportVectors, iterationLimitHit: !converged };
}

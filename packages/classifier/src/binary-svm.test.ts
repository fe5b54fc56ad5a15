import { describe, expect, it } from 'vitest';
import { defaultBinarySvmOptions, rowDot, trainBinarySvm, type BinarySvmOptions } from './binary-svm';
import { toRows, type SparseRows, type SparseVector } from './features';
import { mulberry32 } from './random';

const vector = (x: number, y: number): SparseVector => ({ idx: Int32Array.of(0, 1), val: Float64Array.of(x, y) });

/** The primal objective the solver minimises: ½‖(w, b/bias)‖² + C Σ kᵢ max(0, 1 − yᵢ(w·xᵢ + b))². */
function objective(rows: SparseRows, y: Int8Array, w: Float64Array, b: number, o: BinarySvmOptions, weights?: ArrayLike<number>): number {
  let reg = (b / o.bias) ** 2;
  for (const v of w) reg += v * v;
  let loss = 0;
  for (let i = 0; i < y.length; i++) loss += (weights?.[i] ?? 1) * Math.max(0, 1 - y[i]! * (rowDot(rows, i, w) + b)) ** 2;
  return 0.5 * reg + o.C * loss;
}

describe('binary SVM by dual coordinate descent', () => {
  it('reaches the minimum of the squared-hinge objective: no small step in any direction lowers it', () => {
    const random = mulberry32(7);
    const dims = 12;
    // 200 sparse texts in two overlapping clouds, so some margins are violated at the optimum.
    const vectors: SparseVector[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 200; i++) {
      const positive = i % 3 === 0;
      const cols = [...new Set(Array.from({ length: 4 }, () => Math.floor(random() * dims)))].sort((a, b) => a - b);
      const vals = cols.map((c) => random() + (positive === c < dims / 2 ? 0.6 : 0));
      vectors.push({ idx: Int32Array.from(cols), val: Float64Array.from(vals) });
      labels.push(positive ? 0 : 1);
    }
    const rows = toRows(vectors, dims);
    const options = { ...defaultBinarySvmOptions, C: 0.5, tol: 1e-6 };
    const fit = trainBinarySvm(rows, Int32Array.from(labels), 0, options);
    expect(fit.iterationLimitHit).toBe(false);
    const y = Int8Array.from(labels, (l) => (l === 0 ? 1 : -1));
    const best = objective(rows, y, fit.w, fit.b, options);
    let violated = 0;
    for (let i = 0; i < y.length; i++) if (y[i]! * (rowDot(rows, i, fit.w) + fit.b) < 1) violated++;
    expect(violated).toBeGreaterThan(0);
    for (let trial = 0; trial < 200; trial++) {
      const w = Float64Array.from(fit.w, (v) => v + (random() - 0.5) * 1e-2);
      const b = fit.b + (random() - 0.5) * 1e-2;
      expect(objective(rows, y, w, b, options)).toBeGreaterThanOrEqual(best - 1e-9);
    }
  });

  it('gives the same weights for the same seed, and a solution as good for another visiting order', () => {
    const vectors = Array.from({ length: 40 }, (_, i) => vector(i % 2 === 0 ? 1 : 0.2, i % 2 === 0 ? 0.3 : 1 - (i % 5) / 10));
    const rows = toRows(vectors, 2);
    const labels = Int32Array.from(vectors, (_, i) => i % 2);
    const options = { ...defaultBinarySvmOptions, tol: 1e-8 };
    const a = trainBinarySvm(rows, labels, 0, options);
    const again = trainBinarySvm(rows, labels, 0, options);
    const other = trainBinarySvm(rows, labels, 0, { ...options, seed: 99 });
    expect(again.w).toEqual(a.w);
    expect(again.b).toBe(a.b);
    for (let c = 0; c < 2; c++) expect(other.w[c]).toBeCloseTo(a.w[c]!, 5);
    expect(other.b).toBeCloseTo(a.b, 5);
  });

  it('stops at the iteration limit and says so', () => {
    const rows = toRows([vector(1, 0), vector(0, 1), vector(0.9, 0.2)], 2);
    const fit = trainBinarySvm(rows, Int32Array.of(0, 1, 1), 0, { ...defaultBinarySvmOptions, tol: 1e-15, maxIterations: 1 });
    expect(fit.iterations).toBe(1);
    expect(fit.iterationLimitHit).toBe(true);
  });

  it('refuses a class without positive or negative texts', () => {
    const rows = toRows([vector(1, 0), vector(0, 1)], 2);
    expect(() => trainBinarySvm(rows, Int32Array.of(1, 1), 0)).toThrow(/no positive or no negative/);
  });
});

describe('binary SVM text weights', () => {
  // Class 0 sits at (1, 0), class 1 at (0, 1); one text of class 0 lies among class 1. With a
  // small C the SVM leaves it on the wrong side; a weight is the larger C that pulls it over.
  const vectors = [...Array.from({ length: 8 }, () => vector(1, 0.1)), ...Array.from({ length: 8 }, () => vector(0.1, 1)), vector(0.35, 0.65)];
  const rows = toRows(vectors, 2);
  const labels = Int32Array.from(vectors, (_, i) => (i < 8 || i === 16 ? 0 : 1));
  const options = { ...defaultBinarySvmOptions, C: 0.05, tol: 1e-6 };
  const score = (w: Float64Array, b: number) => rowDot(rows, 16, w) + b;

  it('leaves an outlier on the wrong side at weight 1 and fits it at a larger weight', () => {
    const plain = trainBinarySvm(rows, labels, 0, options);
    const ones = trainBinarySvm(rows, labels, 0, options, new Float64Array(vectors.length).fill(1));
    const weights = new Float64Array(vectors.length).fill(1);
    weights[16] = 64;
    const weighted = trainBinarySvm(rows, labels, 0, options, weights);
    expect(score(plain.w, plain.b)).toBeLessThan(0);
    expect(ones.w).toEqual(plain.w);
    expect(ones.b).toBe(plain.b);
    expect(score(weighted.w, weighted.b)).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultBinarySvmOptions, rowDot, trainBinarySvm } from './binary-svm';
import { toRows, type SparseVector } from './features';

const vector = (x: number, y: number): SparseVector => ({ idx: Int32Array.of(0, 1), val: Float64Array.of(x, y) });

describe('binary SVM text weights', () => {
  // Class 0 sits at (1, 0), class 1 at (0, 1); one text of class 0 lies among class 1. With a
  // small C the SVM leaves it on the wrong side; a weight is the larger C that pulls it over.
  const vectors = [...Array.from({ length: 8 }, () => vector(1, 0.1)), ...Array.from({ length: 8 }, () => vector(0.1, 1)), vector(0.35, 0.65)];
  const rows = toRows(vectors, 2);
  const labels = Int32Array.from(vectors, (_, i) => (i < 8 || i === 16 ? 0 : 1));
  const options = { ...defaultBinarySvmOptions, C: 0.05, maxIterations: 10_000 };
  const score = (w: Float64Array, b: number) => rowDot(rows, 16, w) + b;

  it('leaves an outlier on the wrong side at weight 1 and fits it at a larger weight', () => {
    const plain = trainBinarySvm(rows, labels, 0, options);
    const ones = trainBinarySvm(rows, labels, 0, options, new Uint8Array(vectors.length).fill(1));
    const copies = new Uint8Array(vectors.length).fill(1);
    copies[16] = 16;
    const weighted = trainBinarySvm(rows, labels, 0, options, copies);
    expect(score(plain.w, plain.b)).toBeLessThan(0);
    expect(ones.w).toEqual(plain.w);
    expect(ones.b).toBe(plain.b);
    expect(score(weighted.w, weighted.b)).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { cosine, dot } from './features';

const vector = (entries: [number, number][]) => ({ idx: Int32Array.from(entries, ([c]) => c), val: Float64Array.from(entries, ([, v]) => v) });

describe('similarity of sparse vectors', () => {
  it('is 1 for the same direction and 0 for no shared column', () => {
    expect(cosine(vector([[1, 3], [4, 4]]), vector([[1, 0.6], [4, 0.8]]))).toBeCloseTo(1, 12);
    expect(cosine(vector([[1, 1]]), vector([[2, 1]]))).toBe(0);
  });

  it('counts only the columns both vectors have', () => {
    expect(dot(vector([[1, 2], [3, 5], [7, 1]]), vector([[3, 2], [5, 9], [7, 3]]))).toBe(13);
  });

  it('is 0, not NaN, against an empty text', () => {
    expect(cosine(vector([]), vector([[1, 1]]))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { percentile, scorePredictions } from './metrics';

describe('scorePredictions', () => {
  it('computes accuracy, per-class precision/recall/F1, macro-F1 and the worst confusions', () => {
    const pairs = [
      { actual: 'a', predicted: 'a' },
      { actual: 'a', predicted: 'b' },
      { actual: 'b', predicted: 'b' },
      { actual: 'c', predicted: 'b' },
    ];
    const s = scorePredictions(pairs);
    expect(s.accuracy).toBe(0.5);
    expect(s.perClass.a).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(s.perClass.b).toEqual({ precision: 1 / 3, recall: 1, f1: 0.5, support: 1 });
    expect(s.perClass.c).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3, 12);
    expect(s.confusions).toEqual([
      { actual: 'a', predicted: 'b', count: 1 },
      { actual: 'c', predicted: 'b', count: 1 },
    ]);
  });

  it('takes the nearest-rank percentile', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 0.5)).toBe(50);
    expect(percentile(xs, 0.99)).toBe(99);
    expect(percentile([], 0.5)).toBe(0);
  });
});

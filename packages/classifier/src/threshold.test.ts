import { describe, expect, it } from 'vitest';
import { chooseThreshold } from './threshold';

describe('chooseThreshold', () => {
  const confidences = (n: number, language: 'en' | 'zh') => Array.from({ length: n }, (_, i) => ({ confidence: (i + 1) / n, language }));

  it('takes the highest threshold that routes the target share of each language', () => {
    // en: 0.01 … 1.00, zh: 0.05 … 1.00; routing 95 % of zh needs ≤ 0.10 (its 2nd value), of en ≤ 0.06.
    const t = chooseThreshold([...confidences(100, 'en'), ...confidences(20, 'zh')], [0.02, 0.05, 0.5], 0.95)!;
    expect(t.threshold).toBeCloseTo(0.06, 12);
    expect(t.validation.inScopeRouted).toBeCloseTo((95 + 19) / 120, 12);
    expect(t.validation.outOfScopeToTriage).toBeCloseTo(2 / 3, 12);
  });

  it('reports no out-of-scope figure without out-of-scope texts, and no threshold without in-scope ones', () => {
    expect(chooseThreshold(confidences(10, 'en'), [])!.validation.outOfScopeToTriage).toBeNull();
    expect(chooseThreshold([], [0.1])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { fitTemperature, softmax } from './calibration';
import { mulberry32 } from './random';

describe('softmax with temperature', () => {
  it('gives probabilities in [0, 1] that sum to 1, even for extreme margins', () => {
    for (const scores of [[0, 0, 0], [1000, -1000, 3], [-5, -5.1, -40], [1e-9]]) {
      const p = softmax(scores, 0.05);
      for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('raises a label’s confidence monotonically with its margin', () => {
    let last = -1;
    for (let m = -3; m <= 3; m += 0.05) {
      const p = softmax([m, 0.2, -0.4, -1], 0.2)[0]!;
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
  });
});

describe('fitTemperature', () => {
  it('softens over-confident margins and sharpens timid ones', () => {
    const random = mulberry32(3);
    // Synthetic 3-class margins: the true class wins 70% of the time by a wide margin.
    const scores: number[][] = [];
    const truth: number[] = [];
    for (let i = 0; i < 600; i++) {
      const t = i % 3;
      const s = [0, 1, 2].map(() => random() * 0.2);
      const winner = random() < 0.7 ? t : (t + 1) % 3;
      s[winner]! += 1;
      scores.push(s);
      truth.push(t);
    }
    const loose = fitTemperature(scores, truth).temperature;
    // 70% right: the best label should get ≈ 0.7, not ≈ 1 (T → 0) nor ⅓ (T → ∞).
    const confidence = scores.map((s) => Math.max(...softmax(s, loose)));
    const mean = confidence.reduce((a, b) => a + b, 0) / confidence.length;
    expect(mean).toBeGreaterThan(0.6);
    expect(mean).toBeLessThan(0.8);
  });

  it('defaults to temperature 1 without held-out data', () => {
    expect(fitTemperature([], []).temperature).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { alternatingRounds, formatSpread, spreadOf } from './rounds';

describe('alternatingRounds', () => {
  it('runs every variant once per round, in turn', async () => {
    const order: string[] = [];
    const results = await alternatingRounds(3, {
      b: async (round) => void order.push(`b${round}`),
      c: async (round) => void order.push(`c${round}`),
    });
    expect(order).toEqual(['b0', 'c0', 'b1', 'c1', 'b2', 'c2']);
    expect(results.b).toHaveLength(3);
  });
});

describe('spreadOf', () => {
  it('takes the median of odd and even counts and the extremes', () => {
    expect(spreadOf([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(spreadOf([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(formatSpread(spreadOf([45.2, 46.9, 44.0]))).toBe('45.2 (44.0–46.9)');
  });
});

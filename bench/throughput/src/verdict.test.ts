import { describe, expect, it } from 'vitest';
import { highestSteadyRate, isSteady, type Rung } from './verdict';

const rung = (changes: Partial<Rung>): Rung => ({ rate: 10, offered: 600, errors: 0, done: 600, p50Ms: 120, p99Ms: 800, cpuMsPerUnit: {}, ...changes });

describe('a sustained rate', () => {
  it('is one where everything offered finished within the grace, without errors, under the p99 limit', () => {
    expect(isSteady(rung({}), { p99LimitMs: 1000 })).toBe(true);
    expect(isSteady(rung({ p99Ms: 1001 }), { p99LimitMs: 1000 })).toBe(false);
    expect(isSteady(rung({ done: 599 }), { p99LimitMs: 1000 })).toBe(false);
    expect(isSteady(rung({ errors: 1 }), { p99LimitMs: 1000 })).toBe(false);
  });

  it('is the highest rung below which every rung was steady too', () => {
    expect(highestSteadyRate([{ rate: 20, steady: true }, { rate: 5, steady: true }, { rate: 10, steady: false }])).toBe(5);
    expect(highestSteadyRate([{ rate: 5, steady: false }])).toBe(0);
    expect(highestSteadyRate([{ rate: 5, steady: true }, { rate: 10, steady: true }])).toBe(10);
  });
});

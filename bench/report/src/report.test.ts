import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLoop, percentile, writeBenchmarkSection } from './index';

describe('writeBenchmarkSection', () => {
  it('replaces its own section and keeps the others', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bench-report-')), 'benchmarks.md');
    writeFileSync(path, '# Benchmarks\n\n## A\n\nold a\n\n## B\n\nb stays\n');
    writeBenchmarkSection('A', 'new a', path);
    writeBenchmarkSection('C', 'c added', path);
    expect(readFileSync(path, 'utf8')).toBe('# Benchmarks\n\n## A\n\nnew a\n\n## B\n\nb stays\n\n## C\n\nc added\n');
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe('openLoop', () => {
  it('offers the asked rate and counts a stall from when each call was due', async () => {
    let calls = 0;
    // The fifth call stalls 300 ms; calls due meanwhile are still started on time.
    const result = await openLoop(async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, calls === 5 ? 300 : 1));
    }, 1, 20);
    expect(calls).toBe(20);
    expect(result.completed).toBe(20);
    // Timers may fire a little early: the stall shows, give or take a few milliseconds.
    expect(result.p99Ms).toBeGreaterThan(250);
    expect(result.p50Ms).toBeLessThan(100);
  });

  it('counts failed calls as errors, not latencies', async () => {
    let calls = 0;
    const result = await openLoop(async () => {
      calls += 1;
      if (calls % 2 === 0) throw new Error('refused');
    }, 0.5, 20);
    expect(result.errors).toBe(5);
    expect(result.completed).toBe(5);
  });
});

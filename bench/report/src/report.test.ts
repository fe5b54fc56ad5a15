import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentile, writeBenchmarkSection } from './index';

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

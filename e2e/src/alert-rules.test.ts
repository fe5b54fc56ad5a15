import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@caseflow/test-harness';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('infra/observability with promtool', () => {
  // The first run builds promtool from source (several minutes); later runs reuse .tools.
  it('accepts the scrape configs and the alert rules, and every rule unit test passes', async () => {
    const { stdout, stderr } = await run('bash', [resolve(repoRoot(), 'infra/observability/check.sh')], { maxBuffer: 16 * 1024 * 1024 });
    const output = `${stdout}\n${stderr}`;
    expect(output).toMatch(/SUCCESS: \d+ rules found/);
    expect(output).toMatch(/SUCCESS/);
    expect(output).not.toMatch(/FAILED/);
  }, 1_800_000);
});

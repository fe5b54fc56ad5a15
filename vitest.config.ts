import { defineConfig } from 'vitest/config';

/** A test file that runs only when its variable is 1. */
const optIn = (variable: string, file: string): string[] => (process.env[variable] === '1' ? [] : [file]);

export default defineConfig({
  test: {
    include: ['{packages,services,workflows,e2e,bench}/**/src/**/*.test.ts'],
    // Re-recording the replay fixtures (workflows/src/histories) is deliberate:
    // `pnpm --filter @caseflow/workflows record-histories`; see workflows/README.md.
    // The cluster topology's tests build temporal-server on their first run: `pnpm test:cluster`.
    exclude: [
      '**/node_modules/**',
      ...optIn('CASEFLOW_RECORD_HISTORIES', 'workflows/src/record-histories.test.ts'),
      ...optIn('CASEFLOW_CLUSTER_TEST', 'e2e/src/cluster.test.ts'),
      ...optIn('CASEFLOW_CLUSTER_TEST', 'e2e/src/cluster-erasure.test.ts'),
    ],
    // One PostgreSQL and one Temporal dev server per run; tests read them with
    // inject('databaseUrl' | 'temporalAddress' | 'temporalNamespace').
    globalSetup: ['./packages/test-harness/src/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

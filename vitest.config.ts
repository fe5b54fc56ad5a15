import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,services,workflows,e2e,bench}/**/src/**/*.test.ts'],
    // The fault-injection run (minutes; kills every process) runs with `pnpm test:chaos`,
    // not in every `make test`: see docs/reliability.md.
    exclude: process.env['CASEFLOW_CHAOS'] === '1' ? ['**/node_modules/**'] : ['**/node_modules/**', 'e2e/src/chaos.test.ts'],
    // One PostgreSQL and one Temporal dev server per run; tests read them with
    // inject('databaseUrl' | 'temporalAddress' | 'temporalNamespace').
    globalSetup: ['./packages/test-harness/src/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

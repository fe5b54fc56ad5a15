import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,services,workflows,e2e,bench}/**/src/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // One PostgreSQL and one Temporal dev server per run; tests read them with
    // inject('databaseUrl' | 'temporalAddress' | 'temporalNamespace').
    globalSetup: ['./packages/test-harness/src/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

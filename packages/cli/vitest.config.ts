import { defineConfig } from 'vitest/config';

// The model commands need no PostgreSQL or Temporal: `pnpm --filter @caseflow/cli test`
// runs without the root config's global setup.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

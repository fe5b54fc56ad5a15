import { defineConfig } from 'vitest/config';

// The assignment logic needs no PostgreSQL or Temporal: `pnpm --filter @caseflow/assignment test`
// runs its tests without the root config's global setup.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

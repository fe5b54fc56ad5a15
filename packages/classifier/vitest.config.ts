import { defineConfig } from 'vitest/config';

// The classifier needs no PostgreSQL or Temporal: `pnpm --filter @caseflow/classifier test`
// runs its tests without the root config's global setup.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

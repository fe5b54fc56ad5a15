import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,services,workflows}/**/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

import { defineConfig } from 'vite';

// Served by intake under /dashboard/; built into dist/ (git-ignored) by infra/bootstrap.sh.
export default defineConfig({
  root: 'web',
  base: '/dashboard/',
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});

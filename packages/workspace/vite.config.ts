import { defineConfig } from 'vite';

// Served by intake under /app/; built into dist/ (git-ignored) by infra/bootstrap.sh, like the dashboard.
export default defineConfig({
  root: 'web',
  base: '/app/',
  build: { outDir: '../dist', emptyOutDir: true },
});

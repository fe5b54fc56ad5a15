import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where `vite build` puts the dashboard (index.html and hashed assets); intake serves it at /dashboard. */
export const dashboardDist = fileURLToPath(new URL('../dist', import.meta.url));

export function dashboardBuilt(): boolean {
  return existsSync(`${dashboardDist}/index.html`);
}

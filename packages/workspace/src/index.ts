import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where `vite build` puts the agent workspace (index.html and hashed assets); intake serves it at /app. */
export const workspaceDist = fileURLToPath(new URL('../dist', import.meta.url));

export function workspaceBuilt(): boolean {
  return existsSync(`${workspaceDist}/index.html`);
}

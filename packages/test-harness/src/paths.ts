import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (no trailing slash). */
export function repoRoot(): string {
  return fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');
}

// For programs that are not vitest tests (benchmarks, the chaos run): the helpers without
// the vitest type augmentation that the package's main entry brings along.
export { freePort, freePorts } from './ports';
export { repoRoot } from './paths';
export { startPostgres, createTestDatabase, type RunningPostgres } from './postgres';

// vitest globalSetup (root vitest.config.ts): one PostgreSQL and one Temporal for the whole
// run, started concurrently, torn down after the last test file.
import type { TestProject } from 'vitest/node';
import './provided-context';
import { startPostgres } from './postgres';
import { startTemporal } from './temporal';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const startedAt = performance.now();
  const [postgres, temporal] = await Promise.allSettled([startPostgres(), startTemporal()]);
  if (postgres.status === 'rejected' || temporal.status === 'rejected') {
    // Do not leave the half that did start running.
    const results = [postgres, temporal];
    await Promise.allSettled(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.stop()] : [])));
    const reasons: unknown[] = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    throw reasons.length === 1 ? reasons[0] : new AggregateError(reasons, 'PostgreSQL and Temporal both failed to start');
  }
  const pg = postgres.value;
  const tp = temporal.value;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`test-harness: PostgreSQL and Temporal (${tp.address}, UI :${tp.uiPort}) ready in ${seconds}s`);

  project.provide('databaseUrl', pg.databaseUrl);
  project.provide('temporalAddress', tp.address);
  project.provide('temporalNamespace', tp.namespace);

  return async () => {
    await Promise.all([pg.stop(), tp.stop()]);
  };
}

import type { RunningPostgres } from '@caseflow/test-harness';
import { afterEach, inject } from 'vitest';
import { freshStores } from './namespace';
import { printOutputs, type Supervised } from './processes';
import { type RunningSystem, type SystemOptions, startSystem } from './system';

/** A test file's own system: its stores come from freshStores, the run's Temporal and PostgreSQL. */
export type OwnSystemOptions = Omit<SystemOptions, 'databaseUrl' | 'temporalAddress' | 'temporalNamespace'>;

export interface OwnSystem {
  system: RunningSystem;
  database: RunningPostgres;
  namespace: string;
}

/**
 * Every caseflow process on a namespace and a migrated database of the file's own, so its
 * workers never share task queues or rows with another file's. When a process fails to
 * start, the database is dropped again before the error goes on.
 */
export async function startOwnSystem(options: OwnSystemOptions): Promise<OwnSystem> {
  const temporalAddress = inject('temporalAddress');
  const { namespace, database } = await freshStores(temporalAddress, inject('databaseUrl'));
  try {
    const system = await startSystem({ ...options, databaseUrl: database.databaseUrl, temporalAddress, temporalNamespace: namespace });
    return { system, database, namespace };
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
}

/**
 * After each failed test, prints the end of what these processes wrote: a failure across
 * processes is only explicable with their logs. `processes` answers undefined (nothing to
 * print) while the system has not started.
 */
export function printOutputsOnFailure(processes: () => readonly Supervised[] | undefined): void {
  afterEach((context) => {
    if (context.task.result?.state !== 'fail') return;
    const shown = processes();
    if (shown !== undefined) printOutputs(shown);
  });
}

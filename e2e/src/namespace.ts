import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDb, migrateToLatest } from '@caseflow/db';
import { createTestDatabase, repoRoot, type RunningPostgres } from '@caseflow/test-harness';
import { Connection } from '@temporalio/client';
import { eventually } from '@caseflow/test-harness';

// temporal.api.enums.v1.IndexedValueType, by the names infra/temporal/search-attributes.txt uses.
const indexedValueTypes: Record<string, number> = { Text: 1, Keyword: 2, Int: 3, Double: 4, Bool: 5, Datetime: 6, KeywordList: 7 };

/**
 * A fresh namespace with caseflow's search attributes, for a test file that runs a whole
 * system of its own: its workers then never share task queues with another file's system.
 */
export async function createNamespace(address: string): Promise<string> {
  const namespace = `caseflow-e2e-${randomUUID().slice(0, 8)}`;
  const connection = await Connection.connect({ address });
  try {
    // protobufjs takes a plain number for an int64 at run time; its generated types name only Long.
    type RegisterRequest = Parameters<typeof connection.workflowService.registerNamespace>[0];
    await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: { seconds: 24 * 3600 } } as unknown as RegisterRequest);
    const lines = (await readFile(join(repoRoot(), 'infra/temporal/search-attributes.txt'), 'utf8')).split('\n');
    const searchAttributes = Object.fromEntries(
      lines.map((line) => line.replace(/#.*/, '').trim()).filter((line) => line !== '').map((line) => {
        const [name, type] = line.split('=') as [string, string];
        return [name, indexedValueTypes[type] ?? 0];
      }),
    );
    await eventually(`namespace ${namespace} to take search attributes`, async () => {
      await connection.operatorService.addSearchAttributes({ namespace, searchAttributes });
      await connection.workflowService.listWorkflowExecutions({ namespace, query: 'RequestStatus = "pending"' });
      return true;
    }, 30_000, 250);
  } finally {
    await connection.close();
  }
  return namespace;
}

/** A migrated database and a Temporal namespace of the test file's own, made side by side. */
export async function freshStores(temporalAddress: string, databaseUrl: string): Promise<{ namespace: string; database: RunningPostgres }> {
  const [namespace, database] = await Promise.all([createNamespace(temporalAddress), createTestDatabase(databaseUrl)]);
  const db = createDb(database.databaseUrl, { maxConnections: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  return { namespace, database };
}

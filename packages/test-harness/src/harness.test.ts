import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot, startPostgres } from './index';

// IndexedValueType numbers from temporal/api/enums/v1/common.proto.
const INDEXED_VALUE_TYPES: Record<string, number> = {
  Text: 1,
  Keyword: 2,
  Int: 3,
  Double: 4,
  Bool: 5,
  Datetime: 6,
  KeywordList: 7,
};

function configuredSearchAttributes(): Map<string, string> {
  const text = readFileSync(join(repoRoot(), 'infra/temporal/search-attributes.txt'), 'utf8');
  const pairs = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.split('=') as [string, string]);
  return new Map(pairs);
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('the PostgreSQL the global setup provides', () => {
  it('answers a query', async () => {
    const { rows } = await query(inject('databaseUrl'), 'select 1 as one');
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('gives each startPostgres() call against an existing server a fresh database, dropped on stop', async () => {
    const serverUrl = inject('databaseUrl');
    const saved = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = serverUrl;
    try {
      const scratch = await startPostgres();
      const { rows } = await query(scratch.databaseUrl, 'select current_database() as name');
      const name = String(rows[0]?.name);
      expect(name).toMatch(/^caseflow_test_[0-9a-f]{12}$/);
      await scratch.stop();
      const left = await query(serverUrl, `select 1 from pg_database where datname = '${name}'`);
      expect(left.rowCount).toBe(0);
    } finally {
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
    }
  });
});

// Only for the throwaway cluster of infra/postgres/start.sh: a DATABASE_URL server is someone else's.
describe.skipIf(process.env['DATABASE_URL'] !== undefined)('the throwaway cluster', () => {
  const withoutPassword = () => {
    const url = new URL(inject('databaseUrl'));
    url.password = '';
    return url.toString();
  };

  it('hands out a URL that carries a password', () => {
    expect(new URL(inject('databaseUrl')).password).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('refuses a connection without the password (scram-sha-256, not trust)', async () => {
    // Under trust the server never asks, and this query would answer.
    await expect(query(withoutPassword(), 'select 1')).rejects.toThrow(/password/i);
  });

  it('refuses a wrong password, for the superuser too', async () => {
    for (const user of ['caseflow', 'postgres']) {
      const url = new URL(inject('databaseUrl'));
      url.username = user;
      url.password = 'not-the-password';
      await expect(query(url.toString(), 'select 1')).rejects.toThrow(`password authentication failed for user "${user}"`);
    }
  });
});

describe('the Temporal the global setup provides', () => {
  let connection: Connection;
  const namespace = inject('temporalNamespace');

  beforeAll(async () => {
    connection = await Connection.connect({ address: inject('temporalAddress') });
  });
  afterAll(async () => {
    await connection.close();
  });

  it('serves the namespace', async () => {
    const { namespaceInfo } = await connection.workflowService.describeNamespace({ namespace });
    expect(namespaceInfo?.name).toBe(namespace);
  });

  it('has every search attribute from infra/temporal/search-attributes.txt, with its type', async () => {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
    for (const [name, type] of configuredSearchAttributes()) {
      expect({ name, type: customAttributes?.[name] }).toEqual({ name, type: INDEXED_VALUE_TYPES[type] });
    }
  });

  it('lets visibility queries filter on them', async () => {
    const { executions } = await connection.workflowService.listWorkflowExecutions({
      namespace,
      query: `RequestStatus = 'pending' AND EscalationLevel > 0`,
    });
    expect(executions).toEqual([]);
  });
});

import { createDb } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { Client, Connection } from '@temporalio/client';
import { buildApp } from './app';

/**
 * The OpenAPI document exactly as a running intake serves it at /openapi.json, built
 * in-process with no database, Temporal server or network port: the routes' schemas are
 * the document, and building the app registers them without touching either dependency
 * (the pool and the lazy connection connect on first use, which never comes).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const db = createDb('postgres://caseflow@127.0.0.1:1/caseflow', { maxConnections: 1 });
  const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }), namespace: 'default' });
  const app = await buildApp({ db, temporal, namespace: 'default', logger: createLogger('openapi', 'silent'), bodyLimitBytes: 64 * 1024, autoCloseAfterSeconds: 60 });
  try {
    const answer = await app.inject({ method: 'GET', url: '/openapi.json' });
    if (answer.statusCode !== 200) throw new Error(`/openapi.json answered ${answer.statusCode}: ${answer.body}`);
    return answer.json() as Record<string, unknown>;
  } finally {
    await app.close();
    await db.destroy();
  }
}

import { commonConfig, readConfig } from '@caseflow/config';
import { createDb, type Db } from '@caseflow/db';
import type { CliContext } from './command';

/** Opens the model registry (PostgreSQL at DATABASE_URL) for one command and closes it after. */
export async function withRegistry<T>(ctx: CliContext, use: (db: Db) => Promise<T>): Promise<T> {
  const { databaseUrl } = readConfig({ databaseUrl: commonConfig.databaseUrl }, ctx.env ?? process.env);
  const db = createDb(databaseUrl, { maxConnections: 1, applicationName: 'caseflow-cli' });
  try {
    return await use(db);
  } finally {
    await db.destroy();
  }
}

import { commonConfig, readConfig } from '@caseflow/config';
import { createDb } from '../client';
import { migrateToLatest } from '../migrate';

const { databaseUrl } = readConfig({ databaseUrl: commonConfig.databaseUrl });
const db = createDb(databaseUrl, { maxConnections: 1, applicationName: 'caseflow-migrate' });
try {
  const applied = await migrateToLatest(db);
  console.log(applied.length === 0 ? 'database schema is up to date' : `applied migrations: ${applied.join(', ')}`);
} finally {
  await db.destroy();
}

import { commonConfig, readConfig } from '@caseflow/config';
import { createDb } from '../client';
import { migrateToLatest } from '../migrate';

const { databaseUrl, codecKeys } = readConfig({ databaseUrl: commonConfig.databaseUrl, codecKeys: commonConfig.codecKeys });
const db = createDb(databaseUrl, { maxConnections: 1, applicationName: 'caseflow-migrate' });
try {
  // With CODEC_KEYS, migrations that encrypt data at rest (webhook signing secrets) seal what is there.
  const applied = await migrateToLatest(db, { codecKeys });
  console.log(applied.length === 0 ? 'database schema is up to date' : `applied migrations: ${applied.join(', ')}`);
} finally {
  await db.destroy();
}

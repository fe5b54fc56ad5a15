import { join } from 'node:path';
import { repoRoot, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findings, runSchemathesis, SCHEMATHESIS_VERSION } from './contract/schemathesis';
import { freshStores } from './namespace';
import { type RunningSystem, startSystem } from './system';

/**
 * The OpenAPI document is the contract: Schemathesis generates requests from it, valid and
 * not, and checks that every answer is one the document declares. `make test` runs a few
 * examples per operation with a fixed seed (Schemathesis runs about 3.5 min on a busy 2-core machine);
 * `pnpm test:contract` is the full probe, 30 per operation, with a new seed each time.
 */
const maxExamples = Number(process.env['CASEFLOW_CONTRACT_EXAMPLES'] ?? '3');
const seedSetting = process.env['CASEFLOW_CONTRACT_SEED'] ?? '1';
const seed = seedSetting === 'random' ? undefined : Number(seedSetting);
if (!Number.isInteger(maxExamples) || maxExamples < 1) throw new Error(`CASEFLOW_CONTRACT_EXAMPLES must be a whole number of at least 1, got "${process.env['CASEFLOW_CONTRACT_EXAMPLES']}"`);
if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`CASEFLOW_CONTRACT_SEED must be a whole number or "random", got "${seedSetting}"`);

let database: RunningPostgres;
let system: RunningSystem;

beforeAll(async () => {
  const stores = await freshStores(inject('temporalAddress'), inject('databaseUrl'));
  database = stores.database;
  const { namespace } = stores;
  system = await startSystem({
    databaseUrl: database.databaseUrl,
    temporalAddress: inject('temporalAddress'),
    temporalNamespace: namespace,
    autoCloseAfterSeconds: 60,
    // Schemathesis sends hundreds of requests a minute with one key: the rate limits are tested elsewhere (api.test.ts).
    intakeEnv: { RATE_LIMIT_ADMIN: '1000000', RATE_LIMIT_UNAUTHENTICATED: '1000000' },
  });
});

afterAll(async () => {
  await system?.stop();
  await database?.stop();
});

describe(`the OpenAPI document against the running API (Schemathesis ${SCHEMATHESIS_VERSION})`, () => {
  it(`every answer to ${maxExamples} generated requests per operation is one the document declares`, async () => {
    const spare = await system.call('POST', '/v1/api-keys', { name: 'contract test: the key DELETE and PATCH /v1/api-keys/{id} act on', scopes: ['requests:read'] });
    expect(spare.status).toBe(201);
    const result = await runSchemathesis({
      baseUrl: system.intakeUrl,
      adminKey: system.adminKey,
      maxExamples,
      seed,
      workDir: join(repoRoot(), '.data', 'contract'),
      spareKeyId: String(spare.body['id']),
    });
    expect(result.exitCode, `Schemathesis found contract failures (seed ${seed ?? 'random, see below'}):\n${findings(result.output)}`).toBe(0);
  }, 1_200_000);
});

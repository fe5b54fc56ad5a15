import { fileURLToPath } from 'node:url';
import { type LabelledText, readLabelledCsv, serializeModel, trainModel } from '@caseflow/classifier';
import { createDb, type Db, findActiveModelVersion, migrateToLatest, promoteModel, registerModel } from '@caseflow/db';
import { createLogger } from '@caseflow/logging';
import { createTestDatabase, type RunningPostgres } from '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ActiveModel } from './active-model';

const trainCsv = fileURLToPath(new URL('../../../data/banking77/train.csv', import.meta.url));
let database: RunningPostgres;
let db: Db;
let examples: LabelledText[];

beforeAll(async () => {
  database = await createTestDatabase(inject('databaseUrl'));
  db = createDb(database.databaseUrl, { maxConnections: 2 });
  await migrateToLatest(db);
  const keep = new Set(['card_arrival', 'lost_or_stolen_card', 'exchange_rate', 'top_up_failed']);
  examples = (await readLabelledCsv(trainCsv)).filter((example) => keep.has(example.label));
});

afterAll(async () => {
  await db?.destroy();
  await database?.stop();
});

describe('the served model', () => {
  it('bootstraps, registers and promotes a model when the registry has none', async () => {
    const model = new ActiveModel(db, createLogger('test', 'silent'));
    const classifier = await model.load({ paths: [trainCsv], limitPerLabel: 8 });
    expect(await findActiveModelVersion(db)).toBe(classifier.version);
    expect(classifier.labels.length).toBe(77);
  });

  it('switches to a newly promoted model without a restart', async () => {
    const model = new ActiveModel(db, createLogger('test', 'silent'));
    const before = await model.load({ paths: [trainCsv], limitPerLabel: 8 });
    const next = await trainModel(examples, { workers: 0, seed: 7 });
    await registerModel(db, { version: next.version, metrics: { ...next.metrics }, trainingFingerprint: next.trainingFingerprint, artifact: serializeModel(next) });
    await promoteModel(db, next.version, { force: true });

    expect(model.classifier.version).toBe(before.version);
    await model.refresh();
    expect(model.classifier.version).toBe(next.version);
    expect(model.classifier.predict('my card has still not arrived').label).toBe('card_arrival');
  });
});

import { Classifier, defaultDuplicateThreshold, defaultRoutingPath, defaultTrainingSource, loadRouting, trainDefaultModel } from '@caseflow/classifier';
import { type MigratedTestDatabase, migratedTestDatabase, newRequestRow } from '@caseflow/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClassificationActivities } from './activities';

/**
 * Duplicate detection in the classify activity, against a real read model: the customer's
 * open requests within DUPLICATE_WINDOW_HOURS are compared by the model's own TF-IDF
 * vectors. A small default model (20 examples per label) keeps training to seconds.
 */
let database: MigratedTestDatabase;
let classify: ReturnType<typeof createClassificationActivities>['classify'];
const windowHours = 72;
const hour = 3_600_000;
const text = { subject: 'Card not arrived', body: 'My new card was ordered two weeks ago and it still has not arrived. Can you check where it is?' };
const retry = { subject: 'Card not arrived', body: `Sending this again as I got no answer: ${text.body}` };

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'));
  const classifier = Classifier.fromArtifact(await trainDefaultModel({ ...defaultTrainingSource, limitPerLabel: 20 }));
  classify = createClassificationActivities(() => classifier, loadRouting(defaultRoutingPath), async (texts) => texts, undefined, {
    db: database.db,
    windowHours,
    threshold: defaultDuplicateThreshold,
  }).classify;
}, 600_000);

afterAll(async () => {
  await database?.stop();
});

/** A request of `customer` already in the read model, `hoursAgo` before now. */
async function earlier(customer: string, hoursAgo: number, words = text, status = 'classified'): Promise<string> {
  const row = newRequestRow({ customer_id: customer, ...words, status, created_at: new Date(Date.now() - hoursAgo * hour).toISOString() });
  await database.db.insertInto('customers').values({ id: customer }).onConflict((oc) => oc.doNothing()).execute();
  await database.db.insertInto('requests').values(row).execute();
  return row.id;
}

const arriving = (customer: string, words = retry) => classify({ requestId: crypto.randomUUID(), ...words, customerId: customer, createdAt: new Date().toISOString() });

describe('duplicate detection when a request is classified', () => {
  it("links a retry to the customer's open request within the window", async () => {
    const first = await earlier('cust-dup-1', 2);
    const result = await arriving('cust-dup-1');
    expect(result.duplicate?.requestId).toBe(first);
    expect(result.duplicate?.similarity).toBeGreaterThanOrEqual(defaultDuplicateThreshold);
    expect(result.category).toBeTypeOf('string');
  });

  it('does not link a request older than the window', async () => {
    await earlier('cust-dup-2', windowHours + 1);
    expect((await arriving('cust-dup-2')).duplicate).toBeNull();
  });

  it("never links to another customer's request, however alike", async () => {
    await earlier('cust-dup-3', 1);
    expect((await arriving('cust-dup-4')).duplicate).toBeNull();
  });

  it('does not link to a resolved, closed or merged request', async () => {
    for (const status of ['resolved', 'closed', 'merged']) await earlier('cust-dup-5', 1, text, status);
    expect((await arriving('cust-dup-5')).duplicate).toBeNull();
  });

  it("does not link the same customer's request about another problem", async () => {
    await earlier('cust-dup-6', 1);
    const other = { subject: 'PIN letter', body: 'My new card arrived today but the PIN letter has not come with it. How do I get my PIN?' };
    expect((await arriving('cust-dup-6', other)).duplicate).toBeNull();
  });

  it('classifies as before when the workflow names no customer (histories from before detection)', async () => {
    await earlier('cust-dup-7', 1);
    expect(await classify({ requestId: crypto.randomUUID(), ...retry })).not.toHaveProperty('duplicate');
  });
});

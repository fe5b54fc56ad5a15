import { Classifier, defaultDuplicateThreshold, defaultTrainingSource, trainDefaultModel } from '@caseflow/classifier';
import type { IncidentNotice } from '@caseflow/contracts';
import { type MigratedTestDatabase, migratedTestDatabase, newRequestRow } from '@caseflow/db/testing';
import { createLogger } from '@caseflow/logging';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createIncidentActivities } from './activities';

/**
 * Incident detection against a real read model and a real (small) model's vectors: customers'
 * own wordings of one problem, as they would write it, not the same string ten times.
 */
let database: MigratedTestDatabase;
let detect: () => ReturnType<ReturnType<typeof createIncidentActivities>['detectIncidents']>;
const minute = 60_000;

// Ten customers' words for one outage: a name, an order number, a greeting differ.
const outage = (i: number) => ({
  subject: i % 2 === 0 ? 'Cannot log in to the app' : 'Can not log into the app',
  body: `Hi, since this morning the app shows "error 503" when I try to log in and I cannot see my account. Customer no. ${1000 + i}${i % 3 === 0 ? ', thanks' : ''}.`,
});
const unrelated = (i: number) => ({ subject: `Question ${i}`, body: ['How do I change my address?', 'My card payment was declined at a shop', 'What are the fees for a transfer abroad?'][i % 3]! });

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'));
  const classifier = Classifier.fromArtifact(await trainDefaultModel({ ...defaultTrainingSource, limitPerLabel: 20 }));
  const activities = createIncidentActivities(database.db, () => classifier, { minCustomers: 10, windowMinutes: 60, threshold: defaultDuplicateThreshold, maxCandidates: 20_000 }, createLogger('test', 'silent'));
  detect = () => activities.detectIncidents();
}, 600_000);

afterAll(async () => {
  await database?.stop();
});

async function arrive(customer: string, words: { subject: string; body: string }, minutesAgo = 5, category: string | null = 'login_problem'): Promise<string> {
  const row = newRequestRow({ customer_id: customer, ...words, category, created_at: new Date(Date.now() - minutesAgo * minute).toISOString() });
  await database.db.insertInto('customers').values({ id: customer }).onConflict((oc) => oc.doNothing()).execute();
  await database.db.insertInto('requests').values(row).execute();
  return row.id;
}

const notices = async () =>
  (await database.db.selectFrom('event_outbox').select('payload').where('event_type', '=', 'incident.detected').execute()).map((row) => JSON.parse(row.payload) as IncidentNotice);

describe('incident detection', () => {
  it('finds none in 9 customers\' words for one problem, nor in 10 requests of one customer, nor among unrelated requests', async () => {
    for (let i = 0; i < 9; i++) await arrive(`nine-${i}`, outage(i));
    for (let i = 0; i < 10; i++) await arrive('one-customer', { subject: 'Transfer missing', body: `My transfer to my landlord from last Friday has still not arrived (attempt ${i}).` }, 5, 'transfer_not_received');
    for (let i = 0; i < 12; i++) await arrive(`other-${i}`, unrelated(i), 5, null);
    expect(await detect()).toMatchObject({ ran: true, created: 0 });
    expect(await notices()).toEqual([]);
  });

  it('makes one incident once the tenth customer writes, queues one incident.detected, and grows it without a second', async () => {
    const first = await arrive('tenth', outage(42), 1);
    const run = await detect();
    expect(run).toMatchObject({ created: 1 });
    const [notice, ...more] = await notices();
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ type: 'incident.detected', data: { incident: { size: 10, requests: 10, status: 'open', category: 'login_problem' } } });
    expect(notice!.data.incident.subject).toMatch(/log ?in/);
    expect(await database.db.selectFrom('incident_requests').select('request_id').where('request_id', '=', first).execute()).toHaveLength(1);
    // A retried run finds nothing new; a late customer joins the incident and sends nothing.
    expect(await detect()).toMatchObject({ created: 0, grown: 0 });
    await arrive('late', outage(7), 0);
    expect(await detect()).toMatchObject({ created: 0, grown: 1 });
    expect(await notices()).toHaveLength(1);
  });

  it('lets only one of two detectors running at once do the work', async () => {
    for (let i = 0; i < 10; i++) await arrive(`card-${i}`, { subject: 'Card blocked', body: `My debit card got blocked today after a payment, please unblock it (ref ${i}).` }, 3, 'card_blocked');
    const runs = await Promise.all([detect(), detect()]);
    expect(runs.map((r) => r.created).sort()).toEqual([0, 1]);
    expect((await notices()).filter((n) => n.data.incident.category === 'card_blocked')).toHaveLength(1);
  });
});

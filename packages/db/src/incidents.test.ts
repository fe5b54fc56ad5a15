import '@caseflow/test-harness';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eraseRequestRows } from './queries/erasure';
import { searchRequests } from './queries/request-search';
import { addToIncident, closeAgedIncidents, createIncident, type IncidentNoticeOf, listIncidentCandidates, listIncidents, listOpenIncidentLeads, whileDetecting } from './queries/incidents';
import { migratedTestDatabase, type MigratedTestDatabase, newRequestRow } from './testing';

let database: MigratedTestDatabase;
const minute = 60_000;

beforeAll(async () => {
  database = await migratedTestDatabase(inject('databaseUrl'));
});

afterAll(async () => {
  await database?.stop();
});

/** `n` requests, one per new customer, `minutesAgo` before now (one more minute apart each). */
async function requests(n: number, { minutesAgo = 10, subject = 'App login fails', category = 'login' as string | null } = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = newRequestRow({ subject, category, created_at: new Date(Date.now() - (minutesAgo - i * 0.1) * minute).toISOString() });
    await database.db.insertInto('customers').values({ id: row.customer_id }).execute();
    await database.db.insertInto('requests').values(row).execute();
    ids.push(row.id);
  }
  return ids;
}

const notice: IncidentNoticeOf = (incident) => ({ eventId: `incident.detected-${incident.id}`, eventType: 'incident.detected', payload: JSON.stringify({ incident }) });
const detect = (firstRequestId: string, requestIds: string[]) => whileDetecting(database.db, (trx) => createIncident(trx, { firstRequestId, requestIds }, notice));
const queued = (incidentId: string) => database.db.selectFrom('event_outbox').selectAll().where('event_id', '=', `incident.detected-${incidentId}`).execute();

describe('recording incidents', () => {
  it('creates an incident once and queues its notice once, however often the same group is recorded', async () => {
    const ids = await requests(10);
    const first = await detect(ids[0]!, ids);
    expect(first).toMatchObject({ size: 10, requests: 10, status: 'open', subject: 'App login fails', category: 'login' });
    // A retried run: the same first request, nothing new.
    expect(await detect(ids[0]!, ids)).toBeNull();
    const events = await queued(first!.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ request_id: ids[0], event_type: 'incident.detected' });
    expect(JSON.parse(events[0]!.payload).incident).toMatchObject({ id: first!.id, size: 10 });
    const row = await database.db.selectFrom('incidents').selectAll().where('id', '=', first!.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ customers_at_detection: 10, requests_at_detection: 10 });
  });

  it('lets one of two concurrent detectors run; the other does nothing, and a later repeat adds nothing', async () => {
    const ids = await requests(10);
    const runs = await Promise.all([detect(ids[0]!, ids), detect(ids[0]!, ids), detect(ids[0]!, ids)]);
    const created = runs.filter((run) => run !== null);
    expect(created).toHaveLength(1);
    expect(await queued(created[0]!.id)).toHaveLength(1);
    expect(await database.db.selectFrom('incidents').select('id').where('first_request_id', '=', ids[0]!).execute()).toHaveLength(1);
  });

  it('without the lock, the unique key alone still makes concurrent creations of one group a single incident and notice', async () => {
    const ids = await requests(10);
    const runs = await Promise.all(Array.from({ length: 3 }, () => database.db.transaction().execute((trx) => createIncident(trx, { firstRequestId: ids[0]!, requestIds: ids }, notice))));
    const created = runs.filter((run) => run !== null);
    expect(created).toHaveLength(1);
    expect(await queued(created[0]!.id)).toHaveLength(1);
  });

  it('grows an incident with new requests, keeps each request in one incident, and lists what it holds no longer as candidates', async () => {
    const ids = await requests(10, { subject: 'Transfer stuck' });
    const incident = await detect(ids[0]!, ids);
    const later = await requests(3, { minutesAgo: 2, subject: 'Transfer stuck' });
    expect(await addToIncident(database.db, incident!.id, [...later, ids[1]!])).toBe(3);
    const other = await requests(10, { subject: 'Other' });
    const second = await detect(other[0]!, [...other, later[0]!]);
    expect(second).toMatchObject({ size: 10, requests: 10 });
    const [listed] = (await listIncidents(database.db, { from: new Date(Date.now() - 60 * minute), to: new Date() })).filter((i) => i.id === incident!.id);
    expect(listed).toMatchObject({ size: 13, requests: 13, subject: 'Transfer stuck' });
    expect(listed!.lastAt.getTime()).toBeGreaterThan(listed!.firstAt.getTime());
    const candidates = await listIncidentCandidates(database.db, { since: new Date(Date.now() - 60 * minute), until: new Date(), limit: 10_000 });
    expect(candidates.map((c) => c.id)).not.toContain(later[1]);
    expect((await listOpenIncidentLeads(database.db)).find((lead) => lead.incidentId === incident!.id)).toMatchObject({ subject: 'Transfer stuck' });
    // Queued once, at detection, with the size it had then: growth sends nothing.
    expect(JSON.parse((await queued(incident!.id))[0]!.payload).incident.size).toBe(10);
  });

  it('never counts or shows an erased request: the size drops, the subject comes from the next request, and a wholly erased incident is gone', async () => {
    const ids = await requests(10, { subject: 'Card declined' });
    const incident = await detect(ids[0]!, ids);
    await database.db.updateTable('requests').set({ subject: 'Card declined abroad' }).where('id', '=', ids[1]!).execute();
    const erase = (which: string[]) => database.db.transaction().execute((trx) => eraseRequestRows(trx, which, { event: 'request.erased', actor: { kind: 'system' }, data: {} }));
    await erase([ids[0]!]);
    const window = { from: new Date(Date.now() - 60 * minute), to: new Date() };
    const shown = (await listIncidents(database.db, window)).find((i) => i.id === incident!.id);
    expect(shown).toMatchObject({ size: 9, requests: 9, subject: 'Card declined abroad' });
    // The queued notice carried the first request's subject: erasing it blanked the notice.
    expect(JSON.parse((await queued(incident!.id))[0]!.payload)).toEqual({ erased: true });
    const candidates = await listIncidentCandidates(database.db, { since: window.from, until: window.to, limit: 10_000 });
    expect(candidates.map((c) => c.id)).not.toContain(ids[0]);
    await erase(ids.slice(1));
    expect((await listIncidents(database.db, window)).map((i) => i.id)).not.toContain(incident!.id);
  });

  it('closes an incident by age: no request since the window began', async () => {
    const ids = await requests(10, { minutesAgo: 90, subject: 'Outage yesterday' });
    const incident = await detect(ids[0]!, ids);
    const young = await requests(10, { minutesAgo: 5, subject: 'Outage now' });
    const current = await detect(young[0]!, young);
    expect(await closeAgedIncidents(database.db, new Date(Date.now() - 60 * minute))).toBeGreaterThanOrEqual(1);
    const statuses = await database.db.selectFrom('incidents').select(['id', 'status', 'closed_at']).where('id', 'in', [incident!.id, current!.id]).execute();
    expect(statuses.find((s) => s.id === incident!.id)).toMatchObject({ status: 'closed', closed_at: expect.any(Date) });
    expect(statuses.find((s) => s.id === current!.id)).toMatchObject({ status: 'open', closed_at: null });
    expect((await listOpenIncidentLeads(database.db)).map((lead) => lead.incidentId)).not.toContain(incident!.id);
  });

  it('lists exactly the requests an incident holds with the incident filter, beside other filters, and nothing for an unknown incident', async () => {
    const ids = await requests(10, { subject: 'Statement download broken' });
    const incident = await detect(ids[0]!, ids.slice(0, 8));
    // Near-identical but outside the incident: the filter is membership, never likeness.
    const outside = ids.slice(8);
    const held = async (filters: Parameters<typeof searchRequests>[1]) => (await searchRequests(database.db, filters, { limit: 100 })).map((row) => row.id);
    expect((await held({ incident: incident!.id })).toSorted()).toEqual(ids.slice(0, 8).toSorted());
    // Beside another filter: both must hold.
    const { customer_id } = await database.db.selectFrom('requests').select('customer_id').where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect(await held({ incident: incident!.id, customerId: customer_id })).toEqual([ids[0]]);
    for (const id of outside) expect(await held({ incident: incident!.id })).not.toContain(id);
    expect(await held({ incident: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
  });
});

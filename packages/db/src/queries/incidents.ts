import { sql } from 'kysely';
import type { Db } from '../client';
import { enqueueEvent } from './outbox';

/** A recent request no incident holds yet: what the detector compares. */
export interface IncidentCandidateRow {
  id: string;
  customerId: string;
  subject: string;
  body: string;
  category: string | null;
  createdAt: Date;
}

/**
 * Requests that came within `[since, until]` and that no incident holds, at most `limit`,
 * the newest first (under a flood an incident is about now). Erased requests never count.
 */
export async function listIncidentCandidates(db: Db, { since, until, limit }: { since: Date; until: Date; limit: number }): Promise<IncidentCandidateRow[]> {
  const rows = await db
    .selectFrom('requests as r')
    .leftJoin('incident_requests as m', 'm.request_id', 'r.id')
    .select(['r.id', 'r.customer_id', 'r.subject', 'r.body', 'r.category', 'r.created_at'])
    .where('r.created_at', '>=', since)
    .where('r.created_at', '<=', until)
    .where('r.erased_at', 'is', null)
    .where('m.request_id', 'is', null)
    .orderBy('r.created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, customerId: row.customer_id, subject: row.subject, body: row.body, category: row.category, createdAt: row.created_at }));
}

/** The open incidents, each with the words of its earliest request that is not erased: what a new request is compared with. */
export async function listOpenIncidentLeads(db: Db): Promise<{ incidentId: string; subject: string; body: string }[]> {
  const { rows } = await sql<{ incident_id: string; subject: string; body: string }>`
    select distinct on (m.incident_id) m.incident_id, r.subject, r.body
      from incidents i
      join incident_requests m on m.incident_id = i.id
      join requests r on r.id = m.request_id and r.erased_at is null
     where i.status = 'open'
     order by m.incident_id, r.created_at, r.id`.execute(db);
  return rows.map((row) => ({ incidentId: row.incident_id, subject: row.subject, body: row.body }));
}

/** An incident counted from its members that are not erased. */
export interface IncidentView {
  id: string;
  status: 'open' | 'closed';
  /** Different customers. */
  size: number;
  requests: number;
  firstAt: Date;
  lastAt: Date;
  category: string | null;
  subject: string;
  detectedAt: Date;
}

interface IncidentViewRow {
  id: string;
  status: 'open' | 'closed';
  size: string;
  requests: string;
  first_at: Date;
  last_at: Date;
  category: string | null;
  subject: string;
  detected_at: Date;
}

// Sizes and times are counted, never stored: an erased request stops counting the moment it is erased.
const incidentViews = (where: ReturnType<typeof sql>, having: ReturnType<typeof sql> = sql`true`) => sql<IncidentViewRow>`
  select i.id, i.status, i.detected_at,
         count(distinct r.customer_id) as size, count(*) as requests,
         min(r.created_at) as first_at, max(r.created_at) as last_at,
         mode() within group (order by r.category) as category,
         (array_agg(r.subject order by r.created_at, r.id))[1] as subject
    from incidents i
    join incident_requests m on m.incident_id = i.id
    join requests r on r.id = m.request_id and r.erased_at is null
   where ${where}
   group by i.id
  having ${having}`;

const toView = (row: IncidentViewRow): IncidentView => ({
  id: row.id,
  status: row.status,
  size: Number(row.size),
  requests: Number(row.requests),
  firstAt: row.first_at,
  lastAt: row.last_at,
  category: row.category,
  subject: row.subject,
  detectedAt: row.detected_at,
});

/** An incident as the API and the `incident.detected` webhook show it (@caseflow/contracts IncidentSummary). */
export function presentIncident(incident: IncidentView) {
  return { ...incident, firstAt: incident.firstAt.toISOString(), lastAt: incident.lastAt.toISOString(), detectedAt: incident.detectedAt.toISOString() };
}

/** Incidents whose requests overlap `[from, to)`, the latest first. */
export async function listIncidents(db: Db, { from, to, limit = 50 }: { from: Date; to: Date; limit?: number }): Promise<IncidentView[]> {
  const { rows } = await sql<IncidentViewRow>`${incidentViews(sql`true`, sql`max(r.created_at) >= ${from} and min(r.created_at) < ${to}`)} order by last_at desc, id limit ${limit}`.execute(db);
  return rows.map(toView);
}

/** The notice to queue for a new incident: its event id (unique in the outbox) and body. */
export type IncidentNoticeOf = (incident: IncidentView) => { eventId: string; eventType: string; payload: string };

export interface NewIncident {
  firstRequestId: string;
  requestIds: string[];
}

/**
 * Records an incident and queues its notice, in the caller's transaction (the detector's
 * run, see whileDetecting), so the notice is queued if and only if the row is written.
 * Keyed by its first request: a retried run or a second detector that finds the same group
 * creates nothing and queues nothing (null). Its requests already held by another incident
 * stay there.
 */
export async function createIncident(trx: Db, incident: NewIncident, noticeOf: IncidentNoticeOf): Promise<IncidentView | null> {
  const created = await trx
    .insertInto('incidents')
    .values({ first_request_id: incident.firstRequestId, customers_at_detection: 0, requests_at_detection: 0 })
    .onConflict((oc) => oc.column('first_request_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (created === undefined) return null;
  await addToIncident(trx, created.id, incident.requestIds);
  const { rows } = await incidentViews(sql`i.id = ${created.id}`).execute(trx);
  if (rows[0] === undefined) return null;
  const view = toView(rows[0]);
  await trx.updateTable('incidents').set({ customers_at_detection: view.size, requests_at_detection: view.requests }).where('id', '=', view.id).execute();
  // Tied to the first request, whose subject the notice carries: erasing it blanks the queued notice as well.
  await enqueueEvent(trx, { ...noticeOf(view), requestId: incident.firstRequestId, deliverAfter: new Date().toISOString() });
  return view;
}

/** Adds requests to an incident; one already in an incident (this or another) stays where it is. Returns how many joined. */
export async function addToIncident(db: Db, incidentId: string, requestIds: readonly string[]): Promise<number> {
  if (requestIds.length === 0) return 0;
  const result = await db
    .insertInto('incident_requests')
    .values(requestIds.map((requestId) => ({ request_id: requestId, incident_id: incidentId })))
    .onConflict((oc) => oc.column('request_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Closes the open incidents with no request (not erased) since `since`: closed by age. Returns how many. */
export async function closeAgedIncidents(db: Db, since: Date): Promise<number> {
  const result = await db
    .updateTable('incidents')
    .set({ status: 'closed', closed_at: sql`now()` })
    .where('status', '=', 'open')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('incident_requests as m')
            .innerJoin('requests as r', 'r.id', 'm.request_id')
            .select(sql`1`.as('one'))
            .whereRef('m.incident_id', '=', 'incidents.id')
            .where('r.erased_at', 'is', null)
            .where('r.created_at', '>=', since),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Runs a detection in one transaction holding the detectors' lock (transaction-level
 * advisory), or not at all (null) when another detector holds it: two detectors never plan
 * from the same requests at once, and a run's incidents, growth and notices commit together
 * or not at all. The unique keys still make a retried run harmless.
 */
export async function whileDetecting<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T | null> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(hashtext('caseflow-incident-detection')) as locked`.execute(trx);
    return rows[0]?.locked === true ? work(trx) : null;
  });
}

import { type Kysely, sql } from 'kysely';

/**
 * Incidents (issue #17): many different customers asking the same thing within a window.
 * The classification service's detector is the one writer of both tables.
 *
 * An incident is keyed by its first request (`first_request_id`, unique): two detectors, or
 * a retried run, that find the same group create one row. A request belongs to one incident
 * at most (`incident_requests` keyed by request), so growing is an insert that a retry
 * repeats harmlessly. Sizes, first and last times are not stored: they are counted from
 * the members that are not erased whenever they are read, so an erased request never
 * counts. `customers_at_detection` and `requests_at_detection` are what the
 * `incident.detected` webhook said. No foreign keys to requests: the detector must never
 * fail on a row retention took away; a member that is gone simply no longer counts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table incidents (
      id uuid primary key default gen_random_uuid(),
      first_request_id uuid not null unique,
      status text not null default 'open' check (status in ('open', 'closed')),
      detected_at timestamptz not null default now(),
      closed_at timestamptz,
      customers_at_detection integer not null,
      requests_at_detection integer not null
    )`.execute(db);
  await sql`create index incidents_open on incidents (detected_at) where status = 'open'`.execute(db);
  await sql`
    create table incident_requests (
      request_id uuid primary key,
      incident_id uuid not null references incidents (id) on delete cascade,
      added_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index incident_requests_incident on incident_requests (incident_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table incident_requests`.execute(db);
  await sql`drop table incidents`.execute(db);
}

import { type Kysely, sql } from 'kysely';

/**
 * What the analytics aggregates need to stay fast on a million requests, and business
 * time in SQL so percentiles of it are computed where the rows are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Lifecycle events by kind (reclassified, escalated, classified) for the requests of a period.
  await sql`create index request_events_type_request_idx on request_events (type, request_id)`.execute(db);
  // Requests the model sent to triage (topic discovery's candidates), a small slice of the events.
  await sql`create index request_events_triaged_idx on request_events (request_id)
    where type = 'request.classified' and data->>'queue' = 'triage'`.execute(db);
  // Open requests by SLA due time: the dashboard's at-risk table.
  await sql`create index requests_open_sla_due_idx on requests (sla_due_at)
    where sla_due_at is not null and status in ('classified', 'assigned', 'in_progress', 'waiting_on_customer', 'reopened')`.execute(db);

  /*
   * Working seconds between two instants in a business calendar
   * ({timeZone, workingDays: ISO weekdays, openTime, closeTime: "HH:MM", holidays: ["YYYY-MM-DD"]}),
   * the same definition as packages/sla: an instant counts when its local date is a
   * working day and not a holiday and its local time lies in [openTime, closeTime).
   * One row per local day between the two, so a request open for weeks costs weeks of rows.
   */
  await sql`
    create function caseflow_business_seconds(t0 timestamptz, t1 timestamptz, calendar jsonb)
    returns double precision language sql immutable parallel safe as $$
      select case when t0 is null or t1 is null then null else coalesce(sum(
        greatest(0, extract(epoch from
          least(t1, ((day + (calendar->>'closeTime')::interval) at time zone (calendar->>'timeZone')))
          - greatest(t0, ((day + (calendar->>'openTime')::interval) at time zone (calendar->>'timeZone')))))
      ), 0)::double precision end
      from generate_series(
        date_trunc('day', t0 at time zone (calendar->>'timeZone')),
        date_trunc('day', t1 at time zone (calendar->>'timeZone')),
        interval '1 day') as day
      where extract(isodow from day)::int in (select jsonb_array_elements_text(calendar->'workingDays')::int)
        and not coalesce(calendar->'holidays', '[]'::jsonb) ? to_char(day, 'YYYY-MM-DD')
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function caseflow_business_seconds(timestamptz, timestamptz, jsonb)`.execute(db);
  await db.schema.dropIndex('requests_open_sla_due_idx').execute();
  await db.schema.dropIndex('request_events_type_request_idx').execute();
  await db.schema.dropIndex('request_events_triaged_idx').execute();
}

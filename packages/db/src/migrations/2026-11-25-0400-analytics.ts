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
   * Working seconds between two instants in a business calendar — the same definition as
   * packages/sla: an instant counts when its local date is a working day and not a holiday
   * and its local time lies in [open, close). In closed form, so a million requests cost a
   * million evaluations, not one per day they stayed open: working time from a fixed Monday
   * to the end instant, minus the same to the start instant, minus the holidays between.
   * Local wall-clock arithmetic: a DST change inside working hours is off by that hour.
   */
  await sql`
    create function caseflow_business_until(x timestamp, days int[], open_at interval, close_at interval)
    returns double precision language sql immutable parallel safe as $$
      select (floor(n / 7.0) * cardinality(days) + (select count(*) from unnest(days) d where d <= ((n % 7) + 7) % 7))
          * extract(epoch from close_at - open_at)
        + case when (((n % 7) + 7) % 7 + 1) = any(days)
            then least(greatest(extract(epoch from (x - x::date::timestamp) - open_at), 0), extract(epoch from close_at - open_at))
            else 0 end
      from (select x::date - date '2000-01-03' as n) as monday
    $$`.execute(db);
  await sql`
    create function caseflow_business_seconds(t0 timestamptz, t1 timestamptz, tz text, days int[], holidays date[], open_at interval, close_at interval)
    returns double precision language sql immutable parallel safe as $$
      select case when t0 is null or t1 is null then null when t1 <= t0 then 0::double precision else
        caseflow_business_until(t1 at time zone tz, days, open_at, close_at) - caseflow_business_until(t0 at time zone tz, days, open_at, close_at)
        - coalesce((select sum(greatest(0, extract(epoch from least(t1 at time zone tz, h + close_at) - greatest(t0 at time zone tz, h + open_at))))
            from unnest(holidays) h
            where extract(isodow from h)::int = any(days) and h between (t0 at time zone tz)::date and (t1 at time zone tz)::date), 0)
      end
    $$`.execute(db);
  // The same for a calendar as sla_policies stores it ({timeZone, workingDays, openTime, closeTime, holidays}).
  await sql`
    create function caseflow_business_seconds(t0 timestamptz, t1 timestamptz, calendar jsonb)
    returns double precision language sql immutable parallel safe as $$
      select caseflow_business_seconds(t0, t1, calendar->>'timeZone',
        array(select jsonb_array_elements_text(calendar->'workingDays')::int),
        array(select jsonb_array_elements_text(coalesce(calendar->'holidays', '[]'::jsonb))::date),
        (calendar->>'openTime')::interval, (calendar->>'closeTime')::interval)
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function caseflow_business_seconds(timestamptz, timestamptz, jsonb)`.execute(db);
  await sql`drop function caseflow_business_seconds(timestamptz, timestamptz, text, int[], date[], interval, interval)`.execute(db);
  await sql`drop function caseflow_business_until(timestamp, int[], interval, interval)`.execute(db);
  await db.schema.dropIndex('requests_open_sla_due_idx').execute();
  await db.schema.dropIndex('request_events_type_request_idx').execute();
  await db.schema.dropIndex('request_events_triaged_idx').execute();
}

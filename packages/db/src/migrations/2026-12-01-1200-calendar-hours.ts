import { type Kysely, sql } from 'kysely';

/**
 * The SQL twin of packages/sla's business time (2026-11-25-0400) learns calendars with
 * several openings a day (`hours`, e.g. a lunch break). The closed form stays: a working
 * day is worth the sum of its openings, and the day of an instant counts each opening up
 * to the instant's local time. Calendars without `hours` are one opening
 * [openTime, closeTime) and compute exactly as before. Same caveat as before: local
 * wall-clock arithmetic, so a DST change inside working hours is off by that hour.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function caseflow_business_until(x timestamp, days int[], before int[], opens interval[], closes interval[])
    returns double precision language sql immutable parallel safe as $$
      select (floor((x::date - date '2000-01-03') / 7.0) * cardinality(days) + before[(((x::date - date '2000-01-03') % 7) + 7) % 7 + 1])
          * (select sum(extract(epoch from c - o)) from unnest(opens, closes) as h(o, c))
        + case when extract(isodow from x)::int = any(days)
            then (select sum(least(greatest(extract(epoch from (x - x::date::timestamp) - o), 0), extract(epoch from c - o)))
                  from unnest(opens, closes) as h(o, c))
            else 0 end
    $$`.execute(db);
  await sql`
    create function caseflow_holiday_seconds(a timestamp, b timestamp, days int[], holidays date[], opens interval[], closes interval[])
    returns double precision language sql immutable parallel safe as $$
      select coalesce(sum(greatest(0, extract(epoch from least(b, h + c) - greatest(a, h + o)))), 0)
      from unnest(holidays) h, unnest(opens, closes) as i(o, c)
      where extract(isodow from h)::int = any(days) and h between a::date and b::date
    $$`.execute(db);
  await sql`
    create function caseflow_business_seconds(t0 timestamptz, t1 timestamptz, tz text, days int[], before int[], holidays date[], opens interval[], closes interval[])
    returns double precision language sql immutable parallel safe as $$
      select case when t0 is null or t1 is null then null when t1 <= t0 then 0::double precision else
        caseflow_business_until(t1 at time zone tz, days, before, opens, closes) - caseflow_business_until(t0 at time zone tz, days, before, opens, closes)
        - case when cardinality(holidays) = 0 then 0 else caseflow_holiday_seconds(t0 at time zone tz, t1 at time zone tz, days, holidays, opens, closes) end
      end
    $$`.execute(db);
  await sql`
    create or replace function caseflow_business_seconds(t0 timestamptz, t1 timestamptz, calendar jsonb)
    returns double precision language sql immutable parallel safe as $$
      with c as (
        select array(select jsonb_array_elements_text(calendar->'workingDays')::int) as days,
          case when jsonb_typeof(calendar->'hours') = 'array'
            then array(select (h->>0)::interval from jsonb_array_elements(calendar->'hours') with ordinality as e(h, n) order by n)
            else array[(calendar->>'openTime')::interval] end as opens,
          case when jsonb_typeof(calendar->'hours') = 'array'
            then array(select (h->>1)::interval from jsonb_array_elements(calendar->'hours') with ordinality as e(h, n) order by n)
            else array[(calendar->>'closeTime')::interval] end as closes
      )
      select caseflow_business_seconds(t0, t1, calendar->>'timeZone', c.days, caseflow_weekday_prefix(c.days),
        array(select jsonb_array_elements_text(coalesce(calendar->'holidays', '[]'::jsonb))::date), c.opens, c.closes)
      from c
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The calendar function as 2026-11-25-0400 defined it, before the overloads it now calls go.
  await sql`
    create or replace function caseflow_business_seconds(t0 timestamptz, t1 timestamptz, calendar jsonb)
    returns double precision language sql immutable parallel safe as $$
      with c as (select array(select jsonb_array_elements_text(calendar->'workingDays')::int) as days)
      select caseflow_business_seconds(t0, t1, calendar->>'timeZone', c.days, caseflow_weekday_prefix(c.days),
        array(select jsonb_array_elements_text(coalesce(calendar->'holidays', '[]'::jsonb))::date),
        (calendar->>'openTime')::interval, (calendar->>'closeTime')::interval)
      from c
    $$`.execute(db);
  await sql`drop function caseflow_business_seconds(timestamptz, timestamptz, text, int[], int[], date[], interval[], interval[])`.execute(db);
  await sql`drop function caseflow_holiday_seconds(timestamp, timestamp, int[], date[], interval[], interval[])`.execute(db);
  await sql`drop function caseflow_business_until(timestamp, int[], int[], interval[], interval[])`.execute(db);
}

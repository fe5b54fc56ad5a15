import { type Kysely, sql } from 'kysely';

/** The channel intake LISTENs on; the payload is one event's stream entry (queries/event-stream.ts). */
export const REQUEST_EVENTS_CHANNEL = 'caseflow_request_events';

/**
 * The workspace's live stream (GET /v1/stream) is fed by the events table:
 * - `id`, a global bigserial, orders every event of every request: it is the SSE event id a
 *   reconnecting page sends back as Last-Event-ID. Existing rows are numbered as they lie.
 * - `status`, `queue`, `assignee`: the request as this event left it, written with the event
 *   by recordTransition, so a replay authorizes and describes each event as it was (not as
 *   the request is now). Rows from before stay null and read the request's current row.
 * - a trigger NOTIFYs every inserted event: whoever writes an event (the record activity, the
 *   demo seed) feeds the stream, and PostgreSQL delivers it at commit, never before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table request_events add column id bigserial`.execute(db);
  await sql`create unique index request_events_id_idx on request_events (id)`.execute(db);
  await sql`alter table request_events add column status text, add column queue text, add column assignee text`.execute(db);
  await sql`
    create function caseflow_notify_request_event() returns trigger language plpgsql as $$
    declare
      state record;
    begin
      -- Events written without the request's state (the demo seed) take the request's row.
      if new.status is null then
        select status, queue, assignee into state from requests where id = new.request_id;
      else
        select new.status, new.queue, new.assignee into state;
      end if;
      perform pg_notify(${sql.lit(REQUEST_EVENTS_CHANNEL)}, json_build_object(
        'id', new.id, 'requestId', new.request_id, 'seq', new.seq, 'type', new.type,
        'status', state.status, 'queue', state.queue, 'assignee', state.assignee, 'at', new.at)::text);
      return null;
    end
    $$`.execute(db);
  await sql`create trigger request_events_notify after insert on request_events for each row execute function caseflow_notify_request_event()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger request_events_notify on request_events`.execute(db);
  await sql`drop function caseflow_notify_request_event()`.execute(db);
  await sql`alter table request_events drop column id, drop column status, drop column queue, drop column assignee`.execute(db);
}

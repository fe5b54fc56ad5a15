import { type Kysely, sql } from 'kysely';

/**
 * A customer is an actor too: their message resumes or reopens their request
 * (`{"kind":"customer","id":…}` on request.status_changed, request.reopened and
 * request.message_received).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table request_events drop constraint request_events_actor_kind`.execute(db);
  await sql`alter table request_events add constraint request_events_actor_kind check (actor->>'kind' in ('agent', 'api_key', 'system', 'customer'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table request_events drop constraint request_events_actor_kind`.execute(db);
  await sql`alter table request_events add constraint request_events_actor_kind check (actor->>'kind' in ('agent', 'api_key', 'system'))`.execute(db);
}

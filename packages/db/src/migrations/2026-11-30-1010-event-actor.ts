import { type Kysely, sql } from 'kysely';

/**
 * request_events.actor becomes {kind, id, name} (jsonb) instead of a free string. Existing
 * values: `system`, `classifier`, `sla` were caseflow itself → {kind: system}; `key:<name>`
 * an API key by name → its id when exactly one key has that name, else `unknown`; anything
 * else (demo data) → an API key of that name with id `unknown`. A new column is filled and
 * swapped in, because ALTER … TYPE … USING cannot look up api_keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table request_events add column actor_json jsonb`.execute(db);
  await sql`
    update request_events e set actor_json = case
      when e.actor in ('system', 'classifier', 'sla') then jsonb_build_object('kind', 'system')
      else jsonb_build_object(
        'kind', 'api_key',
        'id', coalesce(
          (select min(k.id::text) from api_keys k where e.actor like 'key:%' and k.name = substr(e.actor, 5) having count(*) = 1),
          'unknown'),
        'name', case when e.actor like 'key:%' then substr(e.actor, 5) else e.actor end)
    end`.execute(db);
  await sql`alter table request_events drop column actor`.execute(db);
  await sql`alter table request_events rename column actor_json to actor`.execute(db);
  await sql`alter table request_events alter column actor set not null`.execute(db);
  await sql`alter table request_events add constraint request_events_actor_kind check (actor->>'kind' in ('agent', 'api_key', 'system'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table request_events drop constraint request_events_actor_kind`.execute(db);
  await sql`
    alter table request_events alter column actor type text using (
      case when actor->>'kind' = 'system' then 'system' else 'key:' || (actor->>'name') end)`.execute(db);
}

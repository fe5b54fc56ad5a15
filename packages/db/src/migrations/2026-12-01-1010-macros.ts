import { type Kysely, sql } from 'kysely';

/** Canned responses (`/v1/macros`): a name unique regardless of case, and a body with placeholders the page fills in. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table macros (
      id uuid primary key,
      name text not null check (char_length(name) between 1 and 80),
      body text not null check (char_length(body) between 1 and 5000),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index macros_name_idx on macros (lower(name))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table macros`.execute(db);
}

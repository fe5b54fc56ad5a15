import { requestLanguage } from '@caseflow/classifier/language';
import { type Kysely, sql } from 'kysely';

const batch = 5_000;

/**
 * Each request records its language (`en`, `zh`, `other`), decided once by the one detector
 * (@caseflow/classifier/language), for the `language` filter, e-mail and skills routing.
 * Existing rows are backfilled from their own text by the same detector, in keyset batches
 * so a million rows never sit in memory; erased rows (blank text) come out `other`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table requests add column language text`.execute(db);
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await sql<{ id: string; subject: string; body: string; metadata: Record<string, unknown> | null }>`
      select id, subject, body, metadata from requests where id > ${after}::uuid order by id limit ${batch}`.execute(db);
    const last = rows.at(-1);
    if (last === undefined) break;
    const values = rows.map((row) => sql`(${row.id}::uuid, ${requestLanguage({ subject: row.subject, body: row.body, metadata: row.metadata ?? {} })})`);
    await sql`update requests set language = v.language from (values ${sql.join(values)}) as v(id, language) where requests.id = v.id`.execute(db);
    after = last.id;
  }
  await sql`alter table requests alter column language set not null`.execute(db);
  await sql`alter table requests add constraint requests_language_check check (language in ('en', 'zh', 'other'))`.execute(db);
  await sql`create index requests_language_created_idx on requests (language, created_at desc, id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table requests drop column language`.execute(db);
}

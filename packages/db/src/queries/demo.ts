import { sql } from 'kysely';
import type { Db } from '../client';
import type { EventActor, NewRequestRow } from '../schema';
import { durationFacts, eventFlags, type FactPolicy, factPolicies, modelFacts } from './analytics-facts';

/**
 * Historical demo data written straight into the read model (`pnpm caseflow demo seed`).
 * Temporal cannot back-date a workflow, so these requests have no workflow behind them:
 * they exist for analytics and the dashboard only, marked `metadata.demo = true`.
 */
export interface DemoRow {
  request: NewRequestRow;
  events: { seq: number; type: string; actor: EventActor; at: Date; data: Record<string, unknown> }[];
}

/**
 * Gives the demo's customers their names: created when absent, named when they have none; a
 * name already there (given by someone, or `[erased]`) stays.
 */
export async function nameDemoCustomers(db: Db, customers: readonly { id: string; name: string }[]): Promise<void> {
  for (let i = 0; i < customers.length; i += 5_000) {
    await db
      .insertInto('customers')
      .values(customers.slice(i, i + 5_000).map(({ id, name }) => ({ id, name })))
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: sql<string>`coalesce(customers.name, excluded.name)` }))
      .execute();
  }
}

/** Inserts requests (and their customers and events); a request that exists already is left as it is. */
export async function insertDemoRequests(db: Db, rows: readonly DemoRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const customers = [...new Set(rows.map((row) => row.request.customer_id))];
    await trx.insertInto('customers').values(customers.map((id) => ({ id }))).onConflict((oc) => oc.column('id').doNothing()).execute();
    // PostgreSQL takes at most 65535 parameters per statement: about 30 per request, 7 per event.
    const fresh = new Set<string>();
    const policies = await factPolicies(trx, rows.map((row) => row.request.sla_policy_id));
    for (let i = 0; i < rows.length; i += 1_000) {
      const inserted = await trx
        .insertInto('requests')
        .values(rows.slice(i, i + 1_000).map((row) => withAnalyticsFacts(row, policies)))
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      for (const row of inserted) fresh.add(row.id);
    }
    const events = rows
      .filter((row) => fresh.has(row.request.id))
      .flatMap((row) =>
        row.events.map((e) => ({ request_id: row.request.id, seq: e.seq, event_id: `${row.request.id}.${e.seq}`, type: e.type, actor: JSON.stringify(e.actor), at: e.at, data: JSON.stringify(e.data) })),
      );
    for (let i = 0; i < events.length; i += 5_000) await trx.insertInto('request_events').values(events.slice(i, i + 5_000)).execute();
    return fresh.size;
  });
}

/** The row with the analytics facts its lifecycle implies (queries/analytics-facts.ts), as recordTransition would have left them. */
function withAnalyticsFacts({ request, events }: DemoRow, policies: Map<string, FactPolicy>): NewRequestRow {
  const at = (value: Date | string | null | undefined) => (value === null || value === undefined ? null : new Date(value));
  const classified = events.find((e) => e.type === 'request.classified');
  return {
    ...durationFacts(policies.get(request.sla_policy_id ?? ''), at(request.created_at)!, at(request.first_responded_at), at(request.resolved_at)),
    ...(classified === undefined ? {} : modelFacts(classified.data)),
    ...Object.assign({}, ...events.map((e) => eventFlags(e.type, e.data))),
    ...request,
  };
}

/** Removes every demo request (their events go with them). */
export async function deleteDemoRequests(db: Db): Promise<number> {
  const result = await db.deleteFrom('requests').where(sql<boolean>`metadata->>'demo' = 'true'`).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Refreshes the planner's statistics after a bulk load, and says how many requests there are. */
export async function analyzeAfterBulkLoad(db: Db): Promise<number> {
  await sql`vacuum analyze`.execute(db);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from requests`.execute(db);
  return rows[0]?.n ?? 0;
}

import { sql } from 'kysely';
import type { Db } from '../client';
import type { RequestLanguage, RequestRow } from '../schema';

export interface RequestFilters {
  status?: string | undefined;
  queue?: string | undefined;
  category?: string | undefined;
  priority?: string | undefined;
  /** The recorded language (`requests.language`). */
  language?: RequestLanguage | undefined;
  customerId?: string | undefined;
  /** An agent's id (or a free-text assignee of old), or null: nobody assigned. */
  assignee?: string | null | undefined;
  /** Only open requests (not resolved, not closed). */
  open?: boolean | undefined;
  /** Only open requests already breached or due before their limit (breachingBefore). */
  breaching?: BreachingBefore | undefined;
  escalated?: boolean | undefined;
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  /** Full-text search over subject and body, English and Chinese. */
  q?: string | undefined;
  /** Only requests routed to one of these queues (an agent's own); an empty list matches none. */
  inQueues?: readonly string[] | undefined;
  /** Only the requests this incident holds (`incident_requests`); an unknown id matches none. */
  incident?: string | undefined;
}

export interface RequestPage {
  limit: number;
  /** Keyset position: requests strictly older than (createdAt, id); the order is newest first. */
  after?: { createdAt: string; id: string } | undefined;
  /** `sla`: earliest SLA due first, then id; requests without a due time last. Default: newest first. */
  order?: 'created' | 'sla' | undefined;
  /** Keyset position in the `sla` order: requests after (slaDueAt, id). */
  afterSla?: { slaDueAt: string | null; id: string } | undefined;
}

/**
 * "Due within the next business hour": the instant one business hour from now differs by
 * calendar, so it is given per SLA policy (computed by the caller with @caseflow/sla), and
 * `otherwise` for requests on no policy (or one not listed).
 */
export interface BreachingBefore {
  byPolicy: readonly { policyId: string; dueBefore: Date }[];
  otherwise: Date;
}

export const closedStatuses = ['resolved', 'closed', 'merged'] as const;

/** The SQL condition of BreachingBefore: already breached, or due before the policy's limit. */
export function breachingCondition({ byPolicy, otherwise }: BreachingBefore) {
  const limit =
    byPolicy.length === 0
      ? sql`${otherwise}::timestamptz`
      : sql`case ${sql.join(byPolicy.map(({ policyId, dueBefore }) => sql`when sla_policy_id = ${policyId}::uuid then ${dueBefore}::timestamptz`), sql` `)} else ${otherwise}::timestamptz end`;
  return sql<boolean>`(sla_breached or sla_due_at <= ${limit})`;
}

// Han ideographs: CJK Extension A, Unified Ideographs, Compatibility Ideographs. Must match
// caseflow_han_bigrams in the 2026-11-25-0300 migration.
const hanRun = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/**
 * Splits a search into its English words (for websearch_to_tsquery) and a tsquery over
 * the Han bigrams the index holds: each run of Han characters must appear as a phrase of
 * its bigrams. A single Han character has no bigram and is matched as a substring.
 */
export function parseSearch(q: string): { words: string; hanQuery: string | null; hanSingles: string[] } {
  const runs = q.match(hanRun) ?? [];
  const words = q.replace(hanRun, ' ').replace(/\s+/g, ' ').trim();
  const phrases: string[] = [];
  const hanSingles: string[] = [];
  for (const run of runs) {
    const chars = [...run];
    if (chars.length === 1) {
      hanSingles.push(run);
      continue;
    }
    const bigrams = chars.slice(0, -1).map((char, i) => `'${char}${chars[i + 1]}'`);
    phrases.push(bigrams.length === 1 ? bigrams[0]! : `(${bigrams.join(' <-> ')})`);
  }
  return { words, hanQuery: phrases.length > 0 ? phrases.join(' & ') : null, hanSingles };
}

/** Requests matching every given filter, newest first, one keyset page. */
export async function searchRequests(db: Db, filters: RequestFilters, page: RequestPage): Promise<RequestRow[]> {
  return requestSearchQuery(db, filters, page).execute();
}

/** The query searchRequests runs, unexecuted: `pnpm bench:read` EXPLAINs exactly this SQL. */
export function requestSearchQuery(db: Db, filters: RequestFilters, { limit, after, order = 'created', afterSla }: RequestPage) {
  let query = db.selectFrom('requests').selectAll().limit(limit);
  query = order === 'sla' ? query.orderBy(sql`sla_due_at asc nulls last`).orderBy('id', 'asc') : query.orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (filters.open === true || filters.breaching !== undefined) query = query.where('status', 'not in', [...closedStatuses]);
  if (filters.open === false) query = query.where('status', 'in', [...closedStatuses]);
  if (filters.breaching !== undefined) query = query.where(breachingCondition(filters.breaching));
  if (filters.status !== undefined) query = query.where('status', '=', filters.status);
  if (filters.queue !== undefined) query = query.where('queue', '=', filters.queue);
  if (filters.inQueues !== undefined) query = filters.inQueues.length === 0 ? query.where(sql<boolean>`false`) : query.where('queue', 'in', [...filters.inQueues]);
  if (filters.category !== undefined) query = query.where('category', '=', filters.category);
  if (filters.priority !== undefined) query = query.where('priority', '=', filters.priority);
  if (filters.language !== undefined) query = query.where('language', '=', filters.language);
  if (filters.customerId !== undefined) query = query.where('customer_id', '=', filters.customerId);
  if (filters.incident !== undefined) {
    const incident = filters.incident;
    query = query.where('id', 'in', (eb) => eb.selectFrom('incident_requests').select('request_id').where('incident_id', '=', incident));
  }
  if (filters.assignee === null) query = query.where('assignee', 'is', null);
  else if (filters.assignee !== undefined) query = query.where('assignee', '=', filters.assignee);
  if (filters.escalated === true) query = query.where('escalation_level', '>', 0);
  if (filters.escalated === false) query = query.where('escalation_level', '=', 0);
  if (filters.createdFrom !== undefined) query = query.where('created_at', '>=', new Date(filters.createdFrom));
  if (filters.createdTo !== undefined) query = query.where('created_at', '<', new Date(filters.createdTo));
  if (filters.q !== undefined) {
    const { words, hanQuery, hanSingles } = parseSearch(filters.q);
    if (words !== '') query = query.where(sql<boolean>`search_vector @@ websearch_to_tsquery('english', ${words})`);
    if (hanQuery !== null) query = query.where(sql<boolean>`search_vector @@ to_tsquery('simple', ${hanQuery})`);
    for (const single of hanSingles) {
      query = query.where(sql<boolean>`strpos(subject || ' ' || body, ${single}) > 0`);
    }
  }
  if (order === 'created' && after !== undefined) query = query.where(sql<boolean>`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  if (order === 'sla' && afterSla !== undefined) {
    // Nulls last: after a dated position come later dates, then every undated request.
    query =
      afterSla.slaDueAt === null
        ? query.where(sql<boolean>`sla_due_at is null and id > ${afterSla.id}::uuid`)
        : query.where(sql<boolean>`((sla_due_at, id) > (${afterSla.slaDueAt}::timestamptz, ${afterSla.id}::uuid) or sla_due_at is null)`);
  }
  return query;
}

/** The request's most recent events, oldest first. */
export async function listLatestRequestEvents(db: Db, requestId: string, limit: number) {
  const rows = await db.selectFrom('request_events').selectAll().where('request_id', '=', requestId).orderBy('seq', 'desc').limit(limit).execute();
  return rows.reverse();
}

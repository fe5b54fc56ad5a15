import { sql } from 'kysely';
import type { Db } from '../client';

/** Statuses in which a request is still open to a duplicate: nobody has finished with it. */
const openToDuplicates = ['pending', 'classified', 'assigned', 'in_progress', 'waiting_on_customer', 'reopened'] as const;

export interface DuplicateCandidate {
  id: string;
  subject: string;
  body: string;
}

/**
 * The customer's open requests that came within `[since, before]`, newest first: what a
 * new request of theirs may repeat. Erased texts are blank and never match; a request that
 * is itself a detected duplicate is left out, so a third retry links to the first.
 */
export async function listDuplicateCandidates(
  db: Db,
  { customerId, requestId, since, before, limit = 50 }: { customerId: string; requestId: string; since: Date; before: Date; limit?: number },
): Promise<DuplicateCandidate[]> {
  return db
    .selectFrom('requests')
    .select(['id', 'subject', 'body'])
    .where('customer_id', '=', customerId)
    .where('id', '<>', requestId)
    .where('created_at', '>=', since)
    .where('created_at', '<=', before)
    .where('status', 'in', [...openToDuplicates])
    .where('erased_at', 'is', null)
    .where('duplicate_of', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

interface MergeColumns {
  duplicate_of?: string;
  duplicate_similarity?: number | null;
  merged_into?: string;
  merged_at?: string;
}

/** The read model's columns an event of duplicates and merge sets (recordTransition). */
export function mergeColumns(type: string, data: Record<string, unknown>, at: string): MergeColumns {
  if (type === 'request.duplicate_detected' && typeof data['duplicateOf'] === 'string') {
    return { duplicate_of: data['duplicateOf'], duplicate_similarity: typeof data['similarity'] === 'number' ? data['similarity'] : null };
  }
  if (type === 'request.merged' && typeof data['into'] === 'string') return { merged_into: data['into'], merged_at: at };
  return {};
}

/**
 * The request and every request merged into it, directly or through another merged one:
 * whose messages make up its thread.
 */
export function foldedInto(requestId: string) {
  return sql<string>`(with recursive folded(id) as (
      select ${requestId}::uuid
      union select r.id from requests r join folded f on r.merged_into = f.id
    ) select id from folded)`;
}

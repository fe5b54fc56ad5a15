import type { Db } from '../client';

export interface LabelledRequest {
  text: string;
  label: string;
}

/**
 * Requests whose category a person stands behind: resolved or closed, and not left in the
 * triage queue (a low-confidence guess nobody re-routed is not a label). A reclassified
 * request carries the operator's corrected category; one resolved where the model put it
 * counts as confirmed.
 */
export async function listOperatorLabelledRequests(db: Db, { triageQueue = 'triage' }: { triageQueue?: string } = {}): Promise<LabelledRequest[]> {
  const rows = await db
    .selectFrom('requests')
    .select(['subject', 'body', 'category'])
    .where('status', 'in', ['resolved', 'closed'])
    .where('category', 'is not', null)
    .where('queue', '<>', triageQueue)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({ text: `${row.subject}\n${row.body}`, label: row.category ?? '' }));
}

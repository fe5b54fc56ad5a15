import { randomUUID } from 'node:crypto';
import type { NewRequestRow } from './schema';

/**
 * A pending request row with every column a new request needs, for tests that write the read
 * model directly (`@caseflow/db/testing`): a fresh id and its workflow id, created now,
 * whatever `overrides` says otherwise.
 */
export function newRequestRow(overrides: Partial<NewRequestRow> = {}): NewRequestRow {
  const id = overrides.id ?? randomUUID();
  const now = new Date().toISOString();
  return {
    id,
    customer_id: `cust-${id.slice(0, 8)}`,
    subject: 'Where is my card?',
    body: 'It has not arrived.',
    type: 'inquiry',
    channel: 'web',
    metadata: '{}',
    status: 'pending',
    idempotency_key: null,
    request_hash: 'hash-a',
    workflow_id: `request-${id}`,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
}

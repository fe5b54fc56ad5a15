import { agentNames, type Db, type RequestEventRow, type RequestRow } from '@caseflow/db';
import type { RequestStatus } from '@caseflow/lifecycle';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/** The names of the rows' assignees, in one query: answers show `assignee: {id, name}`. */
export function assigneeNames(db: Db, rows: readonly RequestRow[]): Promise<Map<string, string>> {
  return agentNames(db, rows.flatMap((row) => (row.assignee === null ? [] : [row.assignee])));
}

/** The read model's row as clients see it (the shape documented in DESIGN §5). */
export function presentRequest(row: RequestRow, names: ReadonlyMap<string, string> = new Map()) {
  return {
    id: row.id,
    status: row.status as RequestStatus,
    customerId: row.customer_id,
    subject: row.subject,
    body: row.body,
    type: row.type,
    channel: row.channel,
    metadata: row.metadata,
    category: row.category,
    queue: row.queue,
    priority: row.priority,
    confidence: row.confidence,
    modelVersion: row.model_version,
    alternatives: row.alternatives,
    // An assignee from before agents had ids is a free-text name: it answers as its own name.
    assignee: row.assignee === null ? null : { id: row.assignee, name: names.get(row.assignee) ?? row.assignee },
    resolution: row.resolution,
    escalationLevel: row.escalation_level,
    slaDueAt: iso(row.sla_due_at),
    slaBreached: row.sla_breached,
    workflowId: row.workflow_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    classifiedAt: iso(row.classified_at),
    resolvedAt: iso(row.resolved_at),
    closedAt: iso(row.closed_at),
  };
}

export function presentEvent(row: RequestEventRow) {
  return { id: row.event_id, requestId: row.request_id, seq: row.seq, type: row.type, actor: row.actor, at: row.at.toISOString(), data: row.data };
}

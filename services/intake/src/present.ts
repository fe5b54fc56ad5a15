import { agentNames, customerNames, type Db, type RequestEventRow, type RequestRow } from '@caseflow/db';
import type { RequestStatus } from '@caseflow/lifecycle';
import { slaWarnAt } from './sla-clocks';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/** Who the rows name, by id: their assignees (agents) and their customers. */
export interface RequestNames {
  agents: ReadonlyMap<string, string>;
  customers: ReadonlyMap<string, string>;
}

const noNames: RequestNames = { agents: new Map(), customers: new Map() };

/**
 * The names of the rows' assignees and customers, one query each for the whole page (never
 * one per row): answers show `assignee: {id, name}` and `customerName`.
 */
export async function requestNames(db: Db, rows: readonly RequestRow[]): Promise<RequestNames> {
  const [agents, customers] = await Promise.all([
    agentNames(db, rows.flatMap((row) => (row.assignee === null ? [] : [row.assignee]))),
    customerNames(db, rows.map((row) => row.customer_id)),
  ]);
  return { agents, customers };
}

/** The read model's row as clients see it (the shape documented in DESIGN §5). */
export function presentRequest(row: RequestRow, names: RequestNames = noNames) {
  return {
    id: row.id,
    status: row.status as RequestStatus,
    customerId: row.customer_id,
    customerName: names.customers.get(row.customer_id) ?? null,
    subject: row.subject,
    body: row.body,
    type: row.type,
    channel: row.channel,
    metadata: row.metadata,
    language: row.language,
    category: row.category,
    queue: row.queue,
    priority: row.priority,
    confidence: row.confidence,
    modelVersion: row.model_version,
    alternatives: row.alternatives,
    // An assignee from before agents had ids is a free-text name: it answers as its own name.
    assignee: row.assignee === null ? null : { id: row.assignee, name: names.agents.get(row.assignee) ?? row.assignee },
    resolution: row.resolution,
    escalationLevel: row.escalation_level,
    slaDueAt: iso(row.sla_due_at),
    slaBreached: row.sla_breached,
    slaWarnAt: slaWarnAt(row.sla_clocks, row.sla_due_at),
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

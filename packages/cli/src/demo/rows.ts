import { detectLanguage } from '@caseflow/classifier/language';
import type { DemoRow } from '@caseflow/db';
import type { DemoRequest } from './generate';

/** A generated request as the read model stores it: the row (on `policy`, the SLA policy of its priority) and its lifecycle events. */
export function demoRow(r: DemoRequest, policy: { id: string; version: number } | null = null): DemoRow {
  return {
    request: {
      id: r.id,
      customer_id: r.customerId,
      subject: r.subject,
      body: r.body,
      type: r.type,
      channel: r.channel,
      metadata: JSON.stringify({ demo: true }),
      language: detectLanguage(`${r.subject}\n${r.body}`),
      status: r.status,
      category: r.category,
      queue: r.queue,
      priority: r.priority,
      confidence: r.confidence,
      model_version: 'demo',
      alternatives: null,
      assignee: r.assignee,
      resolution: r.resolution,
      escalation_level: r.escalationLevel,
      sla_due_at: r.slaDueAt,
      sla_breached: r.slaBreached,
      idempotency_key: null,
      request_hash: 'demo',
      workflow_id: `request-${r.id}`,
      last_seq: r.events.length,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
      classified_at: r.events.find((e) => e.type === 'request.classified')?.at ?? null,
      resolved_at: r.resolvedAt,
      closed_at: r.closedAt,
      first_responded_at: r.firstRespondedAt,
      csat_score: r.csatScore,
      csat_comment: null,
      // On the policy in force, with no deadline pending: the escalation sweep leaves them alone.
      sla_policy_id: policy?.id ?? null,
      sla_policy_version: policy?.version ?? null,
      sla_next_check_at: null,
    },
    events: r.events.map((e, i) => ({ seq: i + 1, type: e.type, actor: e.actor, at: e.at, data: e.data })),
  };
}

import { type RecordActivities, type RecordTransitionInput, requestWorkflowId, type ServiceRequestInput } from '@caseflow/contracts';
import { type Db, type NewRequestRow, recordTransition } from '@caseflow/db';
import { pendingDeadlines } from '@caseflow/sla';

/**
 * The read model's writer: thin over @caseflow/db, whose writes are idempotent by (request, seq).
 * `counted` sees each event once written (the business metrics, ./metrics).
 */
export function createRecordActivities(db: Db, counted: (input: RecordTransitionInput) => void = () => {}): RecordActivities {
  return {
    async recordTransition(input: RecordTransitionInput): Promise<void> {
      const { event, state, request, message } = input;
      await recordTransition(db, {
        requestId: event.requestId,
        ...(message === undefined ? {} : { message: { ...message, eventSeq: event.seq } }),
        ...(request === undefined ? {} : { request: toRequestRow(request) }),
        event: { id: event.id, seq: event.seq, type: event.type, actor: event.actor, at: event.at, data: event.data },
        state: {
          status: state.status,
          category: state.classification?.category ?? null,
          queue: state.classification?.queue ?? null,
          priority: state.classification?.priority ?? null,
          confidence: state.classification?.confidence ?? null,
          modelVersion: state.classification?.modelVersion ?? null,
          alternatives: state.classification?.alternatives ?? null,
          assignee: state.assignee,
          resolution: state.resolution,
          escalationLevel: state.escalationLevel,
          updatedAt: state.updatedAt,
          resolvedAt: state.resolvedAt,
          closedAt: state.closedAt,
          sla: {
            slaDueAt: state.slaDueAt,
            slaBreached: state.slaBreached,
            // The sweep signals a request whose next warning or breach has passed unhandled.
            slaNextCheckAt: state.status === 'closed' ? null : (pendingDeadlines(state.sla)[0]?.at ?? null),
            slaPolicyId: state.sla.terms?.policyId ?? null,
            slaPolicyVersion: state.sla.terms?.policyVersion ?? null,
            firstRespondedAt: state.firstRespondedAt,
            csatScore: state.feedback?.score ?? null,
            csatComment: state.feedback?.comment ?? null,
            clocks: { firstResponse: state.sla.firstResponse, resolution: state.sla.resolution, calendar: state.sla.terms?.calendar ?? null },
          },
        },
      });
      counted(input);
    },
  };
}

function toRequestRow(request: ServiceRequestInput): NewRequestRow {
  return {
    id: request.requestId,
    customer_id: request.customerId,
    subject: request.subject,
    body: request.body,
    type: request.type,
    channel: request.channel,
    metadata: JSON.stringify(request.metadata),
    status: 'pending',
    idempotency_key: request.idempotencyKey,
    idempotency_owner: request.idempotencyOwner ?? null,
    request_hash: request.requestHash,
    workflow_id: requestWorkflowId(request.requestId),
    created_at: request.createdAt,
    updated_at: request.createdAt,
  };
}

import { type NotificationPayload, type RecordActivities, type RecordedTransition, type RecordTransitionInput, requestWorkflowId, type ServiceRequestInput } from '@caseflow/contracts';
import { isAutomatic, type LineEntry, rankOnArrival, requestLanguage } from '@caseflow/assignment';
import { isSealed } from '@caseflow/codec';
import { claimOnArrival, type CustomerVault, type Db, type NewRequestRow, queueMode, recordTransition } from '@caseflow/db';
import { pendingDeadlines } from '@caseflow/sla';
import { activeTraceCarrier } from '@caseflow/tracing';
import { rosterAgentOf } from './assignment-activities';

/**
 * The read model's writer: thin over @caseflow/db, whose writes are idempotent by (request, seq).
 * `counted` sees each event once written (the business metrics, ./metrics).
 */
export function createRecordActivities(db: Db, vault: CustomerVault, counted: (input: RecordTransitionInput) => void = () => {}): RecordActivities {
  return {
    async recordTransition(input: RecordTransitionInput): Promise<RecordedTransition | undefined> {
      const { event, state } = input;
      // The read model keeps the words in clear (search, the thread): open what the workflow carried sealed.
      const request = input.request === undefined ? undefined : await unsealRequest(vault, input.request);
      const message = input.message === undefined ? undefined : await vault.unsealDeep(input.message);
      const answer = await recordTransition(db, {
        requestId: event.requestId,
        ...(message === undefined ? {} : { message: { ...message, eventSeq: event.seq } }),
        ...(request === undefined ? {} : { request: toRequestRow(request) }),
        event: { id: event.id, seq: event.seq, type: event.type, actor: event.actor, at: event.at, data: event.data },
        ...(input.notify === undefined ? {} : { outbox: { payload: JSON.stringify(notificationPayload(input)), deliverAfter: input.notify.deliverAfter, traceContext: tracedFrom() } }),
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
            clocks: { firstResponse: state.sla.firstResponse, resolution: state.sla.resolution, nextReply: state.sla.nextReply ?? null, calendar: state.sla.terms?.calendar ?? null },
          },
        },
      }, input.lineQueue === undefined ? undefined : (trx) => lineAnswer(trx, event.requestId, input.lineQueue!, input.lineEntry));
      counted(input);
      return answer;
    },
  };
}

/**
 * Tells the workflow the mode of the queue its request now waits in and, when that queue
 * assigns by least load or skills, assigns the request at once if its line is empty and an
 * agent has room (claimOnArrival).
 */
async function lineAnswer(trx: Db, requestId: string, queue: string, entry: LineEntry | undefined): Promise<RecordedTransition> {
  const lineMode = await queueMode(trx, queue);
  if (entry === undefined || !isAutomatic(lineMode)) return { lineMode };
  const claimed = await claimOnArrival(trx, requestId, queue, (roster) =>
    rankOnArrival(lineMode, roster.map(rosterAgentOf), entry).map((agent) => agent.id),
  );
  return claimed === null ? { lineMode } : { lineMode, claimed };
}

/** The recording activity's span: the event's delivery, made later by another process, continues its trace. */
function tracedFrom(): string | null {
  const carrier = activeTraceCarrier();
  return carrier === null ? null : JSON.stringify(carrier);
}

/** What subscribers get, as the workflow handed it to `deliverEvent` before the outbox: words still sealed. */
function notificationPayload({ event, state, message }: RecordTransitionInput): NotificationPayload {
  return { id: event.id, type: event.type, actor: event.actor, createdAt: event.at, data: { request: state, ...(message === undefined ? {} : { message }) } };
}

/**
 * A request input as intake started it: words sealed (conversations' sealRequestInput, the
 * metadata as one sealed JSON under `sealed`), or in clear in histories from before.
 */
async function unsealRequest(vault: CustomerVault, request: ServiceRequestInput): Promise<ServiceRequestInput> {
  const sealed = request.metadata['sealed'];
  const [subject, body, opened] = await vault.unsealDeep([request.subject, request.body, isSealed(sealed) ? sealed : undefined]);
  // An erased customer's metadata went with their key.
  const metadata = opened === undefined ? request.metadata : opened.startsWith('{') ? (JSON.parse(opened) as Record<string, unknown>) : {};
  return { ...request, subject, body, metadata };
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
    // Histories from before the language was recorded decide it here, from the words in clear.
    language: request.language ?? requestLanguage(request),
    status: 'pending',
    idempotency_key: request.idempotencyKey,
    idempotency_owner: request.idempotencyOwner ?? null,
    request_hash: request.requestHash,
    workflow_id: requestWorkflowId(request.requestId),
    created_at: request.createdAt,
    updated_at: request.createdAt,
  };
}

import type { Updateable } from 'kysely';
import type { RequestsTable, SlaClocks } from '../schema';

/** The SLA and CSAT part of a request's state, as recordTransition writes it. */
export interface RequestSlaColumns {
  slaDueAt: string | null;
  slaBreached: boolean;
  slaNextCheckAt: string | null;
  slaPolicyId: string | null;
  slaPolicyVersion: number | null;
  firstRespondedAt: string | null;
  csatScore: number | null;
  csatComment: string | null;
  /** The clocks themselves; left as they are when not given (callers from before they were recorded). */
  clocks?: SlaClocks | undefined;
}

export function requestSlaColumns(sla: RequestSlaColumns): Updateable<RequestsTable> {
  return {
    sla_due_at: sla.slaDueAt,
    sla_breached: sla.slaBreached,
    sla_next_check_at: sla.slaNextCheckAt,
    sla_policy_id: sla.slaPolicyId,
    sla_policy_version: sla.slaPolicyVersion,
    first_responded_at: sla.firstRespondedAt,
    csat_score: sla.csatScore,
    csat_comment: sla.csatComment,
    ...(sla.clocks === undefined ? {} : { sla_clocks: JSON.stringify(sla.clocks) }),
  };
}

import type { ServiceRequestState } from '@caseflow/contracts';

export interface LineFacts {
  /** The queue whose line the request waits in (classified, nobody assigned), else null. */
  waitingIn: string | null;
  priority: string | null;
  /** The agent whose capacity the request takes (open and assigned), else null. */
  holder: string | null;
}

const holding: readonly string[] = ['assigned', 'in_progress', 'waiting_on_customer', 'reopened'];

export function lineFacts(state: ServiceRequestState): LineFacts {
  return {
    waitingIn: state.status === 'classified' && state.assignee === null ? (state.classification?.queue ?? null) : null,
    priority: state.classification?.priority ?? null,
    holder: state.assignee !== null && holding.includes(state.status) ? state.assignee : null,
  };
}

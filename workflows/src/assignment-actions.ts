import { actorFrom } from '@caseflow/contracts';
import { type ActionContext, actionRegistrar } from './action-registry';
import { assertAssignedTo, assertWaiting, invalid, requireText } from './action-rules';

/** Who holds the request: an agent takes it (by hand or from a queue's line) or gives it back. */
export function registerAssignmentActions(ctx: ActionContext): void {
  const { state } = ctx;
  const register = actionRegistrar(ctx);

  register('assign', {
    validate: (input) => {
      if (input.agentId === undefined && typeof input.assignee === 'string') return requireText(input.assignee, 'assignee', 128);
      requireText(input.agentId, 'agentId', 128);
      requireText(input.agentName, 'agentName', 200);
      if (input.reason !== 'auto' && input.reason !== 'manual') throw invalid('reason must be auto or manual');
    },
    guard: (input) => {
      if (input.fromLine !== undefined) assertWaiting(state, input.fromLine.queue);
    },
    change: ({ agentId, agentName, reason, fromLine, assignee, actor }) => {
      // The line's compare-and-set, again: another change may have come since the validator ran.
      if (fromLine !== undefined) assertWaiting(state, fromLine.queue);
      const id = agentId ?? assignee ?? '';
      return {
        type: 'request.assigned',
        actor: actorFrom(actor),
        action: 'assign',
        // Histories from before agents had ids recorded a free-text assignee.
        data: agentId === undefined ? { assignee: id, previous: state.assignee } : { agent: { id, name: agentName }, reason, previous: state.assignee },
        apply: (s) => {
          s.assignee = id;
        },
      };
    },
  });

  register('unassign', {
    validate: ({ agent, reason }) => {
      if (typeof agent !== 'object' || agent === null) throw invalid('agent must be {id, name}');
      requireText(agent.id, 'agent.id', 128);
      requireText(agent.name, 'agent.name', 200);
      if (reason !== 'manual' && reason !== 'away') throw invalid('reason must be manual or away');
    },
    guard: ({ agent }) => assertAssignedTo(state, agent.id),
    change: ({ agent, reason, actor }) => {
      assertAssignedTo(state, agent.id);
      return {
        type: 'request.unassigned',
        actor: actorFrom(actor),
        action: 'unassign',
        data: { agent: { id: agent.id, name: agent.name }, reason },
        apply: (s) => {
          s.assignee = null;
        },
      };
    },
  });}

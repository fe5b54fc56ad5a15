import { actorFrom, type ServiceRequestState } from '@caseflow/contracts';
import { type ActionContext, actionRegistrar, statusChange } from './action-registry';
import { invalid, requireText } from './action-rules';
import { commentChange, publicReplyClocks } from './conversation';

/** The request's way through the lifecycle table: work, wait on the customer, answer, resolve, reopen, close. */
export function registerLifecycleActions(ctx: ActionContext): void {
  const { state } = ctx;
  const register = actionRegistrar(ctx);

  register('start', { change: ({ actor }) => ({ type: 'request.status_changed', actor: actorFrom(actor), action: 'start', data: statusChange(state, 'in_progress') }) });

  register('wait', {
    validate: ({ reason }) => requireText(reason, 'reason', 2_000),
    change: ({ reason, actor }) => ({
      type: 'request.status_changed',
      actor: actorFrom(actor),
      action: 'wait',
      data: statusChange(state, 'waiting_on_customer', { reason }),
      apply: (s) => {
        s.waitingReason = reason;
      },
      // Nobody owes a reply while the request waits for the customer.
      clocks: { resolution: 'pause', nextReply: 'pause' },
    }),
  });

  register('resume', {
    change: ({ actor }) => ({
      type: 'request.status_changed',
      actor: actorFrom(actor),
      action: 'resume',
      data: statusChange(state, 'in_progress'),
      apply: (s) => {
        s.waitingReason = null;
      },
      clocks: { resolution: 'resume', nextReply: 'resume' },
    }),
  });

  register('comment', {
    validate: ({ author, body, internal }) => {
      requireText(author, 'author', 200);
      requireText(body, 'body', 10_000);
      if (typeof internal !== 'boolean') throw invalid('internal must be a boolean');
    },
    change: (input) => commentChange(state, input, () => {
      const { author, body, internal, actor } = input;
      // First response = the first public comment: the customer hears from a person.
      const firstResponse = !internal && state.firstRespondedAt === null;
      return {
        type: 'request.commented',
        actor: actorFrom(actor),
        action: 'comment',
        data: { author, body, internal, firstResponse },
        ...(firstResponse
          ? {
              apply: (s: ServiceRequestState, at: string) => {
                s.firstRespondedAt = at;
              },
            }
          : {}),
        ...(internal ? {} : publicReplyClocks(state)),
      };
    }),
  });

  register('resolve', {
    validate: ({ resolution }) => requireText(resolution, 'resolution', 5_000),
    change: ({ resolution, actor }) => ({
      type: 'request.resolved',
      actor: actorFrom(actor),
      action: 'resolve',
      data: { resolution },
      apply: (s, at) => {
        s.resolution = resolution;
        s.resolvedAt = at;
        s.waitingReason = null;
      },
      // A resolution answers the customer too: no first-response breach after it.
      clocks: { firstResponse: 'stop', resolution: 'stop', nextReply: 'stop' },
    }),
  });

  register('reopen', {
    validate: ({ reason }) => requireText(reason, 'reason', 2_000),
    change: ({ reason, actor }) => ({
      type: 'request.reopened',
      actor: actorFrom(actor),
      action: 'reopen',
      data: { reason, previousResolution: state.resolution },
      apply: (s) => {
        s.resolution = null;
        s.resolvedAt = null;
      },
      clocks: { resolution: 'restart' },
    }),
  });

  register('close', {
    change: ({ actor }) => ({
      type: 'request.closed',
      actor: actorFrom(actor),
      action: 'close',
      data: { reason: 'closed by operator' },
      apply: (s, at) => {
        s.closedAt = at;
      },
    }),
  });}

/** The customer's satisfaction score; registered apart because it comes last (request-actions.ts says why the order matters). */
export function registerFeedbackAction(ctx: ActionContext): void {
  const { state } = ctx;
  const register = actionRegistrar(ctx);

  register('feedback', {
    validate: ({ score, comment }) => {
      if (!Number.isInteger(score) || score < 1 || score > 5) throw invalid('score must be an integer from 1 to 5');
      if (comment !== null && comment !== undefined) requireText(comment, 'comment', 2_000);
    },
    change: ({ score, comment, actor }) => ({
      type: 'request.feedback',
      actor: actorFrom(actor),
      action: 'feedback',
      data: { score, comment: comment ?? null, replaces: state.feedback?.score ?? null },
      // A later score replaces an earlier one: the customer changed their mind.
      apply: (s, at) => {
        s.feedback = { score, comment: comment ?? null, at };
      },
    }),
  });}

import {
  type Actor,
  actorFrom,
  type AgentMessageInput,
  type CommentInput,
  type CustomerMessageInput,
  type CustomerMessageOutcome,
  customerMessageUpdate,
  type MessageAuthor,
  noteUpdate,
  replyUpdate,
  type ServiceRequestState,
} from '@caseflow/contracts';
import { awaitingReply, type ClockOperations } from '@caseflow/sla';
import { ApplicationFailure, patched, setHandler, uuid4 } from '@temporalio/workflow';
import type { ActionContext, Change, DraftMessage } from './action-registry';
import { assertAllowed, invalid } from './action-rules';

/**
 * The conversation half of the request workflow: replies, internal notes and customer
 * messages become messages of the request's thread, each recorded once with its event.
 * Histories recorded before this code replay the old `request.commented` path: the patch
 * marker decides.
 */
export const conversationPatch = 'conversation-messages';
/**
 * A customer's message starts the next-reply clock: a clock operation, so a re-plan (the
 * planSla local activity) that histories recorded before it do not have.
 */
export const nextReplyPatch = 'next-reply-clock';

/** Who wrote a message: the actor of the action that carried it. */
export function authorOf(value: Actor | string): MessageAuthor {
  const actor = actorFrom(value);
  if (actor.kind === 'system') return { kind: 'system' };
  if (actor.kind === 'customer') return { kind: 'customer', id: actor.id };
  return { kind: actor.kind, id: actor.id, name: actor.name };
}

function requireBody(body: unknown): void {
  if (typeof body !== 'string' || body.trim() === '') throw invalid('body must be a non-empty string');
  if (body.length > 100_000) throw invalid('body must be at most 100000 characters');
}

function draft(state: ServiceRequestState, fields: Pick<DraftMessage, 'direction' | 'visibility' | 'author' | 'body' | 'channel'>): DraftMessage {
  return { id: uuid4(), requestId: state.requestId, html: null, attachments: [], externalId: null, ...fields };
}

/** An internal note: recorded, never e-mailed, published only to subscribers that opted in. */
export function noteChange(state: ServiceRequestState, input: AgentMessageInput): Change {
  const message = draft(state, { direction: 'outbound', visibility: 'internal', author: input.author ?? authorOf(input.actor), body: input.body, channel: 'api' });
  return { type: 'request.note_added', actor: actorFrom(input.actor), action: 'comment', data: { messageId: message.id, visibility: 'internal' }, message };
}

/** A public reply: e-mailed to the customer by the notification service; the first one is the first response. */
export function replyChange(state: ServiceRequestState, input: AgentMessageInput): Change {
  const message = draft(state, { direction: 'outbound', visibility: 'public', author: input.author ?? authorOf(input.actor), body: input.body, channel: 'api' });
  const firstResponse = state.firstRespondedAt === null;
  return {
    type: 'request.replied',
    actor: actorFrom(input.actor),
    action: 'comment',
    data: { messageId: message.id, visibility: 'public', firstResponse },
    message,
    ...(firstResponse
      ? {
          apply: (s: ServiceRequestState, at: string) => {
            s.firstRespondedAt = at;
          },
        }
      : {}),
    ...publicReplyClocks(state),
  };
}

/**
 * What a public reply (or public comment) does to the clocks: the first one stops the
 * first-response clock, any one stops a running or paused next-reply clock. No operation, no
 * `clocks`: a reply that changes no clock plans nothing (and schedules no activity), as before.
 */
export function publicReplyClocks(state: ServiceRequestState): { clocks?: ClockOperations } {
  const clocks: ClockOperations = {
    ...(state.firstRespondedAt === null ? { firstResponse: 'stop' as const } : {}),
    ...(awaitingReply(state.sla) ? { nextReply: 'stop' as const } : {}),
  };
  return Object.keys(clocks).length === 0 ? {} : { clocks };
}

/**
 * The `comment` action, kept for compatibility and routed by its `internal` flag. An
 * internal comment used to be published as `request.commented` to every subscriber and
 * e-mailed to the customer as a new reply; with the patch it is a note.
 */
export function commentChange(state: ServiceRequestState, input: CommentInput, legacy: () => Change): Change {
  if (!patched(conversationPatch)) return legacy();
  // The comment's free-text author names the person; the caller's actor stays who acted.
  const agent = { actor: input.actor, body: input.body, author: { ...authorOf(input.actor), name: input.author } };
  return input.internal ? noteChange(state, agent) : replyChange(state, agent);
}

function refuseNewRequest(state: ServiceRequestState, input: CustomerMessageInput, now: number): void {
  const resolvedLongAgo = state.status === 'resolved' && state.resolvedAt !== null && Date.parse(state.resolvedAt) + input.reopenWindowMs < now;
  if (state.status === 'closed' || resolvedLongAgo) {
    throw ApplicationFailure.create({ type: 'NewRequestNeeded', message: `a ${state.status} request takes no more messages: open a linked request`, nonRetryable: true });
  }
}

/**
 * A customer's message starts the next-reply clock once the first response is behind (until
 * then the first-response clock covers every message of the customer); a clock already
 * counting for an earlier unanswered message keeps counting.
 */
function nextReplyClock(state: ServiceRequestState): { clocks?: ClockOperations } {
  if (state.sla.firstResponse.stoppedAt === null || awaitingReply(state.sla) || !patched(nextReplyPatch)) return {};
  return { clocks: { nextReply: 'start' } };
}

/** What a customer's message does, by the request's status: appended, resumes a wait, or reopens. */
function customerChanges(state: ServiceRequestState, input: CustomerMessageInput): { outcome: CustomerMessageOutcome; changes: Change[] } {
  const { actor } = input;
  const message: DraftMessage = { ...input.message, requestId: state.requestId, direction: 'inbound', visibility: 'public' };
  const received: Change = { type: 'request.message_received', actor, data: { messageId: message.id, channel: message.channel }, message, ...nextReplyClock(state) };
  if (state.status === 'waiting_on_customer') {
    const resume: Change = {
      type: 'request.status_changed',
      actor,
      action: 'resume',
      data: { from: state.status, to: 'in_progress', reason: 'the customer answered' },
      apply: (s) => {
        s.waitingReason = null;
      },
      clocks: { resolution: 'resume', nextReply: 'resume' },
    };
    return { outcome: 'resumed', changes: [resume, received] };
  }
  if (state.status === 'resolved') {
    const reopen: Change = {
      type: 'request.reopened',
      actor,
      action: 'reopen',
      data: { reason: 'the customer wrote again', previousResolution: state.resolution },
      apply: (s) => {
        s.resolution = null;
        s.resolvedAt = null;
      },
      clocks: { resolution: 'restart' },
    };
    return { outcome: 'reopened', changes: [reopen, received] };
  }
  return { outcome: 'appended', changes: [received] };
}

function validAgentInput(input: AgentMessageInput): void {
  if (typeof input !== 'object' || input === null) throw invalid('the action takes an object');
  const { actor } = input;
  if (typeof actor === 'string' ? actor === '' : typeof actor !== 'object' || actor === null || typeof actor.kind !== 'string') throw invalid('actor must be an actor object');
  requireBody(input.body);
}

/** The conversation's Updates: reply, note and a customer's message. */
export function registerConversation(ctx: ActionContext): void {
  const { state } = ctx;
  setHandler(replyUpdate, (input) => ctx.perform('comment', () => replyChange(state, input)), {
    validator: (input) => {
      validAgentInput(input);
      assertAllowed(state.status, 'comment');
    },
  });
  setHandler(noteUpdate, (input) => ctx.perform('comment', () => noteChange(state, input)), {
    validator: (input) => {
      validAgentInput(input);
      assertAllowed(state.status, 'comment');
    },
  });
  setHandler(
    customerMessageUpdate,
    async (input) => {
      let outcome: CustomerMessageOutcome = 'appended';
      const after = await ctx.performChanges(() => {
        // Another change may have come first (a close, a resolve): decide on the state met now.
        refuseNewRequest(state, input, Date.now());
        const planned = customerChanges(state, input);
        outcome = planned.outcome;
        return planned.changes;
      });
      return { outcome, state: after };
    },
    {
      validator: (input) => {
        if (typeof input !== 'object' || input === null || typeof input.message !== 'object' || input.message === null) throw invalid('the message is missing');
        requireBody(input.message.body);
        if (typeof input.message.id !== 'string' || input.message.id === '') throw invalid('message id must be a non-empty string');
        refuseNewRequest(state, input, Date.now());
      },
    },
  );
}

import { defineUpdate } from '@temporalio/workflow';
import type { Actor, ServiceRequestState } from './domain';

/**
 * The conversation of a request: one thread of messages per request. Customer messages
 * (API, e-mail), public replies (e-mailed to the customer) and internal notes (never leave
 * caseflow). The request workflow writes each message once, through its record activity.
 */
export const messageDirections = ['inbound', 'outbound'] as const;
export type MessageDirection = (typeof messageDirections)[number];
export const messageVisibilities = ['public', 'internal'] as const;
export type MessageVisibility = (typeof messageVisibilities)[number];
export const messageChannels = ['api', 'email'] as const;
export type MessageChannel = (typeof messageChannels)[number];
export const authorKinds = ['customer', 'agent', 'api_key', 'system'] as const;
export type AuthorKind = (typeof authorKinds)[number];

export interface MessageAuthor {
  kind: AuthorKind;
  id?: string;
  name?: string;
}

/** A stored file: content-addressed by its sha256, type read from the bytes. */
export interface MessageAttachment {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface ThreadMessage {
  id: string;
  requestId: string;
  direction: MessageDirection;
  visibility: MessageVisibility;
  author: MessageAuthor;
  body: string;
  html: string | null;
  attachments: MessageAttachment[];
  channel: MessageChannel;
  /** The e-mail's Message-ID (inbound) or the one caseflow gave its reply (outbound). */
  externalId: string | null;
  at: string;
}

/**
 * Event types that carry internal text: delivered only to webhook subscriptions that opted
 * in with `includeInternal` (an admin-only flag), never e-mailed to a customer.
 */
export const internalEventTypes: readonly string[] = ['request.note_added'];

export function isInternalEvent(type: string): boolean {
  return internalEventTypes.includes(type);
}

/** An agent's public reply or internal note; `actor` is who called (as on every action). */
export interface AgentMessageInput {
  actor: Actor | string;
  body: string;
  author?: MessageAuthor;
}

/** A customer's message, its id chosen by the caller so that a retry records it once. */
export interface CustomerMessageInput {
  actor: Actor;
  message: Omit<ThreadMessage, 'at'>;
  /** A resolved request reopens within this window (REOPEN_WINDOW_DAYS); after it the Update is refused with NewRequestNeeded. */
  reopenWindowMs: number;
}

export type CustomerMessageOutcome = 'appended' | 'resumed' | 'reopened';

export interface CustomerMessageResult {
  outcome: CustomerMessageOutcome;
  state: ServiceRequestState;
}

export const replyUpdate = defineUpdate<ServiceRequestState, [AgentMessageInput], 'reply'>('reply');
export const noteUpdate = defineUpdate<ServiceRequestState, [AgentMessageInput], 'note'>('note');
/** Refused (ApplicationFailure type NewRequestNeeded) on a closed request or one resolved before the window. */
export const customerMessageUpdate = defineUpdate<CustomerMessageResult, [CustomerMessageInput], 'customerMessage'>('customerMessage');

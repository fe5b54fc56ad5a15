import { custom, type Field, integer } from './config';

/**
 * Settings of the conversation, shared by the processes that send replies (notification)
 * and take mail in (mail-intake, intake's inbound route): they must agree on the domain and
 * the reply-token key.
 */
export const conversationConfig = {
  /** caseflow's mail domain: replies say Reply-To support+<token>@ it; inbound mail to any other domain is refused. */
  inboundDomain: custom('INBOUND_DOMAIN', (value) => {
    const domain = (value ?? 'caseflow.local').trim().toLowerCase();
    if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/.test(domain)) throw new Error('must be a domain name such as caseflow.local');
    return domain;
  }),
  /** HMAC key of the reply tokens; unset: replies carry no token and mail threads by its headers only. */
  replyTokenKey: custom('REPLY_TOKEN_KEY', (value) => {
    if (value === undefined || value === '') return undefined;
    if (value.length < 32) throw new Error('must be at least 32 characters (a random secret)');
    return value;
  }) as Field<string | undefined>,
  /** A customer's message reopens a request resolved at most this many days ago; later, it opens a new linked request. */
  reopenWindowDays: integer('REOPEN_WINDOW_DAYS', { fallback: 14, min: 0, max: 3650 }),
};

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token in a reply's Reply-To address (`support+<token>@<INBOUND_DOMAIN>`): the
 * request id (32 hex digits) and 16 hex digits of HMAC-SHA256 over it with REPLY_TOKEN_KEY.
 * It names the request a customer's answer belongs to; without the key nobody can make one
 * for another request. 56 characters keep the local part under the 64 that SMTP allows.
 */
const tokenPattern = /^([0-9a-f]{32})([0-9a-f]{16})$/;

function tag(key: string, compactId: string): string {
  return createHmac('sha256', key).update(`caseflow.reply.${compactId}`).digest('hex').slice(0, 16);
}

export function replyToken(key: string, requestId: string): string {
  const compact = requestId.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(compact)) throw new Error(`not a request id: ${requestId}`);
  return `${compact}${tag(key, compact)}`;
}

/** The request id a token names, or null when it is malformed or forged. */
export function readReplyToken(key: string, token: string): string | null {
  const match = tokenPattern.exec(token.toLowerCase());
  if (match === null) return null;
  const [, compact, given] = match as unknown as [string, string, string];
  const expected = Buffer.from(tag(key, compact));
  if (!timingSafeEqual(expected, Buffer.from(given))) return null;
  return `${compact.slice(0, 8)}-${compact.slice(8, 12)}-${compact.slice(12, 16)}-${compact.slice(16, 20)}-${compact.slice(20)}`;
}

export function replyAddress(key: string | undefined, requestId: string, domain: string): string {
  return key === undefined ? `support@${domain}` : `support+${replyToken(key, requestId)}@${domain}`;
}

/** The token of a recipient address `anything+<token>@domain`, if it has one. */
export function tokenOf(address: string): string | null {
  const local = address.split('@')[0] ?? '';
  const plus = local.indexOf('+');
  return plus < 0 ? null : local.slice(plus + 1);
}

/** Message-IDs caseflow gives its own mail: a reply's names its message, other notices their request. */
export function replyMessageId(messageId: string, domain: string): string {
  return `<msg-${messageId}@${domain}>`;
}
export function requestThreadId(requestId: string, domain: string): string {
  return `<request-${requestId}@${domain}>`;
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** From In-Reply-To/References: the requests and messages of caseflow's own mail they name. */
export function threadIdsOf(references: readonly string[], domain: string): { requestIds: string[]; messageIds: string[] } {
  const requestIds: string[] = [];
  const messageIds: string[] = [];
  const escaped = domain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^<?(request|msg)-(${uuid})@${escaped}>?$`, 'i');
  for (const reference of references) {
    const match = pattern.exec(reference.trim());
    if (match === null) continue;
    (match[1]!.toLowerCase() === 'request' ? requestIds : messageIds).push(match[2]!.toLowerCase());
  }
  return { requestIds, messageIds };
}

import type { ParsedMail } from 'mailparser';
import { fromAddress } from './mail-rules';

export interface Bounce {
  /** Message-IDs (with their angle brackets) of the mail that bounced, as the report names them. */
  messageIds: string[];
  /** The report's reason: `Status` and `Diagnostic-Code` (RFC 3464), or the report's first words. */
  reason: string;
}

/** Parts that carry the bounced mail itself or its headers (RFC 3462, RFC 3464). */
const returnedParts = new Set(['text/rfc822-headers', 'message/rfc822', 'message/rfc822-headers', 'message/global', 'message/global-headers']);
/** A Message-ID as a mail server writes it; anything longer or stranger is not one of ours. */
const messageIdPattern = /<[^<>\s@]{1,200}@[^<>\s@]{1,200}>/g;
const maxIds = 20;

/**
 * A delivery report: a DSN (`multipart/report; report-type=delivery-status`) or any mail
 * from mailer-daemon/postmaster. The mail that bounced is found by its Message-ID in the
 * returned headers or message, else in In-Reply-To/References, else in a `Message-ID:` line
 * of the text (old-style bounces paste the original there). Null when the mail is no report.
 * Nothing here decides the ids are caseflow's: the delivery log does (an unknown id changes
 * nothing), so a forged report can at most fail a delivery of a mail whose Message-ID it knows.
 */
export function readBounce(mail: Pick<ParsedMail, 'headers' | 'from' | 'attachments' | 'text' | 'inReplyTo' | 'references'>): Bounce | null {
  if (!isDeliveryReport(mail)) return null;
  const ids = new Set<string>();
  for (const part of mail.attachments) {
    if (!returnedParts.has(part.contentType.toLowerCase())) continue;
    const headers = part.content.subarray(0, 64 * 1024).toString('latin1');
    const block = headers.split(/\r?\n\r?\n/, 1)[0] ?? '';
    for (const match of block.matchAll(/^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)/gim)) collectIds(ids, match[1] ?? '');
  }
  if (ids.size === 0) {
    const references = [...(typeof mail.inReplyTo === 'string' ? [mail.inReplyTo] : []), ...(Array.isArray(mail.references) ? mail.references : typeof mail.references === 'string' ? [mail.references] : [])];
    for (const reference of references) collectIds(ids, reference);
  }
  const text = (mail.text ?? '').slice(0, 256 * 1024);
  if (ids.size === 0) for (const match of text.matchAll(/^\s*message-id:[ \t]*(.*)$/gim)) collectIds(ids, match[1] ?? '');
  return { messageIds: [...ids], reason: reasonOf(text) };
}

function isDeliveryReport(mail: Pick<ParsedMail, 'headers' | 'from'>): boolean {
  const type = mail.headers.get('content-type');
  if (typeof type === 'object' && type !== null && 'value' in type && 'params' in type) {
    const { value, params } = type as { value: string; params: Record<string, string> };
    if (value.toLowerCase() === 'multipart/report' && (params['report-type'] ?? '').toLowerCase() === 'delivery-status') return true;
  }
  const local = fromAddress(mail)?.split('@')[0] ?? '';
  return /^(mailer-daemon|postmaster)$/i.test(local);
}

function collectIds(ids: Set<string>, text: string): void {
  for (const match of text.slice(0, 4096).matchAll(messageIdPattern)) if (ids.size < maxIds) ids.add(match[0]);
}

/** `5.1.1 smtp; 550 5.1.1 <[address]>: User unknown`: what an operator needs to see why the mail did not arrive. */
function reasonOf(text: string): string {
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.+)$`, 'im').exec(text)?.[1]?.trim();
  const status = field('status');
  const diagnostic = field('diagnostic-code');
  const reason = [status, diagnostic].filter((part) => part !== undefined && part !== '').join(' ');
  const oneLine = reason === '' ? text.trim().split(/\r?\n/, 1)[0] || 'bounced' : reason;
  // A report may smuggle control characters into what an operator's log or terminal shows.
  const printable = [...oneLine].map((c) => (c.charCodeAt(0) < 32 || c === '\u007f' ? ' ' : c)).join('');
  // Addresses are left out: the delivery row names its recipient, and an erasure clears it there.
  const withoutAddresses = printable.replace(/[^\s<>()[\]@;:,"]+@[^\s<>()[\];:,"]+/g, '[address]');
  return `bounced: ${withoutAddresses.replace(/ {2,}/g, ' ')}`.slice(0, 500);
}

import { createHash } from 'node:crypto';
import { emailBounceWorkflowId, type MessageAttachment, recordEmailBounceWorkflowType, taskQueues } from '@caseflow/contracts';
import { findMessage, findRequest, findRequestCustomerEmail, knownEmailMessageIds, markInboundMail, storeAttachment, storeInboundMail, upsertCustomerByEmail } from '@caseflow/db';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { fileTypeFromBuffer } from 'file-type';
import { type ParsedMail, simpleParser } from 'mailparser';
import { readBounce } from './bounce';
import { type ConversationDeps, openingFacts, postCustomerMessage, openRequest } from './customer-message';
import { cleanSubject, fromAddress, junkReason, ownWords } from './mail-rules';
import { readReplyToken, threadIdsOf, tokenOf } from './reply-token';

export interface InboundDeps extends ConversationDeps {
  inboundDomain: string;
  replyTokenKey: string | undefined;
}

export type InboundOutcome =
  | { outcome: 'recorded'; requestId: string; messageId: string; threaded: boolean; newRequest: boolean }
  | { outcome: 'duplicate'; requestId: string | null }
  | { outcome: 'ignored'; reason: string };

/** A uuid from a hash, so the same mail always names the same message (and linked request). */
export function uuidFrom(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Accepts one raw RFC 822 message, for the SMTP listener and the HTTP inbound route alike.
 * It returns only once the mail is durably recorded: the raw bytes stored, and the
 * request's workflow updated or a new request's workflow started. Everything is keyed by
 * the Message-ID (or the raw message's sha256 when it has none), so a sender retrying
 * after a crash, at any point, records the mail once.
 */
export async function acceptInboundMail(deps: InboundDeps, raw: Buffer, envelope: { to: readonly string[] } = { to: [] }): Promise<InboundOutcome> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: 2_000_000 });
  const rawSha = createHash('sha256').update(raw).digest('hex');
  const messageIdHeader = typeof mail.messageId === 'string' && mail.messageId.length <= 998 ? mail.messageId.trim() : null;
  const key = messageIdHeader ?? `sha256:${rawSha}`;
  const stored = await storeInboundMail(deps.db, { key, raw, sha256: rawSha, fromAddress: fromAddress(mail) });
  if (stored.outcome === 'recorded') return { outcome: 'duplicate', requestId: stored.requestId };

  const bounce = readBounce(mail);
  if (bounce !== null) {
    const reason = await handOverBounce(deps, bounce.messageIds, bounce.reason, rawSha);
    await markInboundMail(deps.db, key, { outcome: 'ignored', reason, requestId: null });
    return { outcome: 'ignored', reason };
  }
  const junk = junkReason(mail);
  if (junk !== null) {
    await markInboundMail(deps.db, key, { outcome: 'ignored', reason: junk, requestId: null });
    return { outcome: 'ignored', reason: junk };
  }
  const from = fromAddress(mail)!;
  const messageId = uuidFrom(`caseflow.mail.${key}`);
  const attachments = await keepAttachments(deps, mail);
  const text = ownWords(mail.text ?? '') || '(no text)';
  const incoming = {
    id: messageId,
    body: text.slice(0, 100_000),
    html: typeof mail.html === 'string' ? mail.html.slice(0, 1_000_000) : null,
    attachments,
    channel: 'email' as const,
    externalId: messageIdHeader,
    authorName: mail.from?.value[0]?.name || null,
    subject: cleanSubject(mail.subject),
  };

  const threadOf = await threadedRequest(deps, mail, envelope.to, from);
  if (threadOf !== null) {
    const posted = await postCustomerMessage(deps, threadOf, incoming);
    await markInboundMail(deps.db, key, { outcome: 'recorded', reason: posted.outcome, requestId: posted.requestId });
    return { outcome: 'recorded', requestId: posted.requestId, messageId, threaded: posted.outcome !== 'new_request', newRequest: posted.outcome === 'new_request' };
  }
  const customer = await upsertCustomerByEmail(deps.db, uuidFrom(`caseflow.customer.${from}`), { email: from, name: incoming.authorName });
  const request = await openRequest(deps, {
    id: messageId,
    customerId: customer.id,
    subject: incoming.subject,
    body: incoming.body,
    channel: 'email',
    metadata: { from, ...openingFacts(incoming) },
  });
  await markInboundMail(deps.db, key, { outcome: 'recorded', reason: 'new_request', requestId: request.id });
  return { outcome: 'recorded', requestId: request.id, messageId, threaded: false, newRequest: true };
}

/**
 * A bounce never opens a request nor gets an answer. When it names mail in caseflow's
 * delivery log, the notification service marks those deliveries failed: started here as a
 * workflow keyed by the report's bytes, so the 250 that follows is only given once the
 * change is durably on its way, and a resent report starts nothing new.
 */
async function handOverBounce(deps: InboundDeps, messageIds: readonly string[], reason: string, reportSha: string): Promise<string> {
  const known = await knownEmailMessageIds(deps.db, messageIds);
  if (known.length === 0) return `a delivery report about no mail of caseflow's (${reason})`;
  try {
    await deps.temporal.workflow.start(recordEmailBounceWorkflowType, {
      taskQueue: taskQueues.notification,
      workflowId: emailBounceWorkflowId(reportSha),
      args: [{ messageIds: known, reason }],
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  return `a delivery report: ${known.join(' ')} ${reason}`.slice(0, 1000);
}

/**
 * The request a mail answers: by the reply token of a recipient, else by caseflow's own
 * Message-IDs in In-Reply-To/References. The rule against hijacking a thread: the sender
 * must be that request's customer (same address); anyone else's mail opens a request of
 * their own, whatever token or headers it carries.
 */
async function threadedRequest(deps: InboundDeps, mail: ParsedMail, envelopeTo: readonly string[], from: string): Promise<string | null> {
  const candidates: string[] = [];
  if (deps.replyTokenKey !== undefined) {
    const recipients = [...envelopeTo, ...addressesOf(mail.to), ...addressesOf(mail.cc)];
    for (const recipient of recipients) {
      const token = tokenOf(recipient);
      const requestId = token === null ? null : readReplyToken(deps.replyTokenKey, token);
      if (requestId !== null) candidates.push(requestId);
    }
  }
  const references = [...(typeof mail.inReplyTo === 'string' ? [mail.inReplyTo] : []), ...(Array.isArray(mail.references) ? mail.references : typeof mail.references === 'string' ? mail.references.split(/\s+/) : [])];
  const named = threadIdsOf(references, deps.inboundDomain);
  candidates.push(...named.requestIds);
  for (const id of named.messageIds) {
    const message = await findMessage(deps.db, id);
    if (message !== undefined) candidates.push(message.request_id);
  }
  for (const requestId of candidates) {
    if ((await findRequest(deps.db, requestId)) === undefined) continue;
    const email = await findRequestCustomerEmail(deps.db, requestId);
    if (email !== null && email.toLowerCase() === from) return requestId;
  }
  return null;
}

function addressesOf(field: ParsedMail['to']): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((group) => group.value.map((v) => v.address ?? '')).filter((a) => a !== '');
}

/** Stored by content (sha256), typed from the bytes: a header's Content-Type is the sender's claim. */
async function keepAttachments(deps: InboundDeps, mail: ParsedMail): Promise<MessageAttachment[]> {
  const kept: MessageAttachment[] = [];
  for (const attachment of mail.attachments.slice(0, 50)) {
    const bytes = attachment.content;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const sniffed = await fileTypeFromBuffer(bytes).catch(() => undefined);
    const contentType = sniffed?.mime ?? (isText(bytes) ? 'text/plain' : 'application/octet-stream');
    const filename = safeFilename(attachment.filename ?? 'attachment');
    await storeAttachment(deps.db, { sha256, bytes, size: bytes.length, contentType });
    kept.push({ filename, contentType, size: bytes.length, sha256 });
  }
  return kept;
}

function isText(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 4096);
  return !sample.includes(0) && Buffer.from(sample.toString('utf8'), 'utf8').equals(sample);
}

/** A filename as a label only: no path separators, no control characters, bounded. */
function safeFilename(name: string): string {
  return [...name]
    .map((c) => (c.charCodeAt(0) < 32 || c === '\u007f' || c === '/' || c === '\\' ? '_' : c))
    .join('')
    .slice(0, 255);
}

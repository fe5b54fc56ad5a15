import { randomUUID } from 'node:crypto';
import { readReplyToken, tokenOf } from '@caseflow/conversations';
import { createDb } from '@caseflow/db';
import { eventually, type RunningPostgres } from '@caseflow/test-harness';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printOutputsOnFailure, startOwnSystem } from './own-system';
import { SmtpMailbox } from '@caseflow/test-harness/smtp';
import type { RunningSystem } from './system';
import { WebhookReceiver } from './webhook-receiver';

// A system of its own with the customer's mailbox as its SMTP server.
let system: RunningSystem;
let database: RunningPostgres;
let mailbox: SmtpMailbox;
const receivers: WebhookReceiver[] = [];
const replyKey = `e2e-reply-key-${randomUUID()}`;

beforeAll(async () => {
  mailbox = await new SmtpMailbox().start();
  const conversation = { REPLY_TOKEN_KEY: replyKey, INBOUND_DOMAIN: 'caseflow.local' };
  ({ system, database } = await startOwnSystem({
    intakeEnv: conversation,
    mailIntakeEnv: conversation,
    autoCloseAfterSeconds: 600,
    notificationEnv: { ...conversation, SMTP_URL: mailbox.smtpUrl, EMAIL_FROM: 'caseflow <support@caseflow.local>', WEBHOOK_RETRY_INITIAL_MS: '200', WEBHOOK_RETRY_MAX_MS: '1000' },
  }));
}, 900_000);

printOutputsOnFailure(() => system && [system.intake, system.workflows, system.notification]);

afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.stop()));
  await system?.stop();
  await mailbox?.stop();
  await database?.stop();
});

async function subscribe(extra: Record<string, unknown> = {}): Promise<WebhookReceiver> {
  const receiver = new WebhookReceiver();
  await receiver.start();
  receivers.push(receiver);
  const created = await system.call('POST', '/v1/webhooks', { url: receiver.url, events: ['*'], description: 'conversations e2e', ...extra });
  expect(created.status).toBe(201);
  return receiver;
}

/** A classified request of a customer with an e-mail address. */
async function customerRequest(email: string): Promise<string> {
  const accepted = await system.call('POST', '/v1/requests', {
    customer: { externalId: `crm-${randomUUID()}`, name: 'Ada', email },
    subject: 'Card not arrived',
    body: 'I ordered a new card two weeks ago and it still has not arrived.',
  });
  expect(accepted.status).toBe(202);
  const id = accepted.body['id'] as string;
  await eventually(`request ${id} classified`, async () => ((await system.call('GET', `/v1/requests/${id}`)).body['status'] === 'classified' ? true : undefined));
  return id;
}

const eventsOf = (receiver: WebhookReceiver, requestId: string) =>
  receiver.received.filter((hook) => JSON.parse(hook.body).data.request.requestId === requestId).map((hook) => ({ type: String(hook.headers['x-caseflow-event']), body: hook.body }));

/** Waits a while longer than a delivery takes, then counts: nothing that was not sent arrives late. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000));

describe('internal comments stay inside caseflow', () => {
  it('an internal comment reaches neither the customer by e-mail nor a default subscriber; only an includeInternal subscriber hears of the note', { timeout: 300_000 }, async () => {
    const everything = await subscribe();
    const insiders = await subscribe({ includeInternal: true });
    const email = `ada-${randomUUID()}@example.com`;
    const requestId = await customerRequest(email);

    const comment = await system.call('POST', `/v1/requests/${requestId}/comment`, { author: 'ana', body: 'Customer sounds upset; check the courier', internal: true });
    expect(comment.status).toBe(200);
    const resolved = await system.call('POST', `/v1/requests/${requestId}/resolve`, { resolution: 'Card re-sent by courier' });
    expect(resolved.status).toBe(200);

    // Events are handed over in order; once the later ones are in, the note had its chance.
    await eventually('the resolution by e-mail and webhook, the note to the insiders', async () => {
      const mailed = mailbox.to(email).some((m) => m.mail.subject?.includes('resolved'));
      const hooked = eventsOf(everything, requestId).some((e) => e.type === 'request.resolved');
      const noted = eventsOf(insiders, requestId).some((e) => e.type === 'request.note_added');
      return mailed && hooked && noted ? true : undefined;
    });
    await settle();

    expect(eventsOf(everything, requestId).map((e) => e.type)).not.toContain('request.commented');
    expect(eventsOf(everything, requestId).map((e) => e.type)).not.toContain('request.note_added');
    expect(eventsOf(everything, requestId).filter((e) => e.body.includes('courier') && !e.body.includes('re-sent'))).toEqual([]);
    const mails = mailbox.to(email);
    expect(mails.map((m) => m.mail.subject)).toEqual([expect.stringContaining('Request received'), expect.stringContaining('Request resolved')]);
    expect(mails.filter((m) => (m.mail.text ?? '').includes('upset'))).toEqual([]);

    const note = eventsOf(insiders, requestId).find((e) => e.type === 'request.note_added')!;
    expect(JSON.parse(note.body).data.message).toMatchObject({ visibility: 'internal', direction: 'outbound', body: 'Customer sounds upset; check the courier' });
    // The request's own event log keeps the note without its text (requests:read keys read it).
    const events = await system.call('GET', `/v1/requests/${requestId}/events`);
    expect(events.body['items'].map((e: { type: string }) => e.type)).toContain('request.note_added');
    expect(JSON.stringify(events.body)).not.toContain('upset');
  });
});

describe('the conversation over the API', () => {
  it('threads customer messages, replies and notes: once per Idempotency-Key, resuming, reopening, and a linked request after close', { timeout: 300_000 }, async () => {
    const email = `grace-${randomUUID()}@example.com`;
    const requestId = await customerRequest(email);
    const post = (body: string, key?: string) => system.call('POST', `/v1/requests/${requestId}/messages`, { body, author: { name: 'Grace' } }, key === undefined ? {} : { 'idempotency-key': key });

    const first = await post('The courier says it was delivered, but it was not.', 'msg-1');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ outcome: 'appended', requestId });
    const retried = await post('The courier says it was delivered, but it was not.', 'msg-1');
    expect(retried.body).toMatchObject({ outcome: 'duplicate', messageId: first.body['messageId'] });
    expect((await post('Something else', 'msg-1')).status).toBe(422);

    const agent = (await system.call('POST', '/v1/agents', { name: 'Ana', email: `ana-${randomUUID()}@example.com`, role: 'agent', languages: ['en'], queues: [] })).body;
    expect((await system.call('POST', `/v1/requests/${requestId}/assign`, { agentId: agent['id'] })).status).toBe(200);
    expect((await system.call('POST', `/v1/requests/${requestId}/start`)).status).toBe(200);
    expect((await system.call('POST', `/v1/requests/${requestId}/wait`, { reason: 'Asked for the address' })).status).toBe(200);
    expect((await post('It is 12 Baker Street.')).body).toMatchObject({ outcome: 'resumed' });
    expect((await system.call('GET', `/v1/requests/${requestId}`)).body['status']).toBe('in_progress');

    const replied = await system.call('POST', `/v1/requests/${requestId}/reply`, { body: 'A new card is on its way to 12 Baker Street.' });
    expect(replied.status).toBe(200);
    expect((await system.call('POST', `/v1/requests/${requestId}/note`, { body: 'Courier case #4471 opened' })).status).toBe(200);

    const mail = await eventually('the reply in the mailbox', async () => mailbox.to(email).find((m) => (m.mail.text ?? '').includes('A new card is on its way')));
    expect(mail.mail.inReplyTo).toBe(`<request-${requestId}@caseflow.local>`);
    expect(mail.mail.messageId).toMatch(/^<msg-[0-9a-f-]{36}@caseflow\.local>$/);
    const replyTo = mail.mail.replyTo?.value[0]?.address ?? '';
    expect(replyTo).toMatch(/^support\+[0-9a-f]{48}@caseflow\.local$/);
    expect(readReplyToken(replyKey, tokenOf(replyTo)!)).toBe(requestId);

    const thread = await system.call('GET', `/v1/requests/${requestId}/messages`);
    expect(thread.body['items'].map((m: { direction: string; visibility: string }) => `${m.direction}/${m.visibility}`)).toEqual([
      'inbound/public',
      'inbound/public',
      'inbound/public',
      'outbound/public',
      'outbound/internal',
    ]);
    expect(thread.body['items'][0]).toMatchObject({ id: requestId, body: expect.stringContaining('two weeks ago'), author: { kind: 'customer' } });
    expect(thread.body['items'][1]).toMatchObject({ author: { kind: 'customer', name: 'Grace' }, channel: 'api' });
    const pageOne = await system.call('GET', `/v1/requests/${requestId}/messages?limit=2`);
    const pageTwo = await system.call('GET', `/v1/requests/${requestId}/messages?limit=2&cursor=${pageOne.body['nextCursor']}`);
    expect([...pageOne.body['items'], ...pageTwo.body['items']].map((m: { id: string }) => m.id)).toEqual(thread.body['items'].slice(0, 4).map((m: { id: string }) => m.id));
    const reader = await system.call('POST', '/v1/api-keys', { name: 'reader', scopes: ['requests:read'] });
    const asReader = await fetch(`${system.intakeUrl}/v1/requests/${requestId}/messages`, { headers: { authorization: `Bearer ${reader.body['key']}` } });
    const readable = (await asReader.json()) as { items: { visibility: string; body: string }[] };
    expect(readable.items.map((m) => m.visibility)).toEqual(['public', 'public', 'public', 'public']);

    expect((await system.call('POST', `/v1/requests/${requestId}/resolve`, { resolution: 'Card re-sent' })).status).toBe(200);
    expect((await post('Still nothing here!')).body).toMatchObject({ outcome: 'reopened' });
    const events = await system.call('GET', `/v1/requests/${requestId}/events?limit=100`);
    expect(events.body['items'].find((e: { type: string }) => e.type === 'request.reopened')).toMatchObject({ actor: { kind: 'customer' } });

    expect((await system.call('POST', `/v1/requests/${requestId}/resolve`, { resolution: 'Delivered today' })).status).toBe(200);
    expect((await system.call('POST', `/v1/requests/${requestId}/close`)).status).toBe(200);
    const late = await post('Thanks, but now the PIN does not work.');
    expect(late.body).toMatchObject({ outcome: 'new_request', relatedTo: requestId });
    const linked = await system.call('GET', `/v1/requests/${late.body['requestId']}`);
    expect(linked.body).toMatchObject({ id: late.body['requestId'] });
    const linkedThread = await eventually('the linked request recorded', async () => {
      const answer = await system.call('GET', `/v1/requests/${late.body['requestId']}/messages`);
      return answer.status === 200 && answer.body['items'].length > 0 ? answer : undefined;
    });
    expect(linkedThread.body['items'][0]).toMatchObject({ body: 'Thanks, but now the PIN does not work.' });
  });
});

describe('the conversation by e-mail', () => {
  it('a mail to the listener opens a classified request; the reply reaches the mailbox threaded; the answer threads back once; a note sends nothing', { timeout: 300_000 }, async () => {
    const smtp = createTransport({ host: '127.0.0.1', port: system.mailPort, secure: false, ignoreTLS: true });
    const customer = `lin-${randomUUID()}@example.com`;
    const sent = await smtp.sendMail({ from: `Lin <${customer}>`, to: 'support@caseflow.local', subject: 'Card payment declined', text: 'My card payment was declined at the supermarket twice today.' });
    const requestId = /recorded on request ([0-9a-f-]{36})/.exec(sent.response)?.[1];
    expect(requestId).toBeDefined();
    await eventually('the mailed request classified', async () => ((await system.call('GET', `/v1/requests/${requestId}`)).body['status'] === 'classified' ? true : undefined));

    expect((await system.call('POST', `/v1/requests/${requestId}/reply`, { body: 'Please try the card again now.' })).status).toBe(200);
    const reply = await eventually('the reply in the mailbox', async () => mailbox.to(customer).find((m) => (m.mail.text ?? '').includes('Please try the card again now.')));
    const replyTo = reply.mail.replyTo?.value[0]?.address ?? '';
    expect(readReplyToken(replyKey, tokenOf(replyTo)!)).toBe(requestId);
    expect(reply.mail.inReplyTo).toBe(`<request-${requestId}@caseflow.local>`);

    const answer = { from: customer, to: replyTo, subject: `Re: ${reply.mail.subject}`, inReplyTo: reply.mail.messageId!, references: [reply.mail.messageId!], messageId: `<answer-${randomUUID()}@example.com>`, text: 'It works now, thank you!\n\nOn Monday caseflow wrote:\n> Please try the card again now.' };
    expect((await smtp.sendMail(answer)).response).toContain(`recorded on request ${requestId}`);
    // The same mail again (a sender retrying after a lost answer) is accepted and recorded once.
    expect((await smtp.sendMail(answer)).response).toMatch(/duplicate/);
    const thread = await system.call('GET', `/v1/requests/${requestId}/messages`);
    const answers = thread.body['items'].filter((m: { body: string }) => m.body === 'It works now, thank you!');
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ channel: 'email', direction: 'inbound', externalId: answer.messageId });
    // The customer's answer to a reply starts the next-reply clock; the note below leaves it running.
    const nextReply = async () => (await system.call('GET', `/v1/requests/${requestId}`)).body['slaClocks']?.nextReply;
    expect(await nextReply()).toMatchObject({ state: 'running', stoppedAt: null });

    // Someone else answering with the same token opens a request of their own.
    const stranger = await smtp.sendMail({ ...answer, from: `eve-${randomUUID()}@example.com`, messageId: `<eve-${randomUUID()}@example.com>` });
    expect(stranger.response).not.toContain(requestId);

    const before = mailbox.to(customer).length;
    expect((await system.call('POST', `/v1/requests/${requestId}/note`, { body: 'Card issuer confirmed a fraud block' })).status).toBe(200);
    await settle();
    expect(mailbox.to(customer).length).toBe(before);
    expect(await nextReply()).toMatchObject({ state: 'running', stoppedAt: null });

    await expect(smtp.sendMail({ from: customer, to: 'someone@elsewhere.example', subject: 'x', text: 'x' })).rejects.toThrow(/550/);
    const robot = await smtp.sendMail({ from: customer, to: 'support@caseflow.local', subject: 'Out of office', text: 'away', headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(robot.response).toMatch(/ignored/);
  });
});

/** A delivery report (RFC 3464) as an MTA returns it: the reason, and the headers of the mail that did not arrive. */
function deliveryReport(returnedHeaders: string, recipient: string, extra = ''): string {
  const b = `dsn-${randomUUID()}`;
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
    'To: support@caseflow.local',
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: <${b}@mx.example.com>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain',
    '',
    `Your message could not be delivered.${extra}`,
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.com',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 <${recipient}>: User unknown`,
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    returnedHeaders,
    `--${b}--`,
    '',
  ].join('\r\n');
}

describe('bounces of caseflow mail', () => {
  it("a delivery report for a sent reply marks that delivery failed with the report's reason; it opens nothing, answers nothing, and an unknown or hostile report changes nothing", { timeout: 300_000 }, async () => {
    const smtp = createTransport({ host: '127.0.0.1', port: system.mailPort, secure: false, ignoreTLS: true });
    const send = (raw: string) => smtp.sendMail({ envelope: { from: '', to: ['support@caseflow.local'] }, raw });
    const db = createDb(database.databaseUrl, { maxConnections: 1 });
    try {
      const customer = `gone-${randomUUID()}@example.com`;
      const requestId = await customerRequest(customer);
      expect((await system.call('POST', `/v1/requests/${requestId}/reply`, { body: 'Your card is on its way.' })).status).toBe(200);
      const reply = await eventually('the reply in the mailbox', async () => mailbox.to(customer).find((m) => (m.mail.text ?? '').includes('Your card is on its way.')));
      const deliveryOf = () => db.selectFrom('email_deliveries').selectAll().where('message_id', '=', reply.mail.messageId!).executeTakeFirstOrThrow();
      expect((await deliveryOf()).status).toBe('sent');
      const mailsBefore = mailbox.received.length;
      const threadBefore = (await system.call('GET', `/v1/requests/${requestId}/messages`)).body['items'].length;
      const requestsBefore = Number((await db.selectFrom('requests').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

      // A report about mail caseflow never sent: accepted, changes nothing.
      const stranger = deliveryReport(`From: someone@example.org\r\nMessage-ID: <never-sent-${randomUUID()}@caseflow.local>\r\nSubject: x`, customer);
      expect((await send(stranger)).response).toMatch(/^250 .*ignored/);
      // Hostile reports get the same answers as any mail: malformed is read and ignored, too big is 552.
      expect((await send(`From: MAILER-DAEMON@mx.example.com\r\nTo: support@caseflow.local\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="x"\r\n\r\n--x\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <<<${'\u0000'.repeat(3)}\r\n`)).response).toMatch(/^250 .*ignored/);
      await expect(send(deliveryReport(reply.mail.headerLines.map((h) => h.line).join('\r\n'), customer, `\r\n${'x'.repeat(998)}`.repeat(11_000)))).rejects.toThrow(/552/);
      expect((await deliveryOf()).status).toBe('sent');

      const report = deliveryReport(reply.mail.headerLines.map((h) => h.line).join('\r\n'), customer);
      expect((await send(report)).response).toMatch(/^250 .*ignored/);
      const failed = await eventually('the delivery marked failed', async () => {
        const row = await deliveryOf();
        return row.status === 'failed' ? row : undefined;
      });
      expect(failed).toMatchObject({ last_error: 'bounced: 5.1.1 smtp; 550 5.1.1 <[address]>: User unknown', recipient: customer });
      expect(failed.bounced_at).not.toBeNull();
      // The same report again (a sender retrying) is a duplicate and marks nothing twice.
      expect((await send(report)).response).toMatch(/duplicate/);

      await settle();
      expect(mailbox.received.length).toBe(mailsBefore);
      expect((await system.call('GET', `/v1/requests/${requestId}/messages`)).body['items'].length).toBe(threadBefore);
      expect(Number((await db.selectFrom('requests').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(requestsBefore);
    } finally {
      await db.destroy();
    }
  });
});
